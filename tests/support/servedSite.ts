import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/browser';
import { requireTools } from '../../scripts/lib/tools';
import { exitIfMissingTool } from '../../scripts/lib/toolError';
import { startGhPagesServer, type GhPagesServer } from './ghPagesServer';
import { buildDir, siteEnv } from './site';

export interface ServedSite {
  /** 빌드 결과를 GitHub Pages처럼 서빙하는 로컬 서버 */
  readonly server: GhPagesServer;
  readonly browser: Browser;
}

/**
 * 테스트 파일마다 빌드 결과를 서빙하는 서버와 Chromium을 한 번 띄우고, 파일이 끝나면 닫습니다.
 * `before` 훅이 돌기 전에 값을 읽으면 분명한 오류를 냅니다.
 *
 * 브라우저는 파일을 읽을 때(테스트를 등록하기 전에) 찾습니다. 없으면 그 자리에서 안내문 하나로 파일이 멈추고,
 * 테스트마다 `browserType.launch` 스택을 되풀이하지 않습니다.
 */
export function servedSiteInChromium(): ServedSite {
  exitIfMissingTool(() => requireTools(['browser', 'korean-font'], '브라우저 테스트'));
  let server: GhPagesServer | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startGhPagesServer(buildDir, siteEnv.baseUrl);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  const notStarted = (what: string): never => {
    throw new Error(`${what}는 before 훅이 돈 뒤에만 쓸 수 있습니다`);
  };
  return {
    get server() {
      return server ?? notStarted('server');
    },
    get browser() {
      return browser ?? notStarted('browser');
    },
  };
}
