import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { collectPageProblems, launchChromium } from '../support/browser';
import { startGhPagesServer, type GhPagesServer } from '../support/ghPagesServer';
import { buildDir, siteEnv } from '../support/site';
import { sitemapPaths } from '../support/sitemap';

/**
 * 사이트맵의 모든 페이지와 404 페이지를 밝은 테마와 어두운 테마에서 열어
 * 콘솔 오류, 실패한 요청, axe-core의 WCAG 2.1 A/AA 위반이 없는지 확인합니다.
 */

let server: GhPagesServer;
let browser: Browser;

before(async () => {
  server = await startGhPagesServer(buildDir, siteEnv.baseUrl);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function settle(page: Page): Promise<void> {
  // Mermaid 그림은 브라우저에서 그려지므로, 그림이 있는 페이지는 SVG가 나타난 뒤에 검사합니다.
  await page
    .waitForFunction(
      () =>
        [...document.querySelectorAll('.docusaurus-mermaid-container')].every((container) =>
          container.querySelector('svg'),
        ),
      undefined,
      { timeout: 15_000 },
    )
    .catch(() => undefined);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`모든 페이지가 ${colorScheme} 테마에서 오류 없이 열리고 axe 위반이 없다`, async () => {
    const paths = [...(await sitemapPaths()), `${siteEnv.baseUrl}404.html`];
    assert.ok(paths.length > 20, `검사할 페이지가 ${paths.length}개뿐입니다`);
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    const failures: string[] = [];
    for (const pagePath of paths) {
      problems.length = 0;
      await page.goto(`${server.origin}${pagePath}`, { waitUntil: 'networkidle' });
      await settle(page);
      const theme = await page.evaluate(() => document.documentElement.dataset.theme);
      if (theme !== colorScheme) failures.push(`${pagePath}: 테마가 ${theme}입니다`);
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      for (const violation of results.violations) {
        const targets = violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ');
        failures.push(`${pagePath}: [${violation.id}] ${violation.help} (${targets})`);
      }
      // 404 페이지는 상태 404로 답하는 것이 정상이므로 그 응답 하나는 문제로 세지 않습니다.
      const pageProblems = pagePath.endsWith('404.html')
        ? problems.filter((problem) => !problem.includes('404.html'))
        : problems;
      failures.push(...pageProblems.map((problem) => `${pagePath}: ${problem}`));
    }
    await context.close();
    assert.deepEqual(failures, [], `${failures.length}개 문제:\n${failures.join('\n')}`);
  });
}
