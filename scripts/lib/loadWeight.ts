/**
 * 브라우저에서 페이지를 처음 열 때(캐시 없이, 클릭·스크롤 없이) 실제로 받는 JavaScript의 무게.
 * HTML의 `<script src>`만 세면 하이드레이션 때 런타임이 불러오는 페이지 청크와 Mermaid가 빠지므로 따로 잽니다.
 * 크기는 받은 파일을 build/에서 찾아 gzip으로 압축해 셉니다(GitHub Pages는 gzip으로 보냅니다).
 * Docusaurus가 화면에 보이는 링크의 다음 페이지를 미리 받는 요청(`Sec-Purpose: prefetch`)은 따로 셉니다.
 */
import path from 'node:path';
import type { Browser, Request } from 'playwright-core';
import { totalGzipSize } from './pageWeight';
import { buildDir, siteEnv } from './site';

export interface LoadWeight {
  readonly jsGzipBytes: number;
  readonly jsFiles: readonly string[];
  /** 다음 페이지를 위해 미리 받은 JavaScript (예산에 넣지 않음) */
  readonly prefetchJsGzipBytes: number;
}

const isPrefetch = (request: Request) =>
  /prefetch/i.test(request.headers()['sec-purpose'] ?? request.headers().purpose ?? '');

export async function measureLoadWeight(
  browser: Browser,
  url: string,
  viewport: { readonly width: number; readonly height: number } = { width: 375, height: 740 },
): Promise<LoadWeight> {
  const context = await browser.newContext({ viewport, isMobile: viewport.width < 500 });
  const page = await context.newPage();
  const loaded = new Set<string>();
  const prefetched = new Set<string>();
  let inFlight = 0;
  let lastActivity = performance.now();
  const settle = () => {
    inFlight -= 1;
    lastActivity = performance.now();
  };
  page.on('request', () => {
    inFlight += 1;
    lastActivity = performance.now();
  });
  page.on('requestfailed', settle);
  page.on('requestfinished', settle);
  page.on('requestfinished', (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.endsWith('.js') || !pathname.startsWith(siteEnv.baseUrl)) return;
    const file = path.join(buildDir, decodeURIComponent(pathname.slice(siteEnv.baseUrl.length)));
    (isPrefetch(request) ? prefetched : loaded).add(file);
  });
  await page.goto(url, { waitUntil: 'load' });
  // 페이지 청크는 main.js가 실행된 뒤에야 요청되므로, `networkidle`(0.5초 조용함)은 main.js를 실행하는 동안
  // 먼저 끝나 버릴 수 있습니다. 하이드레이션이 끝난 뒤, 첫 화면의 Mermaid 등이 요청을 마치고 1초 조용할 때까지 기다립니다.
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {
    timeout: 20_000,
  });
  const deadline = performance.now() + 20_000;
  while ((inFlight > 0 || performance.now() - lastActivity < 1000) && performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await context.close();
  for (const file of loaded) prefetched.delete(file);
  return {
    jsGzipBytes: await totalGzipSize(loaded),
    jsFiles: [...loaded].map((file) => path.relative(buildDir, file)),
    prefetchJsGzipBytes: await totalGzipSize(prefetched),
  };
}
