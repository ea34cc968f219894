import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chaptersIn } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { collectPageProblems, waitUntilRendered } from '../support/browser';
import { servedSiteInChromium } from '../support/servedSite';
import { withBase } from '../support/builtPage';

/**
 * 두 판의 모든 장을 두 테마로 엽니다(24쪽). `npm test`의 tests/browser/page-kinds.test.ts는 판마다 대표 장 하나만
 * 보므로, 모든 장을 훑는 이 검사는 `npm run test:all`에서 돕니다.
 */
const site = servedSiteInChromium();

const urlOf = (sitePath: string): string => `${site.server.origin}${withBase(sitePath)}`;

for (const [editionKey, edition] of Object.entries(editions)) {
  test(`${edition.label}의 각 장은 제목, 목차, 그려진 다이어그램, 강조된 코드 블록을 보여 준다`, async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({ colorScheme });
      const page = await context.newPage();
      const problems = collectPageProblems(page);
      for (const chapter of chaptersIn(editionKey as keyof typeof editions)) {
        await page.goto(urlOf(`${edition.basePath}${chapter.slug}`), { waitUntil: 'load' });
        const where = `${edition.label} ${chapter.title} (${colorScheme})`;
        assert.ok((await page.locator('article h1').innerText()).length > 0, `${where}: 제목이 없습니다`);
        assert.ok(
          (await page.locator('.table-of-contents a').count()) >= 5,
          `${where}: 목차 항목이 다섯 개보다 적습니다`,
        );
        // Mermaid는 화면 가까이 와야 그리므로(src/theme/Mermaid) 그림 자리마다 스크롤해 모두 그려질 때까지 기다립니다.
        await waitUntilRendered(page, 20_000).catch(() => undefined);
        const diagrams = await page.locator('[data-mermaid-state]').count();
        const renderedDiagrams = await page
          .locator('[data-mermaid-state] .docusaurus-mermaid-container > svg')
          .count();
        assert.ok(
          diagrams > 0 && renderedDiagrams >= diagrams,
          `${where}: 다이어그램 ${diagrams}개 중 ${renderedDiagrams}개만 그려졌습니다`,
        );
        const highlightedTokens = await page.locator('pre.prism-code .token').count();
        assert.ok(highlightedTokens > 20, `${where}: 구문 강조된 토큰이 ${highlightedTokens}개뿐입니다`);
      }
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}
