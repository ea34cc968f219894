import assert from 'node:assert/strict';
import { test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { collectPageProblems } from '../support/browser';
import { servedSiteInChromium } from '../support/servedSite';

const site = servedSiteInChromium();

/** 이 작업이 더한 화면과, 그 화면에서 검사할 부분(우리 컴포넌트) */
const targets = [
  { path: 'tags?tags=network,docker', regions: ['main'] },
  { path: 'blog/category', regions: ['main'] },
  { path: 'blog/category/notes/docker', regions: ['main'] },
  {
    path: 'blog/docker-deep-dive',
    regions: ['nav[aria-label="카테고리"]', 'section[aria-labelledby="category-other-posts"]'],
  },
] as const;

for (const colorScheme of ['light', 'dark'] as const) {
  test(`블로그 카테고리와 태그 탐색기는 ${colorScheme} 테마, 375px에서 가로로 넘치지 않는다`, async () => {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    for (const target of targets) {
      await page.goto(`${site.server.siteUrl}${target.path}`, { waitUntil: 'networkidle' });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), colorScheme);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${target.path}: 가로로 ${overflow}px 넘칩니다`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });

  test(`블로그 카테고리와 태그 탐색기는 ${colorScheme} 테마에서 WCAG AA를 지킨다`, async () => {
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    for (const target of targets) {
      await page.goto(`${site.server.siteUrl}${target.path}`, { waitUntil: 'networkidle' });
      let axe = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
      for (const region of target.regions) axe = axe.include(region);
      const { violations } = await axe.analyze();
      assert.deepEqual(
        violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
        ),
        [],
        `${target.path} (${colorScheme})`,
      );
    }
    await context.close();
  });
}
