import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { chapters } from '../../src/data/chapters';
import { buildDir, siteEnv } from '../../scripts/lib/site';

const homeHtml = () => readFile(path.join(buildDir, 'index.html'), 'utf8');

test('홈 페이지는 한국어 문서이고 여섯 장의 카드가 각 장으로 연결된다', async () => {
  const $ = cheerio.load(await homeHtml());
  assert.equal($('html').attr('lang'), 'ko-KR');
  const cardLinks = $('ol[aria-label="시리즈의 장 목록"] > li a')
    .map((_, element) => $(element).attr('href'))
    .get();
  assert.deepEqual(
    cardLinks,
    chapters.map((chapter) => `${siteEnv.baseUrl}docs${chapter.slug}`),
  );
  for (const chapter of chapters) {
    assert.ok($('h3').text().includes(chapter.title), `카드 제목 "${chapter.title}"이 없습니다`);
  }
});

test('템플릿의 흔적이 남아 있지 않다', async () => {
  const html = await homeHtml();
  for (const leftover of ['My Site', 'Dinosaurs', 'docusaurus.png', 'undraw_', 'Docusaurus Tutorial']) {
    assert.ok(!html.includes(leftover), `템플릿 문자열 "${leftover}"이 남아 있습니다`);
  }
});

test('소셜 카드, 파비콘, .nojekyll이 빌드에 들어 있다', async () => {
  const $ = cheerio.load(await homeHtml());
  const ogImage = $('meta[property="og:image"]').attr('content') ?? '';
  assert.match(ogImage, /\/img\/social-card\.png$/);
  assert.ok(
    ogImage.startsWith(`${siteEnv.url}${siteEnv.baseUrl}`),
    `og:image가 배포 주소를 쓰지 않습니다: ${ogImage}`,
  );
  await readFile(path.join(buildDir, 'img/social-card.png'));
  await readFile(path.join(buildDir, 'img/favicon.svg'));
  await readFile(path.join(buildDir, '.nojekyll'));
});

test('다른 호스트에서 글꼴이나 스크립트를 불러오지 않는다', async () => {
  const $ = cheerio.load(await homeHtml());
  const external = $('script[src], link[rel="stylesheet"], link[rel="preload"], link[rel="preconnect"]')
    .map((_, element) => $(element).attr('src') ?? $(element).attr('href'))
    .get()
    .filter((url: string) => /^(https?:)?\/\//.test(url));
  assert.deepEqual(external, []);
});
