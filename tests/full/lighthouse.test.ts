import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startGhPagesServer, type GhPagesServer } from '../support/ghPagesServer';
import {
  assertedCategoryIds,
  runLighthouseInFreshChromium,
  type LighthouseReport,
} from '../support/lighthouse';
import { selectPageKinds } from '../support/pageKinds';
import { buildDir, siteEnv } from '../support/site';
import { requireBrowser } from '../../scripts/lib/browser';
import { exitIfMissingTool } from '../../scripts/lib/toolError';

exitIfMissingTool(requireBrowser);

/**
 * 페이지 종류마다 대표 페이지 하나를 Lighthouse 12 모바일 설정(느린 4G, 4배 느린 CPU를 흉내 냄)으로 검사합니다.
 * 접근성, 권장사항, SEO는 100점이어야 합니다. 성능 점수는 기계 부하에 따라 흔들리므로 출력만 합니다
 * (3회 중앙값은 `npm run bench`).
 */

let server: GhPagesServer;

before(async () => {
  server = await startGhPagesServer(buildDir, siteEnv.baseUrl);
});

after(async () => {
  await server?.close();
});

const milliseconds = (value: number | null) => (value === null ? '-' : `${Math.round(value)} ms`);

function scoreLine(report: LighthouseReport): string {
  const { scores, metrics } = report;
  return (
    `성능 ${scores.performance ?? '-'} / 접근성 ${scores.accessibility ?? '-'} / 권장사항 ${scores['best-practices'] ?? '-'} / SEO ${scores.seo ?? '-'}` +
    ` (FCP ${milliseconds(metrics.firstContentfulPaint)}, LCP ${milliseconds(metrics.largestContentfulPaint)},` +
    ` TBT ${milliseconds(metrics.totalBlockingTime)}, CLS ${metrics.cumulativeLayoutShift?.toFixed(3) ?? '-'})`
  );
}

test('Lighthouse 모바일: 페이지 종류마다 접근성·권장사항·SEO 100점', async (t) => {
  const samples = await selectPageKinds();

  for (const { kind, page } of samples) {
    await t.test(`${kind.label} ${page.path}`, async (subtest) => {
      const report = await runLighthouseInFreshChromium(`${server.origin}${page.path}`);
      subtest.diagnostic(scoreLine(report));
      for (const warning of report.runWarnings) subtest.diagnostic(`Lighthouse 경고: ${warning}`);
      const failures = assertedCategoryIds.flatMap((category) =>
        report.scores[category] === 100
          ? []
          : [
              `${category} ${report.scores[category] ?? '점수 없음'}점:`,
              ...report.failingAudits[category].map((audit) => `  - ${audit}`),
            ],
      );
      assert.deepEqual(
        failures,
        [],
        `${page.path}(${kind.label})가 100점이 아닙니다. 아래 감사 항목을 고치세요:\n${failures.join('\n')}`,
      );
    });
  }
});
