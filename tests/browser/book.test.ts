import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { bookEditions } from '../../src/data/book';
import { chapters, chaptersIn } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { bookSources, bookTitle } from '../support/book';
import { collectPageProblems } from '../support/browser';
import { withBase } from '../support/builtPage';
import { servedSiteInChromium } from '../support/servedSite';

const site = servedSiteInChromium();
const urlOf = (sitePath: string): string => `${site.server.origin}${withBase(sitePath)}`;

const mermaidBlocks = (files: readonly string[]): number =>
  files.reduce(
    (count, file) => count + (readFileSync(file, 'utf8').match(/^```mermaid\b/gm) ?? []).length,
    0,
  );

for (const { book, files } of bookSources) {
  test(`${editions[book.edition].label} 책 페이지는 차례, 모든 장, 스크롤 없이 그려진 모든 그림, 책 안 링크를 갖는다`, async () => {
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 800 } });
    const problems = collectPageProblems(page);
    await page.goto(urlOf(book.routePath), { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');

    const toc = page.getByRole('navigation', { name: '차례' });
    const titles = files.map(bookTitle);
    const tocText = await toc.innerText();
    let from = 0;
    for (const title of titles) {
      const at = tocText.indexOf(title, from);
      assert.ok(at >= from, `차례에 "${title}"이 순서대로 없습니다`);
      from = at + title.length;
    }
    assert.deepEqual(await page.locator('main article > header h1').allInnerTexts(), titles);

    // 스크롤하지 않고 기다립니다. 책 안에서는 Mermaid가 화면에 오기를 기다리지 않아야 합니다.
    const expected = mermaidBlocks(files);
    assert.equal(await page.locator('[data-mermaid-state]').count(), expected, 'Mermaid 그림 자리의 수');
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-mermaid-state] svg').length === count,
      expected,
      { timeout: 60_000, polling: 200 },
    );
    assert.equal(await page.evaluate(() => window.scrollY), 0);

    const brokenInBookLinks = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="#"]')]
        .map((link) => link.getAttribute('href') ?? '')
        .filter((href) => document.getElementById(decodeURIComponent(href.slice(1))) === null),
    );
    assert.deepEqual(brokenInBookLinks, [], '책 안 링크가 가리키는 제목이 없습니다');
    const linksToBookChapters = await page.evaluate(
      (paths) =>
        [...document.querySelectorAll<HTMLAnchorElement>('main a[href]')]
          .map((link) => link.getAttribute('href') ?? '')
          .filter((href) => paths.some((chapterPath) => href.split('#')[0] === chapterPath)),
      chaptersIn(book.edition).map((chapter) =>
        withBase(`${editions[book.edition].basePath}${chapter.slug}`),
      ),
    );
    assert.deepEqual(linksToBookChapters, [], '책에 실린 장으로 가는 링크는 책 안 앵커여야 합니다');
    const duplicateIds = await page.evaluate(() => {
      const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
      return ids.filter((id, index) => ids.indexOf(id) !== index);
    });
    assert.deepEqual(duplicateIds, []);
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('책 밖의 장 페이지는 여전히 화면 가까이 온 그림만 그린다', async () => {
  const page = await site.browser.newPage({ viewport: { width: 1000, height: 800 } });
  const lastChapter = chapters[chapters.length - 1];
  await page.goto(urlOf(`${editions.revised.basePath}${lastChapter?.slug ?? ''}`), { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  assert.equal(
    await page.locator('[data-mermaid-state]').last().getAttribute('data-mermaid-state'),
    'waiting',
  );
  await page.close();
});

test('시리즈 소개와 홈 페이지는 판마다 PDF와 인쇄용 책 페이지로 링크한다', async () => {
  const page = await site.browser.newPage();
  for (const book of bookEditions) {
    await page.goto(urlOf(editions[book.edition].basePath), { waitUntil: 'load' });
    const downloads = page.getByRole('list', { name: '책으로 내려받기' });
    assert.equal(await downloads.getByRole('listitem').count(), 1);
    assert.equal(
      await downloads.getByRole('link', { name: /PDF 내려받기/ }).getAttribute('href'),
      withBase(`/pdf/${book.pdfFile}`),
    );
  }
  await page.goto(urlOf('/'), { waitUntil: 'load' });
  const links = page
    .getByRole('list', { name: '책으로 내려받기' })
    .getByRole('link', { name: /PDF 내려받기/ });
  assert.deepEqual(
    await links.evaluateAll((elements) => elements.map((element) => element.getAttribute('href'))),
    bookEditions.map((book) => withBase(`/pdf/${book.pdfFile}`)),
  );
  await page.close();
});

test('책 페이지는 375px 휴대폰 화면에서 두 테마 모두 가로로 넘치지 않는다', async () => {
  const failures: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await site.browser.newContext({ viewport: { width: 375, height: 740 }, colorScheme });
    const page = await context.newPage();
    for (const { book } of bookSources) {
      await page.goto(urlOf(book.routePath), { waitUntil: 'load' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) failures.push(`${book.routePath} (${colorScheme}): 가로로 ${overflow}px 넘칩니다`);
    }
    await context.close();
  }
  assert.deepEqual(failures, []);
});
