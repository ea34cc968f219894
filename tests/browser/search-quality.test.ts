import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { searchQueries, type SearchEdition } from '../../src/data/searchQueries';
import { heldOutQueries } from '../../src/data/searchQueriesHeldOut';
import { freshQueries } from '../../src/data/searchQueriesFresh';
import { sectionQueries } from '../../src/data/searchSectionQueries';
import { collectPageProblems } from '../support/browser';
import { readSearchIndexes, searchFromNavbar, sitePath } from '../support/search';
import { servedSiteInChromium } from '../support/servedSite';

/**
 * `src/data/searchQueries.ts`의 검색어를 빌드한 사이트의 진짜 검색 상자에 입력해, 기대한 페이지가
 * 상위 5개 안에 나오는지 봅니다. 검색은 그 판의 문서 페이지를 읽는 중에 합니다.
 */

const pages = new Map<SearchEdition, Page>();
const problems: string[] = [];

/** 판마다 그 판의 시리즈 소개 페이지를 열어 두고 검색합니다. */
const startPath: Readonly<Record<SearchEdition, string>> = { current: 'docs', '2025.02': 'docs/2025.02' };

async function pageFor(edition: SearchEdition): Promise<Page> {
  let page = pages.get(edition);
  if (!page) {
    page = await site.browser.newPage();
    problems.push(...collectPageProblems(page));
    await page.goto(`${site.server.siteUrl}${startPath[edition]}`, { waitUntil: 'networkidle' });
    pages.set(edition, page);
  }
  return page;
}

const site = servedSiteInChromium();

describe('검색 품질: 상위 5개 안에 기대한 페이지', () => {
  for (const testCase of searchQueries) {
    test(`[${testCase.edition}] ${testCase.query} — ${testCase.checks}`, async () => {
      const page = await pageFor(testCase.edition);
      // 결과는 절 단위라 한 페이지가 여러 번 나올 수 있으므로, 페이지 순서로 줄입니다.
      const results = [...new Set((await searchFromNavbar(page, testCase.query)).map(sitePath))];
      const top5 = results.slice(0, 5);
      for (const expected of testCase.expect) {
        assert.ok(top5.includes(expected), `${expected}가 상위 5개에 없습니다: ${top5.join(', ')}`);
      }
      if ('first' in testCase) {
        assert.equal(top5[0], testCase.first, `첫 결과가 ${testCase.first}가 아닙니다: ${top5.join(', ')}`);
      }
      for (const excluded of 'exclude' in testCase ? testCase.exclude : []) {
        assert.ok(!results.includes(excluded), `다른 판의 ${excluded}가 결과에 있습니다`);
      }
      // 어느 검색어든 지금 읽는 판의 문서만 나와야 합니다(블로그 글은 판과 상관없이 나옵니다).
      const otherEdition = results.filter((result) =>
        testCase.edition === '2025.02'
          ? result.startsWith('/docs') && !result.startsWith('/docs/2025.02')
          : result.startsWith('/docs/2025.02'),
      );
      assert.deepEqual(otherEdition, [], '다른 판의 문서가 결과에 섞였습니다');
    });
  }
});

/**
 * 절 단위 첫 결과 적중률의 하한. 이보다 낮으면 놓친 검색어를 모두 적고 실패합니다.
 * issue #20의 목표는 모든 묶음에서 95 %입니다. 2026-12-08(학습자의 말을 네 번 손질하고 규칙을 고친 뒤): 기준 검색어 97.5 %,
 * 따로 둔 검색어 95 %, 처음 보는 검색어 열일곱 묶음 1,580개 94.8 %(모두 규칙을 고르는 데 쓴 개발용)입니다. 묶음마다 규칙을
 * 고치기 전에 한 번 잰 첫 값은 마지막 네 묶음(열넷째~열일곱째)이 95 %, 92 %, 93 %, 92 %로, 처음 보는 검색어는 아직 목표에
 * 닿지 못했습니다(README 검색 절).
 * 지금 닿은 값을 하한으로 두어 뒤로 물러서지 않게 하고, 목표에 닿은 묶음은 `issueTarget`으로 올립니다.
 */
const issueTarget = 0.95;
const firstResultFloors = { section: 0.97, heldOut: issueTarget, fresh: 0.945 } as const;

/** `/docker-study/docs/x?highlight=…#id` → `/docs/x#id` */
function sectionTarget(href: string): string {
  const hash = new URL(href, 'http://localhost').hash.replace(/^#/, '');
  return hash ? `${sitePath(href)}#${decodeURIComponent(hash)}` : sitePath(href);
}

function isExpectedSection(target: string, expected: readonly string[]): boolean {
  return expected.some((wanted) =>
    wanted.includes('#') ? target === wanted : target.split('#')[0] === wanted,
  );
}

for (const [name, cases, minimumFirstResultRate] of [
  ['기준 검색어', sectionQueries, firstResultFloors.section],
  ['따로 둔 검색어', heldOutQueries, firstResultFloors.heldOut],
  ['처음 보는 검색어', freshQueries, firstResultFloors.fresh],
] as const) {
  test(`절 단위 검색(${name}): 첫 결과가 그 절로 가는 비율이 ${minimumFirstResultRate * 100}% 이상(목표 ${issueTarget * 100}%)`, async () => {
    const misses: string[] = [];
    let top3 = 0;
    for (const testCase of cases) {
      const page = await pageFor(testCase.edition);
      const targets = (await searchFromNavbar(page, testCase.query)).map(sectionTarget);
      if (!(targets[0] !== undefined && isExpectedSection(targets[0], testCase.first))) {
        misses.push(
          `[${testCase.edition}] ${testCase.query} → ${targets.slice(0, 3).join(' | ') || '(없음)'}`,
        );
      }
      if (targets.slice(0, 3).some((target) => isExpectedSection(target, testCase.first))) top3 += 1;
    }
    const rate = (cases.length - misses.length) / cases.length;
    console.log(
      `${name}: 첫 결과 ${cases.length - misses.length}/${cases.length} (${(rate * 100).toFixed(1)}%), 상위 3개 ${top3}/${cases.length}`,
    );
    assert.ok(
      rate >= minimumFirstResultRate,
      `첫 결과 적중 ${(rate * 100).toFixed(1)}% < ${minimumFirstResultRate * 100}%. 놓친 검색어:\n${misses.join('\n')}`,
    );
  });
}

test('블로그 글도 검색된다 (제목으로 찾기)', async (t) => {
  const indexes = await readSearchIndexes();
  const post = indexes.get('current')?.pages.find((page) => page.kind === 'blog');
  if (!post) {
    t.skip('빌드에 블로그 글이 아직 없습니다');
    return;
  }
  for (const edition of ['current', '2025.02'] as const) {
    const page = await pageFor(edition);
    const results = (await searchFromNavbar(page, post.title)).map(sitePath);
    assert.ok(
      results.slice(0, 5).includes(sitePath(post.url)),
      `${edition}: ${post.url}이 없습니다: ${results.join(', ')}`,
    );
  }
});

test('검색하는 동안 콘솔 오류나 실패한 요청이 없다', () => {
  assert.deepEqual(problems, []);
});
