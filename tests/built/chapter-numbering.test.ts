import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheerioAPI } from 'cheerio';
import { bookEditions } from '../../src/data/book';
import { chapters, chaptersIn } from '../../src/data/chapters';
import { editions, type EditionKey } from '../../src/data/editions';
import { loadBuiltPage, withBase } from '../support/builtPage';

/**
 * 한 장은 어디서나 같은 번호로 보입니다(#19): 홈 카드, 두 판의 사이드바, 변경 내역, 두 책의 차례.
 * 번호는 화면의 글에서 읽고(`1장`, `1. Docker 개념`), 장 목록(src/data/chapters.ts)의 자리와 견줍니다.
 */
/** 글 앞의 장 번호: `1장`, `1. …`, `1.1 …`, `*. …`, `2` */
const leadingNumber = (text: string): string =>
  /^\s*(\d+(?:\.\d+)*|\*)(?=장|\.|\s|$)/.exec(text)?.[1] ?? `(번호 없음: "${text.trim()}")`;

function linkText($: CheerioAPI, selector: string, href: string): string {
  const link = $(selector).filter((_, element) => $(element).attr('href') === href);
  assert.equal(link.length, 1, `${selector}에서 ${href}로 가는 링크를 하나 찾아야 합니다 (${link.length}개)`);
  return link.text();
}

test('장 번호는 장 목록의 자리이다', () => {
  chapters.forEach((chapter, index) => assert.equal(chapter.number, String(index + 1), chapter.id));
});

test('홈, 두 판의 사이드바, 변경 내역, 두 책의 차례가 장마다 같은 번호를 보인다', async () => {
  const home = await loadBuiltPage('/');
  const changes = await loadBuiltPage(`${editions.revised.basePath}/changes`);
  const books = new Map<EditionKey, CheerioAPI>();
  for (const book of bookEditions) books.set(book.edition, await loadBuiltPage(book.routePath));
  const problems: string[] = [];
  for (const chapter of chapters) {
    const shown: Record<string, string> = {};
    const cardHref = withBase(`${editions.revised.basePath}${chapter.slug}`);
    const card = home('ol[aria-label="시리즈의 장 목록"] > li a').filter(
      (_, element) => home(element).attr('href') === cardHref,
    );
    shown['홈 카드'] = leadingNumber(card.find('[class*="number"]').first().text());
    shown['변경 내역'] = leadingNumber(changes(`#changes-${chapter.id}`).text());
    for (const edition of Object.keys(editions) as EditionKey[]) {
      if (!(chapter.editions as readonly EditionKey[]).includes(edition)) continue;
      const href = withBase(`${editions[edition].basePath}${chapter.slug}`);
      const page = await loadBuiltPage(`${editions[edition].basePath}${chapter.slug}`);
      shown[`${editions[edition].label} 사이드바`] = leadingNumber(
        linkText(page, '.theme-doc-sidebar-menu a.menu__link', href),
      );
      const book = books.get(edition);
      if (book !== undefined) {
        const anchor = `#${chapter.slug.replace(/^\//, '')}`;
        shown[`${editions[edition].label} 책 차례`] = leadingNumber(
          linkText(book, 'nav[aria-labelledby="book-toc"] a', anchor),
        );
      }
    }
    for (const [place, number] of Object.entries(shown)) {
      if (number !== chapter.number)
        problems.push(`${chapter.id}: ${place}의 번호가 ${number}, 장 목록은 ${chapter.number}`);
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
  assert.ok(chaptersIn('first').length > 0);
});
