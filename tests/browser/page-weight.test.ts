import assert from 'node:assert/strict';
import { test } from 'node:test';
import { budgets } from '../budgets';
import { measureLoadWeight } from '../../scripts/lib/loadWeight';
import { isChapterKind, selectPageKinds } from '../../scripts/lib/pageKinds';
import { formatKiB } from '../../scripts/lib/pageWeight';
import { servedSiteInChromium } from '../support/servedSite';

/**
 * 페이지 종류마다 대표 페이지를 휴대폰 크기 창에서 캐시 없이 열고, 클릭·스크롤 전까지 받은 JavaScript(gzip)가
 * 예산(tests/budgets.ts의 loadJsGzipBytes) 안에 있는지 확인합니다. Mermaid와 검색처럼 무거운 부분이 필요할 때만
 * 내려받히는지 여기서 드러납니다.
 */

const site = servedSiteInChromium();

test('페이지를 열 때 받는 JavaScript가 예산 안에 있다', async (t) => {
  const samples = await selectPageKinds();
  const overBudget: string[] = [];
  for (const { kind, page } of samples) {
    const budget = isChapterKind(kind.id) ? budgets.chapter : budgets.otherPage;
    const weight = await measureLoadWeight(site.browser, `${site.server.origin}${page.path}`);
    t.diagnostic(
      `${kind.label} ${page.path}: ${formatKiB(weight.jsGzipBytes)} (파일 ${weight.jsFiles.length}개), ` +
        `다음 페이지 미리 받기 ${formatKiB(weight.prefetchJsGzipBytes)}`,
    );
    if (weight.jsGzipBytes > budget.loadJsGzipBytes) {
      overBudget.push(
        `${page.path}(${kind.label}): ${formatKiB(weight.jsGzipBytes)} > 예산 ${formatKiB(budget.loadJsGzipBytes)}\n  ${weight.jsFiles.join(', ')}`,
      );
    }
  }
  assert.deepEqual(
    overBudget,
    [],
    `첫 로드 JavaScript가 예산을 넘었습니다. 무거운 부분(Mermaid, 검색, 큰 컴포넌트)을 필요할 때 불러오는지 확인하세요:\n${overBudget.join('\n')}`,
  );
});
