import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapters } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { collectPageProblems, phoneContextOptions, waitForValue } from '../support/browser';
import { withBase } from '../support/builtPage';
import { servedSiteInChromium } from '../support/servedSite';

const site = servedSiteInChromium();

/**
 * Docusaurus는 보이는 링크의 경로 청크를 미리 받으며 같은 파일을 여러 번 붙였습니다(plugins/prefetch-once).
 * 미리 받기는 그대로 일어나되, 한 파일에 `<link rel=prefetch>`가 하나뿐이어야 합니다.
 */
for (const sitePath of ['/', `${editions.revised.basePath}${chapters[0].slug}`, '/tags']) {
  test(`${sitePath}: 보이는 링크의 청크를 미리 받고, 같은 파일은 한 번만 받는다`, async () => {
    const context = await site.browser.newContext(phoneContextOptions);
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    await page.goto(`${site.server.origin}${withBase(sitePath)}`, { waitUntil: 'networkidle' });
    const hrefs = await waitForValue(
      () =>
        page
          .locator('link[rel="prefetch"]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href'))),
      (found) => found.length > 0,
      '보이는 링크의 청크를 미리 받지 않았습니다',
    );
    const repeated = hrefs.filter((href, index) => hrefs.indexOf(href) !== index);
    assert.deepEqual(repeated, [], `같은 파일을 여러 번 미리 받습니다 (${hrefs.length}개 중)`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
