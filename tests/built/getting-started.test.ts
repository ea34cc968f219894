import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bookEditions } from '../../src/data/book';
import { chapters } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { loadBuiltPage, withBase } from '../support/builtPage';

const gettingStarted = withBase(`${editions.revised.basePath}/getting-started`);
const firstChapter = withBase(`${editions.revised.basePath}${chapters[0]?.slug ?? ''}`);

test('시작하기 페이지가 개정판에 있고, 사이드바에서 시리즈 소개와 1장 사이에 온다', async () => {
  const $ = await loadBuiltPage(`${editions.revised.basePath}/getting-started`);
  assert.equal($('article h1').first().text(), '시작하기');
  const sidebar = $('.theme-doc-sidebar-menu a.menu__link')
    .map((_, link) => $(link).attr('href'))
    .get();
  const at = sidebar.indexOf(gettingStarted);
  assert.ok(at > 0, `사이드바에 ${gettingStarted}가 없습니다: ${sidebar.join(', ')}`);
  assert.equal(sidebar[at - 1], withBase(editions.revised.basePath), '바로 앞은 시리즈 소개여야 합니다');
  assert.equal(sidebar[at + 1], firstChapter, '바로 뒤는 1장이어야 합니다');
});

test('홈 페이지의 주 버튼은 시작하기로 가고, 1장으로 가는 버튼도 남아 있다', async () => {
  const $ = await loadBuiltPage('/');
  const primary = $('header a.button--primary');
  assert.equal(primary.length, 1, '홈 첫 화면의 주 버튼은 하나여야 합니다');
  assert.equal(primary.text().trim(), '시작하기');
  assert.equal(primary.attr('href'), gettingStarted);
  const heroLinks = $('header a.button')
    .map((_, link) => $(link).attr('href'))
    .get();
  assert.ok(heroLinks.includes(firstChapter), `첫 화면에 1장(${firstChapter})으로 가는 버튼이 없습니다`);
});

test('시리즈 소개의 실습 환경 절이 시작하기로 링크한다', async () => {
  const $ = await loadBuiltPage(editions.revised.basePath);
  const heading = $('h2#prerequisites');
  assert.equal(heading.length, 1);
  const sectionLinks = heading
    .nextUntil('h2')
    .find('a[href]')
    .map((_, link) => $(link).attr('href'))
    .get();
  assert.ok(
    sectionLinks.includes(gettingStarted),
    `#prerequisites 절에 ${gettingStarted} 링크가 없습니다: ${sectionLinks.join(', ')}`,
  );
});

test('개정판 책은 시리즈 소개 다음, 1장 앞에 시작하기를 싣고, 초판 책에는 싣지 않는다', async () => {
  for (const book of bookEditions) {
    const $ = await loadBuiltPage(book.routePath);
    const parts = $('[data-book-part]')
      .map((_, element) => $(element).attr('data-book-part'))
      .get();
    const expected = [
      'intro',
      ...(book.edition === 'revised' ? ['getting-started'] : []),
      ...chapters.map((chapter) => chapter.slug.replace(/^\//, '')),
    ];
    assert.deepEqual(parts, expected, `${book.routePath}의 실린 순서`);
    if (book.edition === 'revised') {
      const part = $('[data-book-part="getting-started"]');
      assert.ok(part.find('h1').first().text().includes('시작하기'));
      assert.ok(
        part.text().includes('docker run --name hello-check hello-world'),
        '시작하기의 본문이 없습니다',
      );
      const tocLinks = $('nav[aria-labelledby="book-toc"] a')
        .map((_, link) => $(link).attr('href'))
        .get();
      assert.ok(tocLinks.includes('#getting-started'), '책의 차례에 시작하기가 없습니다');
    }
  }
});
