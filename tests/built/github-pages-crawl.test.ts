import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import * as cheerio from 'cheerio';
import { chapters } from '../../src/data/chapters';
import { buildDir, siteEnv } from '../../scripts/lib/site';
import { startGhPagesServer, type GhPagesServer } from '../../scripts/lib/ghPagesServer';
import { crawlServedSite } from '../support/crawl';
import { bookEditions, pdfDir } from '../../src/data/book';

/**
 * 빌드 결과를 GitHub Pages처럼 서빙하고, 사이트맵의 모든 페이지와 그 페이지가 부르는
 * 모든 내부 링크, 이미지, 스크립트, 스타일시트를 따라가 깨진 것과 base 경로를 벗어나는 것을 찾습니다.
 */

let server: GhPagesServer;

before(async () => {
  server = await startGhPagesServer(buildDir, siteEnv.baseUrl);
});

after(async () => {
  await server.close();
});

test('사이트맵의 모든 페이지와 그 페이지의 모든 내부 참조가 GitHub Pages 방식으로 열린다', async () => {
  const result = await crawlServedSite(server, siteEnv);
  assert.ok(result.pageCount >= 10, `사이트맵에 페이지가 너무 적습니다: ${result.pageCount}개`);
  assert.ok(
    result.checkedReferences > result.pageCount,
    `내부 참조를 ${result.checkedReferences}개밖에 확인하지 못했습니다`,
  );
  // npm test의 빌드는 BOOK_PDF=true로 PDF까지 만들므로 홈과 시리즈 소개가 두 PDF로 링크하고, 크롤이 그 200을 확인합니다.
  for (const book of bookEditions) {
    assert.ok(
      result.referencedPaths.has(`${siteEnv.baseUrl}${pdfDir}/${book.pdfFile}`),
      `어느 페이지도 ${book.pdfFile}로 링크하지 않습니다`,
    );
  }
  assert.deepEqual(
    result.problems,
    [],
    `깨진 참조 ${result.problems.length}개:\n${result.problems.join('\n')}`,
  );
});

test('없는 주소는 사이트의 404 페이지를 상태 404로 돌려준다', async () => {
  const response = await fetch(new URL(`${siteEnv.baseUrl}no-such-page`, server.origin));
  assert.equal(response.status, 404);
  const $ = cheerio.load(await response.text());
  assert.equal($('html').attr('lang'), 'ko-KR');
  assert.match($('main').text(), /페이지를 찾을 수 없습니다/);
  // 이슈 #19: 기본 404는 "사이트 관리자에게 알려 주세요"뿐이었습니다. 검색 상자와 장 목록이 있어야 합니다(src/theme/NotFound/Content).
  const form = $('search form[method="get"]');
  assert.equal(
    form.attr('action'),
    `${siteEnv.baseUrl}search`,
    '404 페이지에 검색 페이지로 가는 폼이 없습니다',
  );
  assert.equal(form.find('input[name="q"]').length, 1);
  const links = $('nav a')
    .map((_, link) => $(link).attr('href'))
    .get();
  for (const chapter of chapters) {
    assert.ok(
      links.includes(`${siteEnv.baseUrl}docs${chapter.slug}`),
      `404 페이지에 ${chapter.title} 링크가 없습니다`,
    );
  }
});

test('슬래시 없이 요청한 폴더는 슬래시를 붙인 주소로 리디렉션된다', async () => {
  const response = await fetch(new URL(`${siteEnv.baseUrl}assets`, server.origin), { redirect: 'manual' });
  assert.equal(response.status, 301);
  assert.equal(response.headers.get('location'), `${siteEnv.baseUrl}assets/`);
});
