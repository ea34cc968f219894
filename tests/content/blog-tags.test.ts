import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aliasRedirectTable, canonicalTagKey, tagAliases, unusedCloudTags } from '../../src/data/tagAliases';
import { readPosts, readTagsFile, stringList } from '../support/blog/content';

const lower = (value: string): string => value.toLowerCase();

test('어떤 글도 다른 시리즈의 태그(React 훅, git, ssh)를 쓰지 않는다', async () => {
  const posts = await readPosts();
  assert.ok(posts.length > 0, 'blog/에서 글을 찾지 못했습니다');
  const forbidden = new Set(unusedCloudTags.map((tag) => lower(tag.name)));
  for (const post of posts) {
    const tags = stringList(post.frontMatter.tags);
    assert.ok(tags.length > 0, `${post.file}에 태그가 없습니다`);
    const used = tags.filter((tag) => forbidden.has(lower(tag)));
    assert.deepEqual(used, [], `${post.file}가 쓰지 않기로 한 태그를 씁니다`);
  }
});

test('쓰지 않는 태그와 다른 철자는 tags.yml에 정식 태그로 선언되지 않는다', async () => {
  for (const file of ['blog/tags.yml', 'docs/tags.yml']) {
    const keys = Object.keys(await readTagsFile(file)).map(lower);
    for (const tag of unusedCloudTags) {
      assert.ok(!keys.includes(lower(tag.name)), `${file}가 쓰지 않는 태그 "${tag.name}"를 선언합니다`);
    }
    for (const alias of tagAliases) {
      if (lower(alias.variant) === alias.canonical) continue;
      assert.ok(!keys.includes(lower(alias.variant)), `${file}가 다른 철자 "${alias.variant}"를 선언합니다`);
    }
  }
});

test('모든 별칭은 blog/tags.yml에 선언된 정식 태그를 가리킨다', async () => {
  const blogTags = await readTagsFile('blog/tags.yml');
  assert.ok(tagAliases.length > 0);
  for (const alias of tagAliases) {
    assert.ok(alias.canonical in blogTags, `"${alias.variant}"의 정식 태그 "${alias.canonical}"가 없습니다`);
    assert.equal(canonicalTagKey(alias.variant), alias.canonical);
  }
  for (const { segment, canonical } of aliasRedirectTable()) {
    assert.ok(canonical in blogTags, `주소 조각 ${segment}의 정식 태그 ${canonical}가 없습니다`);
    assert.ok(
      !segment.includes('#') && !segment.includes('/'),
      `주소 조각 "${segment}"는 경로가 될 수 없습니다`,
    );
  }
});

test('원래 태그 구름의 ASAC 철자는 모두 하나의 정식 태그로 모인다', () => {
  const asacFamily = ['asac7기', 'asac7', 'asac7#asac', 'acas#acas7기', 'asac#asac7기', 'acac', 'ASAC'];
  const canonicals = new Set(asacFamily.map(canonicalTagKey));
  assert.deepEqual([...canonicals], ['asac']);
});

test('두 tags.yml은 permalink를 /<키>로 쓰고, 같은 키는 같은 라벨과 permalink를 쓴다', async () => {
  const blogTags = await readTagsFile('blog/tags.yml');
  const docsTags = await readTagsFile('docs/tags.yml');
  for (const [file, tags] of [
    ['blog/tags.yml', blogTags],
    ['docs/tags.yml', docsTags],
  ] as const) {
    for (const [key, tag] of Object.entries(tags)) {
      assert.equal(tag.permalink, `/${key}`, `${file}의 ${key}`);
      assert.equal(key, lower(key), `${file}의 키 ${key}는 소문자여야 합니다`);
      assert.ok((tag.description ?? '').length > 0, `${file}의 ${key}에 설명이 없습니다`);
    }
  }
  const shared = Object.keys(blogTags).filter((key) => key in docsTags);
  assert.ok(shared.length > 0);
  for (const key of shared) {
    assert.equal(blogTags[key]?.label, docsTags[key]?.label, `${key}의 라벨이 다릅니다`);
    assert.equal(blogTags[key]?.permalink, docsTags[key]?.permalink, `${key}의 permalink가 다릅니다`);
  }
});

test('글이 쓰는 태그는 모두 blog/tags.yml에 있다', async () => {
  const blogTags = await readTagsFile('blog/tags.yml');
  const posts = await readPosts();
  for (const post of posts) {
    for (const tag of stringList(post.frontMatter.tags)) {
      assert.ok(tag in blogTags, `${post.file}의 태그 ${tag}가 blog/tags.yml에 없습니다`);
    }
  }
});
