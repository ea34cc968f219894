import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { after, before, test } from 'node:test';
import * as cheerio from 'cheerio';
import { blogSite } from '../../src/data/blog';
import { originalSeriesChapters } from '../../src/data/chapters';
import { blogCategories } from '../../src/data/categories';
import { aliasRedirectTable } from '../../src/data/tagAliases';
import { readPosts } from '../support/blog/content';
import { startGhPagesServer, type GhPagesServer } from '../../scripts/lib/ghPagesServer';
import { buildDir, siteEnv } from '../../scripts/lib/site';

const base = siteEnv.baseUrl;
const readBuilt = (relative: string): Promise<string> => readFile(path.join(buildDir, relative), 'utf8');
const loadPage = async (relative: string) => cheerio.load(await readBuilt(relative));

interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly content: string;
}

async function readRssItems(): Promise<FeedItem[]> {
  const $ = cheerio.load(await readBuilt('blog/rss.xml'), { xml: { xmlMode: true } });
  assert.equal($('rss > channel').length, 1, 'rss.xml에 channel이 없습니다');
  return $('rss > channel > item')
    .map((_, item) => ({
      title: $(item).children('title').text(),
      link: $(item).children('link').text(),
      content: $(item).children('content\\:encoded').text(),
    }))
    .get();
}

/** 글 주소(baseUrl 포함)를 빌드 폴더의 파일 경로로 바꿉니다. trailingSlash: false라 `x.html`입니다. */
function postFile(permalink: string): string {
  return `${decodeURI(permalink).slice(base.length)}.html`;
}

const postsByChapter = async () => {
  const items = await readRssItems();
  return originalSeriesChapters.map((chapter) => {
    const item = items.find((candidate) => candidate.title === chapter.original.title);
    assert.ok(
      item,
      `피드에 "${chapter.original.title}"가 없습니다. 원래 시리즈의 글(src/data/chapters.ts의 original)은 제목을 바꾸거나 지울 수 없습니다`,
    );
    return { chapter, permalink: new URL(item.link).pathname };
  });
};

let server: GhPagesServer;
before(async () => {
  server = await startGhPagesServer(buildDir, base);
});
after(async () => {
  await server?.close();
});

test('원래 시리즈의 글이 원래 제목과 날짜로 있고, 블로그 옆 목록과 보관함에 모두 나온다', async () => {
  const posts = await postsByChapter();
  for (const { chapter, permalink } of posts) {
    const $ = await loadPage(postFile(permalink));
    assert.equal($('article header h1').first().text(), chapter.original.title);
    const datetime = $('article header time').first().attr('datetime') ?? '';
    assert.equal(datetime.slice(0, 10), chapter.original.publishedOn, `${chapter.original.title}의 날짜`);
    // 글 머리의 날짜와 읽는 시간 (src/theme/BlogPostItem/Header/Info)
    const [year, month, day] = chapter.original.publishedOn.split('-').map(Number);
    assert.match(
      $('article header time').first().parent().text(),
      new RegExp(`^${year}년 ${month}월 ${day}일 · 약 \\d+분$`),
      `${chapter.original.title}의 글 머리`,
    );
    const sidebarLinks = $('nav[aria-label] a[href^="' + base + 'blog/"]')
      .map((_, link) => $(link).attr('href'))
      .get();
    for (const other of posts) {
      assert.ok(
        sidebarLinks.includes(other.permalink),
        `${permalink}의 옆 목록에 ${other.permalink}가 없습니다`,
      );
    }
  }
  const archive = await loadPage('blog/archive.html');
  const archived = archive('main a[href]')
    .map((_, link) => archive(link).attr('href'))
    .get();
  for (const { permalink } of posts)
    assert.ok(archived.includes(permalink), `보관함에 ${permalink}가 없습니다`);
});

test('글마다 같은 장의 초판과 개정판으로 링크하고, 그 문서가 빌드에 있다', async () => {
  for (const { chapter, permalink } of await postsByChapter()) {
    const $ = await loadPage(postFile(permalink));
    const links = $('#__blog-post-container a[href]')
      .map((_, link) => $(link).attr('href'))
      .get();
    for (const target of [`${base}docs${chapter.slug}`, `${base}docs/2025.02${chapter.slug}`]) {
      assert.ok(links.includes(target), `${chapter.original.title}에 ${target} 링크가 없습니다`);
      await readBuilt(`${target.slice(base.length)}.html`);
    }
  }
});

test('글 머리에 카테고리 빵부스러기가, 글 끝에 같은 카테고리의 다른 글 상자가 있다', async () => {
  const posts = await postsByChapter();
  const newestFirst = [...posts].reverse();
  for (const { chapter, permalink } of posts) {
    const $ = await loadPage(postFile(permalink));
    const crumbs = $('nav[aria-label="카테고리"]').first();
    assert.equal(crumbs.text().replace(/\s+/g, ' ').trim(), '정리용 › Docker');
    assert.deepEqual(
      crumbs
        .find('a')
        .map((_, link) => $(link).attr('href'))
        .get(),
      [`${base}blog/category/notes`, `${base}blog/category/notes/docker`],
    );
    const box = $('section[aria-labelledby="category-other-posts"]');
    assert.equal(box.find('h2').text(), '‘정리용 > Docker’ 카테고리의 다른 글');
    const listed = box
      .find('li')
      .map((_, item) => ({
        href: $(item).find('a').attr('href'),
        title: $(item).find('a').text(),
        date: $(item).find('time').text(),
      }))
      .get();
    const expected = newestFirst
      .filter((other) => other.permalink !== permalink)
      .map((other) => ({
        href: other.permalink,
        title: other.chapter.original.title,
        date: other.chapter.original.publishedOn.replaceAll('-', '.'),
      }));
    // 같은 카테고리에 새 글이 있으면 그 글도 상자에 나오므로, 원래 시리즈의 다른 글이 모두 최신순으로 있는지만 봅니다.
    const seriesHrefs = new Set(expected.map((other) => other.href));
    assert.deepEqual(
      listed.filter((other) => other.href !== undefined && seriesHrefs.has(other.href)),
      expected,
      `${chapter.original.title}의 다른 글 상자`,
    );
  }
});

test('카테고리 페이지는 그 카테고리(와 하위 카테고리)의 글만, 빠짐없이 보여 준다', async () => {
  const items = await readRssItems();
  const sources = await readPosts();
  const postsWithCategory = sources.map((post) => {
    const item = items.find((candidate) => candidate.title === post.frontMatter.title);
    assert.ok(item, `피드에 ${post.file}의 글이 없습니다`);
    return { category: String(post.frontMatter.category), permalink: new URL(item.link).pathname };
  });
  const categoryPages = blogCategories.flatMap((parent) => [
    { file: `blog/category/${parent.slug}.html`, label: parent.label },
    ...(parent.children ?? []).map((child) => ({
      file: `blog/category/${parent.slug}/${child.slug}.html`,
      label: `${parent.label}/${child.label}`,
    })),
  ]);
  for (const { file, label } of categoryPages) {
    const $ = await loadPage(file);
    const listed = $('main ol a[href]')
      .map((_, link) => $(link).attr('href'))
      .get()
      .sort();
    const expected = postsWithCategory
      .filter((post) => post.category === label || post.category.startsWith(`${label}/`))
      .map((post) => post.permalink)
      .sort();
    assert.deepEqual(listed, expected, `${file}의 글 목록 (카테고리 ${label})`);
  }
  const index = await loadPage('blog/category.html');
  const indexLinks = index('main a[href^="' + base + 'blog/category/"]')
    .map((_, link) => index(link).attr('href'))
    .get();
  assert.deepEqual(
    indexLinks,
    categoryPages.map(({ file }) => `${base}${file.replace(/\.html$/, '')}`),
  );
  assert.match(index('main').text(), /배운 것을 정리하는 글/);
});

test('원래 태그 구름의 다른 철자 주소는 정식 태그 페이지로 넘어간다', async () => {
  const table = aliasRedirectTable();
  assert.ok(table.length >= 7, '리다이렉트 표가 비었습니다');
  for (const { segment, canonical } of table) {
    const response = await fetch(`${server.siteUrl}blog/tags/${encodeURIComponent(segment)}`);
    assert.equal(response.status, 200, `${segment}: ${response.status}`);
    const $ = cheerio.load(await response.text());
    const target = `${base}blog/tags/${canonical}`;
    assert.equal($('meta[http-equiv="refresh"]').attr('content'), `0; url=${target}`, segment);
    assert.match($('script').text(), new RegExp(`window\\.location\\.href = '${target}'`), segment);
    const canonicalPage = await fetch(`${server.origin}${target}`);
    assert.equal(canonicalPage.status, 200, `${target}가 없습니다`);
    assert.doesNotMatch(await canonicalPage.text(), /http-equiv="refresh"/, `${target}가 또 넘깁니다`);
  }
});

test('RSS와 Atom 피드는 XML로 읽히고 모든 글의 전문을 담는다', async () => {
  const rss = await readRssItems();
  const postCount = (await readdir(path.resolve('blog'))).filter((file) => /\.mdx?$/.test(file)).length;
  assert.equal(rss.length, postCount, `RSS의 글 수가 blog/의 글 파일 수(${postCount})와 다릅니다`);
  const seriesTitles = new Set<string>(originalSeriesChapters.map((chapter) => chapter.original.title));
  for (const item of rss) {
    // 원래 시리즈의 글은 모두 `직접 해 보기` 절로 끝나므로, 요약이 아니라 전문이면 그 말이 있습니다.
    if (seriesTitles.has(item.title)) {
      assert.match(item.content, /직접 해 보기/, `${item.title}의 RSS 본문이 전문이 아닙니다`);
    }
    assert.ok(item.content.includes('</'), `${item.title}의 RSS 본문이 비었습니다`);
    assert.ok(item.link.startsWith(siteEnv.url), item.link);
  }
  const $ = cheerio.load(await readBuilt('blog/atom.xml'), { xml: { xmlMode: true } });
  const entries = $('feed > entry');
  assert.equal(entries.length, postCount, `Atom의 글 수가 blog/의 글 파일 수(${postCount})와 다릅니다`);
  entries.each((_, entry) => {
    if (seriesTitles.has($(entry).children('title').text())) {
      assert.match($(entry).children('content').text(), /직접 해 보기/);
    }
  });
  for (const feed of ['blog/rss.xml', 'blog/atom.xml']) {
    const source = await readBuilt(feed);
    assert.match(source, /^<\?xml version="1\.0" encoding="utf-8"\?>/);
    const outsideCdata = source.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
    assert.doesNotMatch(
      outsideCdata,
      /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i,
      `${feed}에 이스케이프하지 않은 &가 있습니다`,
    );
  }
});

test('블로그 목록, 태그 페이지, 글 페이지는 제목(h1)이 꼭 하나다', async () => {
  const $list = await loadPage('blog.html');
  assert.deepEqual(
    $list('h1')
      .map((_, element) => $list(element).text().trim())
      .get(),
    [blogSite.title],
  );
  for (const page of ['blog/tags/docker.html', 'blog/docker-network.html']) {
    const $ = await loadPage(page);
    assert.equal($('h1').length, 1, `${page}의 h1이 ${$('h1').length}개입니다`);
  }
});

// 이슈 #19: 태그 페이지 제목이 "1개 게시물개의 게시물이 있습니다"였습니다(i18n/ko/code.json의 theme.blog.tagTitle).
test('블로그 태그 페이지의 제목은 글 수를 한 번만, 바른 한국어로 말한다', async () => {
  const tagDir = path.join(buildDir, 'blog', 'tags');
  const { readdir } = await import('node:fs/promises');
  const files = (await readdir(tagDir)).filter((name) => name.endsWith('.html'));
  assert.ok(files.length > 0, 'blog/tags/*.html이 없습니다');
  for (const file of files) {
    const $ = await loadPage(`blog/tags/${file}`);
    const title = $('h1').first().text().trim();
    assert.match(title, /^"[^"]+" 태그가 붙은 글 \d+개$/, `blog/tags/${file}의 제목: ${title}`);
  }
});

// 이슈 #19: 글 끝의 "이전/다음"이 시리즈와 거꾸로였습니다(3장 끝의 "다음 게시물"이 2장). src/theme/BlogPostPaginator
test('글 끝의 이전 글·다음 글은 시리즈 순서를 따른다', async () => {
  const posts = await postsByChapter();
  for (const [index, { chapter, permalink }] of posts.entries()) {
    const $ = await loadPage(postFile(permalink));
    const nav = $('nav.pagination-nav');
    const prev = nav.find('a.pagination-nav__link--prev');
    const next = nav.find('a.pagination-nav__link--next');
    const expectedPrev = posts[index - 1];
    const expectedNext = posts[index + 1];
    assert.equal(
      prev.attr('href'),
      expectedPrev?.permalink,
      `${chapter.original?.title ?? chapter.title}의 이전 글`,
    );
    assert.equal(
      next.attr('href'),
      expectedNext?.permalink,
      `${chapter.original?.title ?? chapter.title}의 다음 글`,
    );
    if (expectedPrev)
      assert.match(prev.text(), /^이전 글/, `${chapter.original?.title ?? chapter.title}: ${prev.text()}`);
    if (expectedNext)
      assert.match(next.text(), /^다음 글/, `${chapter.original?.title ?? chapter.title}: ${next.text()}`);
  }
});
