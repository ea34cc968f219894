import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { freshQueries } from '../../src/data/searchQueriesFresh';
import { heldOutQueries } from '../../src/data/searchQueriesHeldOut';
import { sectionQueries } from '../../src/data/searchSectionQueries';
import type { SearchIndexFile } from '../../src/search/indexFormat';
import { readSearchIndexes, sitePath } from '../support/search';
import { buildDir, siteEnv } from '../../scripts/lib/site';
import { searchIndexGzipBudget } from '../budgets';

/** 빌드의 판 목록: 개정판(current)과 `versions.json`에 있는 판 */
async function editionNames(): Promise<string[]> {
  try {
    const versions: unknown = JSON.parse(await readFile('versions.json', 'utf8'));
    return ['current', ...(Array.isArray(versions) ? versions.map(String) : [])];
  } catch {
    return ['current'];
  }
}

const otherEditionPrefixes = (edition: string, all: readonly string[]): string[] =>
  all.filter((name) => name !== 'current' && name !== edition).map((name) => `/docs/${name}`);

function docsPaths(index: SearchIndexFile): string[] {
  return index.pages.filter((page) => page.kind === 'docs').map((page) => sitePath(page.url));
}

/** 사이트맵에 있는 그 판의 문서 페이지(태그 페이지 제외) */
async function sitemapDocs(edition: string, all: readonly string[]): Promise<string[]> {
  const sitemap = await readFile(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const prefix = edition === 'current' ? '/docs' : `/docs/${edition}`;
  const others = otherEditionPrefixes(edition, all);
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map(([, loc = '']) => sitePath(new URL(loc).pathname))
    .filter((route) => route === prefix || route.startsWith(`${prefix}/`))
    .filter((route) => !others.some((other) => route === other || route.startsWith(`${other}/`)))
    .filter((route) => !/\/tags(\/|$)/.test(route))
    .sort();
}

test('판마다 색인 파일이 하나씩 있다', async () => {
  const indexes = await readSearchIndexes();
  assert.deepEqual([...indexes.keys()].sort(), (await editionNames()).sort());
  for (const [name, index] of indexes) assert.equal(index.edition, name);
});

test('각 판의 색인에는 그 판의 문서 페이지만, 빠짐없이 들어 있다', async () => {
  const all = await editionNames();
  const indexes = await readSearchIndexes();
  for (const edition of all) {
    const index = indexes.get(edition);
    assert.ok(index, `${edition} 색인이 없습니다`);
    assert.deepEqual(docsPaths(index).sort(), await sitemapDocs(edition, all), `${edition} 색인의 문서 목록`);
    for (const page of index.pages) {
      assert.ok(page.url.startsWith(siteEnv.baseUrl), `${page.url}이 base 경로 ${siteEnv.baseUrl} 밖입니다`);
    }
  }
});

test('태그, 목록, 보관함, 작성자 페이지는 색인하지 않는다', async () => {
  for (const [edition, index] of await readSearchIndexes()) {
    const listPages = index.pages
      .map((page) => sitePath(page.url))
      .filter((route) =>
        /\/tags(\/|$)|^\/blog(\/(archive|authors|page|category|tags)(\/|$)|$)|^\/search$/.test(route),
      );
    assert.deepEqual(listPages, [], `${edition} 색인에 목록 페이지가 있습니다`);
  }
});

test('블로그 글은 모든 판의 색인에 똑같이 들어 있다', async () => {
  const blogSets = [...(await readSearchIndexes()).values()].map((index) =>
    index.pages
      .filter((page) => page.kind === 'blog')
      .map((page) => page.url)
      .sort(),
  );
  for (const blogPages of blogSets) assert.deepEqual(blogPages, blogSets[0]);
});

test('한국어 단어와 조사를 뗀 형태가 색인에 있다', async () => {
  for (const [edition, index] of await readSearchIndexes()) {
    for (const term of ['컨테이너', '네트워크', '이미지', 'docker', 'cgroups', 'namespace']) {
      assert.ok(index.terms[term], `${edition} 색인에 ${term}이 없습니다`);
    }
    // 조사가 붙은 형태로 나온 모든 절은 조사를 뗀 형태로도 찾을 수 있어야 합니다.
    const pairs: readonly (readonly [string, string])[] = [
      ['컨테이너를', '컨테이너'],
      ['컨테이너에서', '컨테이너'],
      ['네트워크의', '네트워크'],
      ['드라이버를', '드라이버'],
      ['namespace를', 'namespace'],
    ];
    for (const [inflected, stem] of pairs) {
      const inflectedSections = (index.terms[inflected] ?? []).filter((_, position) => position % 2 === 0);
      assert.ok(inflectedSections.length > 0, `${edition} 색인에 ${inflected}가 없습니다`);
      const stemSections = new Set((index.terms[stem] ?? []).filter((_, position) => position % 2 === 0));
      const missing = inflectedSections.filter((section) => !stemSections.has(section));
      assert.deepEqual(missing, [], `${edition}: ${inflected}가 나온 절이 ${stem}으로 색인되지 않았습니다`);
    }
  }
});

test('절은 제목의 id로 대상 페이지의 위치를 가리킨다', async () => {
  for (const [edition, index] of await readSearchIndexes()) {
    for (const section of index.sections) {
      assert.ok(index.pages[section.page], `${edition}: 절이 없는 페이지를 가리킵니다`);
      assert.match(section.anchor, /^[A-Za-z0-9_\-\u3131-\ud7a3%]*$/, `${edition}: 절 id ${section.anchor}`);
      assert.ok(
        !section.text.includes('\u200b'),
        `${edition}: 제목 링크의 보이지 않는 문자가 본문에 남았습니다`,
      );
    }
  }
});

test('첫 화면의 HTML은 색인을 미리 불러오지 않는다', async () => {
  const html = await readFile(path.join(buildDir, 'docs', 'network.html'), 'utf8');
  assert.ok(!/<link[^>]+search-index/.test(html), '색인을 preload/prefetch합니다');
  assert.ok(!html.includes('search-index/current.json"'), '색인을 HTML에서 부릅니다');
});

test('절 단위 검색 기준이 가리키는 절(제목 id)이 모두 색인에 있다', async () => {
  // 장의 제목 id가 바뀌면 기준이 아무도 모르게 틀리지 않도록, 기준의 `페이지#id`가 빌드에 있는지 먼저 봅니다.
  const indexes = await readSearchIndexes();
  const missing: string[] = [];
  for (const testCase of [...sectionQueries, ...heldOutQueries, ...freshQueries]) {
    const index = indexes.get(testCase.edition);
    const known = new Set(
      (index?.sections ?? []).flatMap((section) => {
        const route = sitePath(index?.pages[section.page]?.url ?? '');
        return section.anchor ? [route, `${route}#${section.anchor}`] : [route];
      }),
    );
    for (const target of testCase.first) {
      if (!known.has(target)) missing.push(`[${testCase.edition}] ${testCase.query}: ${target}`);
    }
  }
  assert.deepEqual(missing, []);
});

test('절 본문은 블록 사이를 줄바꿈으로 나눠 두어 발췌문이 블록을 잇지 않는다', async () => {
  for (const [edition, index] of await readSearchIndexes()) {
    const withBlocks = index.sections.filter((section) => section.text.includes('\n')).length;
    assert.ok(
      withBlocks > index.sections.length / 2,
      `${edition}: 블록으로 나뉜 절이 ${withBlocks}개뿐입니다`,
    );
    const chapterLead = index.sections.find(
      (section) => section.level === 1 && section.text.includes('기준 버전 Docker Engine'),
    );
    assert.equal(chapterLead, undefined, `${edition}: 장마다 되풀이되는 기준 버전 줄이 색인에 있습니다`);
  }
});

test('판마다 검색 색인은 gzip 예산(tests/budgets.ts) 안에 있다', async () => {
  const indexes = await readSearchIndexes();
  assert.ok(indexes.size > 0, '색인 파일이 없습니다');
  for (const name of indexes.keys()) {
    const budget = searchIndexGzipBudget[name];
    assert.ok(budget !== undefined, `${name} 판의 색인 예산이 tests/budgets.ts에 없습니다`);
    const bytes = gzipSync(await readFile(path.join(buildDir, 'search-index', `${name}.json`))).length;
    assert.ok(
      bytes <= budget,
      `${name} 색인 ${(bytes / 1024).toFixed(1)} KiB(gzip) > 예산 ${(budget / 1024).toFixed(1)} KiB. 늘린 까닭을 적고 예산을 1.1배로 고치세요`,
    );
  }
});
