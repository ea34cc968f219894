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

test('대상 페이지는 결과가 가리킨 절 안만 표시하고, 강조 지우기 단추로 모두 지운다', async () => {
  const page = await site.browser.newPage();
  const problems = collectPageProblems(page);
  await page.goto(
    `${site.server.siteUrl}docs/containers?highlight=${encodeURIComponent('컨테이너 로그')}#logs`,
    {
      waitUntil: 'networkidle',
    },
  );
  const marks = page.locator('article mark.search-term-highlight');
  await marks.first().waitFor();
  // 표시는 `#logs` 절(다음 제목 앞까지) 안에만 있습니다. 장 전체의 `컨테이너`가 칠해지지 않습니다.
  const outside = await page.evaluate(() => {
    const heading = document.getElementById('logs');
    const next = heading?.parentElement
      ? [...heading.parentElement.children].slice([...heading.parentElement.children].indexOf(heading) + 1)
      : [];
    const end = next.find((element) => /^H[23]$/.test(element.tagName));
    return [...document.querySelectorAll('article mark.search-term-highlight')].filter(
      (mark) =>
        !(heading && heading.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING) ||
        (end !== undefined && end.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING),
    ).length;
  });
  assert.equal(outside, 0, '절 밖에 표시가 있습니다');
  const count = await marks.count();
  assert.ok(count > 0 && count < 40, `표시 ${count}개`);
  assert.deepEqual(await marks.evaluateAll((all) => all.filter((mark) => mark.textContent === '').length), 0);
  await page.getByRole('button', { name: '강조 지우기 ✕' }).click();
  assert.equal(await marks.count(), 0);
  assert.equal(new URL(page.url()).searchParams.get('highlight'), null);
  assert.equal(await page.getByRole('button', { name: '강조 지우기 ✕' }).count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test('어두운 테마의 검색어 표시는 순수한 노랑이 아니고 글자와 대비가 4.5:1 이상이다', async () => {
  const context = await site.browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(`${site.server.siteUrl}docs/containers?highlight=${encodeURIComponent('로그')}#logs`, {
    waitUntil: 'networkidle',
  });
  const mark = page.locator('article mark.search-term-highlight').first();
  await mark.waitFor();
  const [background = '', color = ''] = await mark.evaluate((element) => {
    const style = getComputedStyle(element);
    return [style.backgroundColor, style.color];
  });
  assert.notEqual(background, 'rgb(255, 255, 0)');
  const luminance = (css: string): number => {
    const [r = 0, g = 0, b = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number).map((value) => {
      const channel = value / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(background), luminance(color)].sort((x, y) => y - x);
  const ratio = ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
  assert.ok(ratio >= 4.5, `대비 ${ratio.toFixed(2)} (${color} on ${background})`);
  // 드롭다운 발췌문의 표시도 같은 색입니다(브라우저 기본값인 순수한 노랑이 아니게).
  await focusSearchWithShortcut(page);
  await page.keyboard.type('로그');
  await dropdownResults(page, '로그');
  const snippetMark = page.locator('.navbar [role="search"] mark').first();
  assert.deepEqual(
    await snippetMark.evaluate((element) => {
      const style = getComputedStyle(element);
      return [style.backgroundColor, style.color];
    }),
    [background, color],
  );
  await context.close();
});

test('드롭다운은 결과가 어느 판의 것인지 말하고, 절 제목 경로로 결과를 보여 준다', async () => {
  const page = await site.browser.newPage();
  await page.goto(`${site.server.siteUrl}docs/2025.02/containers`, { waitUntil: 'networkidle' });
  await focusSearchWithShortcut(page);
  await page.keyboard.type('docker logs');
  await dropdownResults(page, 'docker logs');
  const status = await page.getByRole('search').getByRole('status').innerText();
  assert.match(status, /초판|2025\.02/, `상태: ${status}`);
  const first = page.getByRole('listbox', { name: '검색 결과' }).getByRole('option').first();
  assert.match((await first.getAttribute('href')) ?? '', /#[a-z0-9-]+$/);
  await page.close();
});

test('휴대폰에서 자판이 열려 있어도(보이는 높이 400px) 결과 세 개가 자판 위에 보인다', async () => {
  // 375×740 휴대폰에서 자판이 화면의 절반쯤을 덮으면 보이는 높이는 400px 안팎입니다.
  const context = await site.browser.newContext({
    ...phoneContextOptions,
    viewport: { width: 375, height: 400 },
  });
  const page = await context.newPage();
  await page.goto(chapterUrl(), { waitUntil: 'networkidle' });
  const input = searchInput(page);
  await input.tap();
  await input.fill('컨테이너 로그 보기');
  await dropdownResults(page, '컨테이너 로그 보기');
  const bottoms = await page
    .getByRole('listbox', { name: '검색 결과' })
    .getByRole('option')
    .evaluateAll((options) => options.slice(0, 3).map((option) => option.getBoundingClientRect().bottom));
  assert.equal(bottoms.length, 3);
  assert.ok(
    bottoms.every((bottom) => bottom <= 400),
    `세 번째 결과의 아래쪽이 ${bottoms.at(-1)}px입니다`,
  );
  await context.close();
});
