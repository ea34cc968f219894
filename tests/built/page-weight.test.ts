import assert from 'node:assert/strict';
import { test } from 'node:test';
import { budgets, type WeightBudget } from '../budgets';
import { isChapterKind, readSitemapPages, selectPageKinds } from '../../scripts/lib/pageKinds';
import { formatKiB, measurePageWeight } from '../../scripts/lib/pageWeight';

/**
 * HTML이 첫 로드에 불러오는 JavaScript와 CSS(gzip)가 tests/budgets.ts의 예산 안에 있는지, 사이트맵의 모든 페이지에서
 * 확인합니다. 장 페이지는 `budgets.chapter`, 나머지는 `budgets.otherPage`를 씁니다.
 * 하이드레이션 때 더 받는 JavaScript는 tests/browser/page-weight.test.ts가 잽니다.
 */

test('모든 페이지의 첫 로드 JavaScript와 CSS가 예산 안에 있다', async (t) => {
  const pages = await readSitemapPages();
  const samples = await selectPageKinds();
  const chapterPaths = new Set(
    samples
      .filter(({ kind }) => isChapterKind(kind.id))
      .flatMap(({ allPages }) => allPages.map((page) => page.path)),
  );
  assert.ok(chapterPaths.size >= 2, '장 페이지를 찾지 못했습니다');

  const overBudget: string[] = [];
  const largest = { chapter: { js: 0, css: 0 }, otherPage: { js: 0, css: 0 } };
  for (const page of pages) {
    const group = chapterPaths.has(page.path) ? 'chapter' : 'otherPage';
    const budget: WeightBudget = budgets[group];
    const weight = await measurePageWeight(page.file);
    largest[group].js = Math.max(largest[group].js, weight.jsGzipBytes);
    largest[group].css = Math.max(largest[group].css, weight.cssGzipBytes);
    if (weight.jsGzipBytes > budget.htmlJsGzipBytes) {
      overBudget.push(
        `${page.path}: JavaScript ${formatKiB(weight.jsGzipBytes)} > 예산 ${formatKiB(budget.htmlJsGzipBytes)} (${weight.jsFiles.join(', ')})`,
      );
    }
    if (weight.cssGzipBytes > budget.cssGzipBytes) {
      overBudget.push(
        `${page.path}: CSS ${formatKiB(weight.cssGzipBytes)} > 예산 ${formatKiB(budget.cssGzipBytes)} (${weight.cssFiles.join(', ')})`,
      );
    }
  }
  for (const group of ['chapter', 'otherPage'] as const) {
    t.diagnostic(
      `${group}: 가장 무거운 페이지 JS ${formatKiB(largest[group].js)} / 예산 ${formatKiB(budgets[group].htmlJsGzipBytes)}, ` +
        `CSS ${formatKiB(largest[group].css)} / 예산 ${formatKiB(budgets[group].cssGzipBytes)}`,
    );
  }
  assert.deepEqual(
    overBudget,
    [],
    `예산을 넘었습니다. 새 의존성이나 전역 CSS가 늘었는지 확인하고(npm run bench), 꼭 필요하면 tests/budgets.ts를 이유와 함께 고치세요:\n${overBudget.join('\n')}`,
  );
});
