import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, test } from 'node:test';
import { chapters, chaptersIn, type Chapter } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { deepDiveErrata } from '../../src/data/errata';
import { loadBuiltPage, withBase } from '../support/builtPage';
import { buildDir, siteEnv } from '../../scripts/lib/site';

const firstEditionDocs = [
  { slug: '', title: '시리즈 소개' },
  ...chaptersIn('first'),
  { slug: '/glossary', title: '용어집' },
];

describe('두 판에 실린 장(src/data/chapters.ts의 editions)은 두 판 모두에 있다', () => {
  for (const chapter of chaptersIn('first')) {
    test(`${chapter.title}: 개정판과 초판`, async () => {
      const revised = await loadBuiltPage(`${editions.revised.basePath}${chapter.slug}`);
      const first = await loadBuiltPage(`${editions.first.basePath}${chapter.slug}`);
      assert.ok(revised('article h1').text().length > 0);
      // 초판은 원래 글의 제목에서 말머리 `[Docker] `만 뺀 제목을 씁니다.
      assert.equal(first('article h1').text(), chapter.original.title.replace(/^\[Docker\] /, ''));
      assert.ok(first('.theme-doc-version-badge').text().includes(editions.first.label));
      assert.ok(revised('.theme-doc-version-badge').text().includes(editions.revised.label));
      assert.equal(revised('.theme-doc-version-banner').length, 0, '개정판에는 배너가 없어야 합니다');
    });
  }
});

describe('초판의 모든 페이지는 배너로 같은 장의 개정판을 안내한다', () => {
  for (const doc of firstEditionDocs) {
    test(doc.title, async () => {
      const $ = await loadBuiltPage(`${editions.first.basePath}${doc.slug}`);
      const banner = $('.theme-doc-version-banner');
      assert.equal(banner.length, 1, '배너가 없습니다');
      assert.match(banner.text(), /초판 \(2025\.02\)/);
      assert.equal(banner.find('a').attr('href'), withBase(`${editions.revised.basePath}${doc.slug}`));
      assert.equal(
        $('link[rel="canonical"]').attr('href'),
        `${siteEnv.url}${withBase(`${editions.first.basePath}${doc.slug}`)}`,
        'canonical은 초판 페이지 자신을 가리켜야 합니다',
      );
      assert.equal(
        $('meta[name="robots"][content*="noindex"]').length,
        0,
        '초판은 noindex가 아니어야 합니다',
      );
    });
  }
});

test('초판 심화 장은 원래 글의 실수마다 정정 상자를, 빠진 곳마다 보강 상자를 두고 개정판의 있는 앵커로 연결한다', async () => {
  const first = await loadBuiltPage(`${editions.first.basePath}/deep-dive`);
  const revised = await loadBuiltPage(`${editions.revised.basePath}/deep-dive`);
  const boxLinks = (kind: string): string[] =>
    first('.theme-admonition-caution')
      .filter((_, box) => first(box).text().includes(kind))
      // 상자 안의 용어집 링크(plugins/remark-glossary-links)는 초판 용어집으로 가므로 정정·보강 링크가 아닙니다.
      .find('a:not(.glossary-link)')
      .map((_, link) => first(link).attr('href'))
      .get();
  const linksByKind = { 정정: boxLinks('정정'), 보강: boxLinks('보강') };
  for (const erratum of deepDiveErrata) {
    const expected = `${withBase(`${editions.revised.basePath}/deep-dive`)}#${erratum.revisedAnchor}`;
    assert.ok(
      linksByKind[erratum.kind].includes(expected),
      `${erratum.kind} "${erratum.id}"의 링크 ${expected}가 ${erratum.kind} 상자에 없습니다`,
    );
    assert.equal(
      revised(`[id="${erratum.revisedAnchor}"]`).length,
      1,
      `개정판에 #${erratum.revisedAnchor}가 없습니다`,
    );
  }
  for (const href of [...linksByKind.정정, ...linksByKind.보강]) {
    const anchor = href.split('#')[1] ?? '';
    assert.equal(revised(`[id="${anchor}"]`).length, 1, `정정·보강 링크 ${href}의 앵커가 개정판에 없습니다`);
  }
});

test('초판 본문의 링크는 초판 안에 머문다 (배너와 그 아래 변경 내역 줄, 정정 상자만 개정판으로 간다)', async () => {
  const docsRoot = withBase('/docs');
  const firstRoot = withBase(editions.first.basePath);
  const escapes: string[] = [];
  let checked = 0;
  for (const doc of firstEditionDocs) {
    const $ = await loadBuiltPage(`${editions.first.basePath}${doc.slug}`);
    const content = $('article, .pagination-nav, .theme-doc-sidebar-container');
    content
      .find('.theme-doc-version-banner, [data-edition-changes-link], .theme-admonition-caution')
      .remove();
    content.find('a[href]').each((_, link) => {
      const href = $(link).attr('href') ?? '';
      if (!href.startsWith(docsRoot)) return;
      checked += 1;
      if (href !== firstRoot && !href.startsWith(`${firstRoot}/`))
        escapes.push(`${doc.slug || '/'}: ${href}`);
    });
  }
  assert.ok(checked > 50, `초판 안의 문서 링크를 ${checked}개밖에 찾지 못했습니다`);
  assert.deepEqual(escapes, [], `초판 밖으로 나가는 링크:\n${escapes.join('\n')}`);
});

test('사이트맵에 두 판의 모든 장이 있다', async () => {
  const sitemap = await readFile(path.join(buildDir, 'sitemap.xml'), 'utf8');
  for (const [key, edition] of Object.entries(editions)) {
    for (const chapter of chaptersIn(key as keyof typeof editions)) {
      const loc = `${siteEnv.url}${withBase(`${edition.basePath}${chapter.slug}`)}`;
      assert.ok(sitemap.includes(`<loc>${loc}</loc>`), `사이트맵에 ${loc}가 없습니다`);
    }
  }
});

test('변경 내역 페이지는 장마다 그 장이 실린 판의 해당 부분으로 연결한다', async () => {
  const $ = await loadBuiltPage('/docs/changes');
  for (const chapter of chapters as readonly Chapter[]) {
    const section = $(`section[aria-labelledby="changes-${chapter.id}"]`);
    assert.equal(section.length, 1, `${chapter.title}의 변경 내역이 없습니다`);
    const hrefs = section
      .find('a')
      .map((_, link) => $(link).attr('href'))
      .get();
    const revisedOnly = !chapter.editions.includes('first');
    assert.ok(
      hrefs.some((href) =>
        href.startsWith(
          `${withBase(`${editions.revised.basePath}${chapter.slug}`)}${revisedOnly ? '' : '#'}`,
        ),
      ),
      `${chapter.title}: 개정판 링크가 없습니다`,
    );
    if (revisedOnly) continue;
    assert.ok(
      hrefs.some((href) => href.startsWith(`${withBase(`${editions.first.basePath}${chapter.slug}`)}#`)),
      `${chapter.title}: 초판 링크가 없습니다`,
    );
  }
});

test('홈은 장 카드 앞에서 어느 판을 읽을지 권하고 두 판과 변경 내역으로 연결한다', async () => {
  const $ = await loadBuiltPage('/');
  const advice = $('[data-edition-advice]');
  assert.equal(advice.length, 1, '홈에 판 안내가 없습니다');
  const text = advice.text();
  assert.match(text, /개정판을\s*읽으세요/, `개정판을 권하지 않습니다: ${text}`);
  assert.match(text, /초판 \(2025\.02\)/);
  assert.match(text, /정정 상자/, '초판이 어떤 판인지(정정 상자를 붙인 원래 글) 말하지 않습니다');
  const hrefs = advice
    .find('a')
    .map((_, link) => $(link).attr('href'))
    .get();
  for (const path of [
    editions.revised.basePath,
    editions.first.basePath,
    `${editions.revised.basePath}/changes`,
  ]) {
    assert.ok(
      hrefs.includes(withBase(path)),
      `판 안내에 ${withBase(path)} 링크가 없습니다: ${hrefs.join(', ')}`,
    );
  }
  const cards = $('ol[aria-label="시리즈의 장 목록"]');
  assert.ok(
    advice.nextAll().is(cards) || advice.nextAll().find(cards).length > 0,
    '판 안내가 장 카드보다 앞에 있어야 합니다',
  );
});

describe('초판의 장은 배너에서 변경 내역의 그 장 부분으로 연결한다', () => {
  for (const chapter of chaptersIn('first')) {
    test(chapter.title, async () => {
      const $ = await loadBuiltPage(`${editions.first.basePath}${chapter.slug}`);
      const links = $('.theme-doc-version-banner')
        .parent()
        .find('[data-edition-changes-link] a')
        .map((_, link) => $(link).attr('href'))
        .get();
      const changesPath = withBase(`${editions.revised.basePath}/changes`);
      const toChanges = links.filter((href) => href.startsWith(`${changesPath}#`));
      assert.equal(
        toChanges.length,
        1,
        `배너에 변경 내역의 장 링크가 하나 있어야 합니다: ${links.join(', ')}`,
      );
      const anchor = (toChanges[0] ?? '').split('#')[1] ?? '';
      const changes = await loadBuiltPage(`${editions.revised.basePath}/changes`);
      const target = changes(`[id="${anchor}"]`);
      assert.equal(target.length, 1, `변경 내역에 #${anchor}가 없습니다`);
      const section = changes(`section[aria-labelledby="${anchor}"]`);
      assert.equal(section.length, 1, `#${anchor}는 변경 내역의 장 부분이 아닙니다`);
      assert.ok(
        section.find(`a[href^="${withBase(`${editions.first.basePath}${chapter.slug}#`)}"]`).length > 0,
        `#${anchor}는 ${chapter.title}의 부분이 아닙니다(초판의 이 장으로 가는 항목이 없음)`,
      );
      assert.ok(target.text().includes(chapter.title), `#${anchor}의 제목에 ${chapter.title}이 없습니다`);
    });
  }
});
