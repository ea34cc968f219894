import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapters } from '../../src/data/chapters';
import { blogCategories } from '../../src/data/categories';
import { readPosts, stringList } from '../support/blog/content';

/** 앞부분의 date. YAML 1.2 파서는 날짜를 문자열로 두므로, 시각과 시간대까지 적혔는지 확인하고 바꿉니다. */
function postDate(file: string, value: unknown): Date {
  const text = value instanceof Date ? value.toISOString() : String(value);
  assert.match(
    text,
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})$/,
    `${file}의 date는 시각과 시간대까지 적어야 합니다`,
  );
  return new Date(text);
}

const hangulSyllables = (text: string): number => (text.match(/[\uac00-\ud7a3]/g) ?? []).length;

test('장마다 글이 하나씩, 원래 제목과 날짜로 있다', async () => {
  const posts = await readPosts();
  assert.equal(posts.length, chapters.length);
  for (const chapter of chapters) {
    const post = posts.find((candidate) => candidate.frontMatter.title === chapter.originalTitle);
    assert.ok(post, `"${chapter.originalTitle}" 글이 없습니다`);
    const date = postDate(post.file, post.frontMatter.date);
    const kst = new Date(date.getTime() + 9 * 3600_000).toISOString().slice(0, 10);
    assert.equal(kst, chapter.publishedOn, `${post.file}의 날짜`);
    assert.deepEqual(stringList(post.frontMatter.authors), ['docker-study']);
    assert.match(String(post.frontMatter.slug), /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(String(post.frontMatter.description ?? '').length > 20, `${post.file}에 설명이 없습니다`);
    assert.match(post.body, new RegExp(`<ChapterEditionLinks slug="${chapter.slug}" />`));
  }
});

test('같은 날 올라온 글은 원래 순서대로 시각이 늘어난다', async () => {
  const posts = await readPosts();
  const dates = chapters.map((chapter) => {
    const post = posts.find((candidate) => candidate.frontMatter.title === chapter.originalTitle);
    assert.ok(post);
    return postDate(post.file, post.frontMatter.date).getTime();
  });
  for (const [index, date] of dates.entries()) {
    const previous = dates[index - 1];
    if (previous === undefined) continue;
    assert.ok(date > previous, `${chapters[index]?.originalTitle}가 앞 글보다 뒤여야 합니다`);
  }
});

test('심화 글의 날짜에는 그렇게 정한 이유가 주석으로 적혀 있다', async () => {
  const { readFile } = await import('node:fs/promises');
  const posts = await readPosts();
  const deepDive = posts.find((post) => post.frontMatter.title === '*. 심화 내용');
  assert.ok(deepDive);
  const source = await readFile(deepDive.file, 'utf8');
  const frontMatter = source.split('\n---\n')[0] ?? '';
  assert.match(frontMatter, /^# .*2025-02-22/m);
});

test('글은 카테고리에 속하고, 여는 문단 뒤에 truncate 표시가 있고, 분량이 알맞다', async () => {
  const known = blogCategories.flatMap((parent) => [
    parent.label,
    ...(parent.children ?? []).map((child) => `${parent.label}/${child.label}`),
  ]);
  for (const post of await readPosts()) {
    assert.ok(known.includes(String(post.frontMatter.category)), `${post.file}의 category`);
    const [opening] = post.body.split('{/* truncate */}');
    assert.ok(opening !== undefined && opening !== post.body, `${post.file}에 truncate 표시가 없습니다`);
    assert.ok(hangulSyllables(opening) < 400, `${post.file}의 truncate 앞부분이 깁니다`);
    const syllables = hangulSyllables(post.body);
    assert.ok(syllables >= 1400 && syllables <= 2600, `${post.file}의 분량이 ${syllables}자입니다`);
  }
});

test('코드 블록에는 언어가 있고 프롬프트($)가 없으며, 명령의 결과는 text 블록에 따로 있다', async () => {
  for (const post of await readPosts()) {
    const blocks = [...post.body.matchAll(/^```(\S*)\n([\s\S]*?)^```$/gm)];
    assert.ok(blocks.length >= 2, `${post.file}에 예시가 없습니다`);
    for (const [, language, code] of blocks) {
      assert.ok(language, `${post.file}에 언어가 없는 코드 블록이 있습니다`);
      if (language === 'bash') {
        assert.doesNotMatch(code ?? '', /^\$ /m, `${post.file}의 명령에 프롬프트가 있습니다`);
      }
    }
    assert.ok(
      blocks.some(([, language]) => language === 'text'),
      `${post.file}에 실행 결과(text) 블록이 없습니다`,
    );
  }
});
