/**
 * 사이트맵의 모든 페이지와 404 페이지를 한 색 테마에서 열어 콘솔 오류, 실패한 요청,
 * axe-core의 WCAG 2.1 A/AA 위반이 없는지 확인합니다.
 *
 * 밝은 테마와 어두운 테마는 `tests/full/accessibility-{light,dark}.test.ts` 두 파일로 나뉘어 있어
 * Node 테스트 러너가 두 프로세스로 동시에 돌립니다(2코어에서 거의 절반의 시간).
 * 한 테마 안에서는 페이지 하나를 재사용하고, `networkidle` 대신 `load` 뒤 하이드레이션과
 * Mermaid 그림만 기다립니다(`waitUntilRendered`).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { collectPageProblems, waitUntilRendered } from './browser';
import { servedSiteInChromium } from './servedSite';
import { bookEditions } from '../../src/data/book';
import { buildDir, siteEnv } from '../../scripts/lib/site';
import { sitemapPaths } from '../../scripts/lib/sitemap';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * 코드 블록의 줄(`.token-line`)은 axe에서 뺍니다. 장 페이지마다 구문 강조 토큰이 수천 개라 axe 시간의 3분의 1을
 * 차지하지만, 토큰 색과 코드 블록 배경의 대비는 tests/unit/prism-contrast.test.ts가 두 테마의 모든 토큰 색으로
 * 이미 검사합니다. 강조한 줄(`theme-code-block-highlighted-line`)은 배경이 달라 그 검사로 덮이지 않으므로 남깁니다.
 */
const unitTestedCodeLines = '.token-line:not(.theme-code-block-highlighted-line)';

/**
 * 사이트맵의 모든 페이지와, 사이트맵에 없는 404 페이지와 판마다의 책 페이지(`noindex`라 사이트맵에서 빠짐)
 */
export async function pagesToSweep(): Promise<string[]> {
  return [
    ...(await sitemapPaths()),
    `${siteEnv.baseUrl}404.html`,
    ...bookEditions.map((book) => `${siteEnv.baseUrl}${book.routePath.slice(1)}`),
  ];
}

interface Finding {
  readonly key: string;
  readonly description: string;
  readonly page: string;
}

/** 같은 규칙·같은 요소의 위반이 여러 페이지에 나오면(예: 내비게이션 바) 한 줄로 묶어 페이지 목록을 붙입니다. */
function formatFindings(findings: readonly Finding[]): string {
  const grouped = new Map<string, { description: string; pages: string[] }>();
  for (const finding of findings) {
    const group = grouped.get(finding.key) ?? { description: finding.description, pages: [] };
    group.pages.push(finding.page);
    grouped.set(finding.key, group);
  }
  return [...grouped.values()]
    .map(({ description, pages }) => {
      const where =
        pages.length > 3 ? `${pages.slice(0, 3).join(', ')} 외 ${pages.length - 3}쪽` : pages.join(', ');
      return `- ${description}\n  페이지: ${where}`;
    })
    .join('\n');
}

/**
 * 한 페이지의 하이드레이션과 그림을 기다리는 시간. 이 검사는 접근성을 보며 빠르기는 `npm run bench`와 Lighthouse가 잽니다.
 * 전체 검사는 두 코어에서 Lighthouse, PDF, 다른 테마의 검사와 함께 돌아 그림이 많은 장(1장)이 15초를 넘긴 적이 있습니다
 * (2026-12-08, 27초). 멈춘 페이지는 여전히 잡도록 두 배로만 늘립니다.
 */
const renderTimeoutMs = 30_000;

export function defineAccessibilitySweep(colorScheme: 'light' | 'dark'): void {
  const site = servedSiteInChromium();

  test(`모든 페이지가 ${colorScheme} 테마에서 오류 없이 열리고 axe(WCAG 2.1 A/AA) 위반이 없다`, async (t) => {
    const paths = await pagesToSweep();
    assert.ok(
      paths.length > 20,
      `검사할 페이지가 ${paths.length}개뿐입니다. 사이트맵(${buildDir}/sitemap.xml)을 확인하세요.`,
    );
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    const findings: Finding[] = [];
    const durations: { pagePath: string; ms: number }[] = [];
    for (const pagePath of paths) {
      const started = performance.now();
      problems.length = 0;
      await page.goto(`${site.server.origin}${pagePath}`, { waitUntil: 'load' });
      await waitUntilRendered(page, renderTimeoutMs).catch(() => {
        findings.push({
          key: `render ${pagePath}`,
          description: `${renderTimeoutMs / 1000}초 안에 하이드레이션이나 Mermaid 그림이 끝나지 않았습니다. 브라우저 콘솔 오류를 확인하세요.`,
          page: pagePath,
        });
      });
      const theme = await page.evaluate(() => document.documentElement.dataset.theme);
      if (theme !== colorScheme) {
        findings.push({
          key: `theme ${pagePath}`,
          description: `테마가 ${colorScheme}이 아니라 ${theme}입니다. colorMode.respectPrefersColorScheme 설정을 확인하세요.`,
          page: pagePath,
        });
      }
      const results = await new AxeBuilder({ page })
        .withTags(wcagTags)
        .exclude(unitTestedCodeLines)
        .analyze();
      for (const violation of results.violations) {
        for (const node of violation.nodes.slice(0, 5)) {
          const target = node.target.join(' ');
          findings.push({
            key: `${violation.id} ${target}`,
            description: `[${violation.id}] ${violation.help}: ${target}\n  ${node.failureSummary?.split('\n').join(' ') ?? ''}\n  고치는 법: ${violation.helpUrl}`,
            page: pagePath,
          });
        }
      }
      // 404 페이지는 상태 404로 답하는 것이 정상이므로 그 응답 하나는 문제로 세지 않습니다.
      const pageProblems = pagePath.endsWith('404.html')
        ? problems.filter((problem) => !problem.includes('404.html'))
        : problems;
      for (const problem of pageProblems) {
        findings.push({ key: `${problem} ${pagePath}`, description: problem, page: pagePath });
      }
      durations.push({ pagePath, ms: performance.now() - started });
    }
    await context.close();
    const slowest = durations
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3)
      .map(({ pagePath, ms }) => `${pagePath} ${(ms / 1000).toFixed(1)} s`);
    t.diagnostic(`${colorScheme} 테마: ${paths.length}쪽 검사, 가장 느린 페이지: ${slowest.join(', ')}`);
    assert.equal(
      findings.length,
      0,
      `${colorScheme} 테마에서 ${findings.length}개 문제:\n${formatFindings(findings)}`,
    );
  });
}
