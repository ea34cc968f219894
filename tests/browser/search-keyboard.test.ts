import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { collectPageProblems, phoneContextOptions } from '../support/browser';
import { dropdownResults, focusSearchWithShortcut, searchInput, sitePath } from '../support/search';
import { servedSiteInChromium } from '../support/servedSite';
import { buildDir, siteEnv } from '../../scripts/lib/site';

const site = servedSiteInChromium();

const chapterUrl = (): string => `${site.server.siteUrl}docs/network`;
const isIndexRequest = (url: string): boolean => url.includes('/search-index/');

async function openChapter(page: Page): Promise<string[]> {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(chapterUrl(), { waitUntil: 'networkidle' });
  return requests;
}

/** 검색 엔진 조각인지: 이 조각만 `runSearch`를 내보냅니다. */
async function isSearchEngineChunk(url: string): Promise<boolean> {
  if (!url.endsWith('.js')) return false;
  const file = path.join(buildDir, new URL(url).pathname.slice(siteEnv.baseUrl.length));
  return (await readFile(file, 'utf8')).includes('runSearch:');
}

test('장 페이지를 처음 열 때는 색인도 검색 엔진 코드도 받지 않고, 검색을 시작하면 받는다', async () => {
  const page = await site.browser.newPage();
  const problems = collectPageProblems(page);
  const requests = await openChapter(page);
  // Docusaurus가 한가할 때 미리 받는 링크 대상까지 다 받은 뒤에 셉니다.
  await page.waitForTimeout(2000);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requests.filter(isIndexRequest), [], '첫 화면에서 색인을 받았습니다');
  for (const url of requests) {
    assert.equal(await isSearchEngineChunk(url), false, `첫 화면에서 검색 엔진 코드를 받았습니다: ${url}`);
  }
  const firstLoad = requests.length;

  await focusSearchWithShortcut(page);
  await page.keyboard.type('브리지');
  await dropdownResults(page, '브리지');
  await page.waitForLoadState('networkidle');
  const afterSearch = requests.slice(firstLoad);
  assert.equal(
    afterSearch.filter(isIndexRequest).length,
    1,
    `색인을 한 번 받아야 합니다: ${afterSearch.join(', ')}`,
  );
  assert.ok(
    afterSearch
      .filter(isIndexRequest)
      .every((url) => url.startsWith(`${site.server.siteUrl}search-index/current.json`)),
    '개정판 페이지에서는 개정판 색인을 받아야 합니다',
  );
  const scripts = afterSearch.filter((url) => url.endsWith('.js'));
  const engineChunks = [];
  for (const url of scripts) if (await isSearchEngineChunk(url)) engineChunks.push(url);
  assert.equal(
    engineChunks.length,
    1,
    `검색을 시작할 때 검색 엔진 조각을 받아야 합니다: ${scripts.join(', ')}`,
  );
  // 결과 링크가 대상 페이지의 코드를 미리 받지 않아야 합니다(장마다 수십 KB).
  assert.ok(scripts.length <= 2, `검색하며 스크립트를 ${scripts.length}개 받았습니다: ${scripts.join(', ')}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Ctrl+K로 검색 상자에 초점이 오고, 화살표로 결과를 고르고, Enter로 연다', async () => {
  const page = await site.browser.newPage();
  const problems = collectPageProblems(page);
  await openChapter(page);
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await focusSearchWithShortcut(page);
  const input = searchInput(page);
  await page.keyboard.type('cgroups');
  const results = await dropdownResults(page, 'cgroups');
  assert.ok(results.length >= 2, `결과가 둘 이상이어야 합니다: ${results.join(', ')}`);
  assert.equal(await input.getAttribute('aria-expanded'), 'true');

  const activeOption = async (): Promise<string | null> => {
    const id = await input.getAttribute('aria-activedescendant');
    return id ? page.locator(`[id="${id}"]`).getAttribute('aria-selected') : null;
  };
  await page.keyboard.press('ArrowDown');
  assert.equal(await activeOption(), 'true');
  assert.match((await input.getAttribute('aria-activedescendant')) ?? '', /option-0$/);
  await page.keyboard.press('ArrowDown');
  assert.match((await input.getAttribute('aria-activedescendant')) ?? '', /option-1$/);
  await page.keyboard.press('ArrowUp');
  assert.match((await input.getAttribute('aria-activedescendant')) ?? '', /option-0$/);
  // 고른 결과가 눈에 보이게 표시됩니다(초점 표시 대신 배경과 윤곽선).
  const outline = await page
    .locator('[role="option"][aria-selected="true"]')
    .evaluate((element) => getComputedStyle(element).outlineStyle);
  assert.equal(outline, 'solid');

  await page.keyboard.press('Enter');
  const expected = results[0] ?? '';
  await page.waitForURL((url) => sitePath(url.href) === sitePath(expected));
  assert.equal(new URL(page.url()).searchParams.get('highlight'), 'cgroups');
  await page.locator('article mark.search-term-highlight').first().waitFor();
  assert.ok((await page.locator('article mark.search-term-highlight').count()) > 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('Escape는 결과를 닫고, 한 번 더 누르면 검색어를 지운다', async () => {
  const page = await site.browser.newPage();
  await openChapter(page);
  await focusSearchWithShortcut(page);
  const input = searchInput(page);
  await page.keyboard.type('overlay2');
  await dropdownResults(page, 'overlay2');
  const listbox = page.getByRole('listbox', { name: '검색 결과' });
  assert.ok(await listbox.isVisible());
  await page.keyboard.press('Escape');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  assert.equal(await listbox.isVisible(), false);
  assert.equal(await input.inputValue(), 'overlay2');
  await page.keyboard.press('Escape');
  assert.equal(await input.inputValue(), '');
  await page.close();
});

test('결과 페이지로 가는 주소는 새로 고침해도 같은 결과를 보여 준다 (GitHub Pages 방식)', async () => {
  const page = await site.browser.newPage();
  const problems = collectPageProblems(page);
  await openChapter(page);
  await focusSearchWithShortcut(page);
  await page.keyboard.type('포트 공개');
  await dropdownResults(page, '포트 공개');
  // 고른 결과가 없을 때 Enter는 전체 결과 페이지로 갑니다.
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/search\?/);
  const url = new URL(page.url());
  assert.equal(url.pathname, `${siteEnv.baseUrl}search`);
  assert.equal(url.searchParams.get('q'), '포트 공개');
  assert.equal(url.searchParams.get('edition'), 'current');
  const titles = () =>
    page
      .locator('ol[aria-label="검색 결과 목록"] > li h2 a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  await page.locator('ol[aria-label="검색 결과 목록"] > li').first().waitFor();
  const before = await titles();
  assert.equal(sitePath(before[0] ?? ''), '/docs/network');

  const response = await page.reload({ waitUntil: 'networkidle' });
  assert.equal(response?.status(), 200);
  await page.locator('ol[aria-label="검색 결과 목록"] > li').first().waitFor();
  assert.deepEqual(await titles(), before);
  assert.equal(await page.getByRole('heading', { level: 1 }).innerText(), '"포트 공개" 검색 결과');
  assert.equal(await page.locator('meta[name="robots"]').getAttribute('content'), 'noindex, follow');

  // 판을 바꾸면 주소와 결과가 초판으로 바뀝니다.
  await page.getByLabel('판').selectOption('2025.02');
  await page.waitForURL(/edition=2025\.02/);
  await page.locator('ol[aria-label="검색 결과 목록"] > li').first().waitFor();
  const firstEdition = await titles();
  assert.ok(
    firstEdition.every(
      (href) =>
        !sitePath(href ?? '').startsWith('/docs/') || sitePath(href ?? '').startsWith('/docs/2025.02'),
    ),
  );
  assert.deepEqual(problems, []);
  await page.close();
});

test('대상 페이지를 바로 열어도(새로 고침) 검색어를 표시하고 그 절로 간다', async () => {
  const page = await site.browser.newPage();
  const problems = collectPageProblems(page);
  await page.goto(
    `${site.server.siteUrl}docs/network?highlight=${encodeURIComponent('브리지 네트워크')}#user-defined-bridge`,
    {
      waitUntil: 'networkidle',
    },
  );
  const marks = page.locator('article mark.search-term-highlight');
  await marks.first().waitFor();
  const texts = await marks.allInnerTexts();
  assert.ok(texts.includes('브리지'), `표시된 글자: ${texts.slice(0, 10).join(', ')}`);
  assert.ok(texts.includes('네트워크'));
  // 브라우저가 해시의 절로 스크롤합니다. 그 위의 Mermaid 그림이 늦게 그려지며 조금 밀릴 수 있어 화면 안인지만 봅니다.
  const [headingTop = -1, viewportHeight = 0] = await page
    .locator('#user-defined-bridge')
    .evaluate((element) => [element.getBoundingClientRect().top, window.innerHeight]);
  assert.ok(
    headingTop >= 0 && headingTop < viewportHeight,
    `절 제목이 화면 안에 있어야 합니다: ${headingTop}`,
  );
  assert.deepEqual(problems, []);
  await page.close();
});

test('초판 페이지에서 검색하면 초판 색인만 받는다', async () => {
  const page = await site.browser.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`${site.server.siteUrl}docs/2025.02/network`, { waitUntil: 'networkidle' });
  await focusSearchWithShortcut(page);
  await page.keyboard.type('네트워크 드라이버');
  const results = (await dropdownResults(page, '네트워크 드라이버')).map(sitePath);
  assert.equal(results[0], '/docs/2025.02/network');
  assert.deepEqual(
    requests.filter(isIndexRequest).map((url) => new URL(url).pathname),
    [`${siteEnv.baseUrl}search-index/2025.02.json`],
  );
  await page.close();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`열린 검색 결과는 ${colorScheme === 'light' ? '밝은' : '어두운'} 테마에서 접근성 검사(대비 포함)를 통과한다`, async () => {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(chapterUrl(), { waitUntil: 'networkidle' });
    await focusSearchWithShortcut(page);
    await page.keyboard.type('컨테이너');
    await dropdownResults(page, '컨테이너');
    await page.keyboard.press('ArrowDown');
    const { violations } = await new AxeBuilder({ page }).include('.navbar [role="search"]').analyze();
    assert.deepEqual(
      violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`,
      ),
      [],
    );
    await context.close();
  });
}

test('375px 휴대폰 너비에서 검색 결과를 열어도 가로 스크롤이 생기지 않는다', async () => {
  const context = await site.browser.newContext(phoneContextOptions);
  const page = await context.newPage();
  await page.goto(chapterUrl(), { waitUntil: 'networkidle' });
  const input = searchInput(page);
  await input.tap();
  await input.fill('멀티 스테이지 빌드');
  await dropdownResults(page, '멀티 스테이지 빌드');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `가로로 ${overflow}px 넘칩니다`);
  const panel = await page.getByRole('listbox', { name: '검색 결과' }).boundingBox();
  assert.ok(
    panel && panel.x >= 0 && panel.x + panel.width <= 375,
    `결과 상자가 화면 밖으로 나갑니다: ${JSON.stringify(panel)}`,
  );
  await context.close();
});
