import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startGhPagesServer, type GhPagesServer } from '../../scripts/lib/ghPagesServer';
import { buildDir, siteEnv } from '../../scripts/lib/site';

export interface ServedSite {
  /** 빌드 결과를 GitHub Pages처럼 서빙하는 로컬 서버 */
  readonly server: GhPagesServer;
  readonly browser: Browser;
}

/**
 * 테스트 파일마다 빌드 결과를 서빙하는 서버와 Chromium을 한 번 띄우고, 파일이 끝나면 닫습니다.
 * `before` 훅이 돌기 전에 값을 읽으면 분명한 오류를 냅니다.
 */
export function servedSiteInChromium(): ServedSite {
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
