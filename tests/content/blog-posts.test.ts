import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import { chapters } from '../../src/data/chapters';
import { findSiteContent, repositoryRoot } from '../../scripts/lib/content/contentFiles';
import { readPosts } from '../support/blog/content';
import {
  blogPostRules,
  checkBlogPost,
  checkOriginalSeriesPosts,
  createDocumentLoader,
} from '../../scripts/lib/content/contentRules';
import { formatProblem, parseMarkdownDocument, type MarkdownDocument } from '../../src/lib/content/markdown';

/*
 * 블로그의 규칙은 scripts/lib/content/contentRules.ts에 있고 `scripts/check-content.ts`도 같은 규칙을 돌립니다. 여기서는
 * 실제 글이 규칙을 지키는지와, 규칙을 어기면 규칙과 고칠 방법을 말하며 실패하는지를 봅니다.
 */
const content = findSiteContent(repositoryRoot);
const loadDocument = createDocumentLoader();
const posts = content.blogPostFiles.flatMap((file) => loadDocument(file) ?? []);
const context = { declaredTags: null, declaredAuthors: null };

test('원래 시리즈의 글은 원래 제목, 날짜, 순서로 있다 (그 밖의 글은 몇 개든 괜찮다)', () => {
  assert.deepEqual(
    checkOriginalSeriesPosts(posts, chapters, content.blogDirectory).map((problem) =>
      formatProblem(problem, repositoryRoot),
    ),
    [],
  );
});

test('모든 글이 블로그 규칙(시간대가 있는 date, slug, 카테고리, 분량, 도입부, text 블록)을 지킨다', () => {
  assert.ok(posts.length > 0, 'blog/에 글이 없습니다');
  assert.deepEqual(
    posts
      .flatMap((post) => checkBlogPost(post, context))
      .map((problem) => formatProblem(problem, repositoryRoot)),
    [],
  );
});

test('심화 글의 날짜에는 그렇게 정한 이유가 주석으로 적혀 있다', async () => {
  const deepDive = (await readPosts()).find((post) => post.frontMatter.title === '*. 심화 내용');
  assert.ok(deepDive, '"*. 심화 내용" 글이 없습니다');
  const source = await readFile(deepDive.file, 'utf8');
  const frontMatter = source.split('\n---\n')[0] ?? '';
  assert.match(frontMatter, /^# .*2025-02-22/m);
});

describe('규칙을 어기면 규칙과 고칠 방법을 말한다', () => {
  const post = (frontMatter: readonly string[], body: string): MarkdownDocument =>
    parseMarkdownDocument(
      '/virtual/blog/2026-12-07-new.mdx',
      ['---', ...frontMatter, '---', '', body].join('\n'),
    );
  const goodFrontMatter = [
    'title: 새 글',
    'slug: new-post',
    'date: 2026-12-07T10:00:00+09:00',
    'authors: [docker-study]',
    'category: 정리용/Docker',
    'tags: [docker]',
    'description: 새 글이 규칙을 지키는지 보는 예시입니다. 설명은 마흔 자 이상이어야 합니다.',
  ];
  const longBody = (syllables: number) =>
    [
      '짧은 도입부입니다.',
      '',
      '{/* truncate */}',
      '',
      '가'.repeat(syllables - 8),
      '',
      '```bash',
      'docker ps',
      '```',
      '',
      '```text',
      'CONTAINER ID',
      '```',
    ].join('\n');
  const messages = (document: MarkdownDocument) =>
    checkBlogPost(document, context).map((problem) => problem.message);

  test('규칙을 지킨 새 글(원래 시리즈가 아닌 글)은 통과한다', () => {
    assert.deepEqual(messages(post(goodFrontMatter, longBody(1500))), []);
  });

  test('분량은 허용 범위를 함께 알린다', () => {
    const [message] = messages(post(goodFrontMatter, longBody(300)));
    assert.equal(
      message,
      `본문(코드 블록 제외)의 한글이 300자입니다. 블로그 글은 ${blogPostRules.hangulSyllables.min.toLocaleString('en-US')}~${blogPostRules.hangulSyllables.max.toLocaleString('en-US')}자로 씁니다(더 긴 내용은 장으로).`,
    );
  });

  test('시간대 없는 date, slug 없음, 모르는 카테고리를 알린다', () => {
    const found = messages(
      post(
        goodFrontMatter
          .filter((line) => !line.startsWith('slug:'))
          .map((line) =>
            line.startsWith('date:')
              ? 'date: 2026-12-07'
              : line.startsWith('category:')
                ? 'category: 정리용/Kubernetes'
                : line,
          ),
        longBody(1500),
      ),
    );
    assert.equal(found.length, 3, found.join('\n'));
    assert.match(
      found[0] ?? '',
      /`date`는 시각과 시간대까지 적습니다.*예: `date: 2026-12-07T10:00:00\+09:00`/,
    );
    assert.match(found[1] ?? '', /`slug`/);
    assert.match(found[2] ?? '', /"정리용\/Kubernetes"가 src\/data\/categories\.ts에 없습니다/);
  });

  test('원래 시리즈의 글이 빠지면 어느 글인지와 새 글을 더하는 법을 알린다', () => {
    const problems = checkOriginalSeriesPosts(
      posts.filter((candidate) => candidate.frontMatter.title !== '[Docker] 3. Docker Network'),
      chapters,
      content.blogDirectory,
    );
    assert.equal(problems.length, 1);
    assert.match(
      problems[0]?.message ?? '',
      /"\[Docker\] 3\. Docker Network".*새 글은 다른 제목으로 더하세요/,
    );
  });
});
