import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { chaptersIn } from '../../src/data/chapters';
import { chapterCountPhrase, koreanCountWord } from '../../src/lib/chapterCount';
import { listMarkdownFilesRecursively, repositoryRoot } from '../../scripts/lib/content/contentFiles';

/**
 * 독자가 읽는 장의 수("여섯 개의 장", "여섯 장으로")는 손으로 적지 않고 src/data/chapters.ts에서 셉니다
 * (`src/lib/chapterCount.ts`, 문서에서는 `<ChapterCount />`). 장을 더하면 홈, 시리즈 소개, 책 설명이 함께 바뀝니다.
 * 원래 블로그의 "여섯 편의 글"처럼 지난 사실을 말하는 수는 `편`으로 쓰므로 걸리지 않습니다.
 */
const countPattern =
  /(?:^|[^가-힣])((?:두|세|네|다섯|여섯|일곱|여덟|아홉|열) (?:개의 )?장(?:은|을|으로|과|이)?)(?![가-힣])/;
/** 코드의 주석은 독자가 읽지 않으므로 보지 않습니다 */
const commentLine = /^\s*(?:\/\/|\/\*|\*)/;

function filesReadersSee(): string[] {
  const sourceFiles = (directory: string): string[] =>
    readdirSync(path.join(repositoryRoot, directory), { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(ts|tsx)$/.test(file))
      .map((file) => path.join(repositoryRoot, directory, file));
  return [
    ...sourceFiles('src').filter((file) => !file.includes(`${path.sep}edition-changes${path.sep}`)),
    ...listMarkdownFilesRecursively(path.join(repositoryRoot, 'docs')),
    path.join(repositoryRoot, 'config/footer.ts'),
    path.join(repositoryRoot, 'docusaurus.config.ts'),
  ];
}

export function findHardCodedChapterCounts(file: string, source: string): string[] {
  return source.split('\n').flatMap((line, index) => {
    const match = commentLine.test(line) ? null : countPattern.exec(line);
    return match
      ? [
          `${path.relative(repositoryRoot, file)}:${index + 1}: 장의 수 "${match[1]?.trim()}"를 손으로 적었습니다. 장을 더하면 틀리므로 src/lib/chapterCount.ts의 chapterCountPhrase()나 문서의 <ChapterCount />로 쓰세요.`,
        ]
      : [];
  });
}

test('독자가 읽는 장의 수는 chapters.ts에서 센다', () => {
  const found = filesReadersSee().flatMap((file) =>
    findHardCodedChapterCounts(file, readFileSync(file, 'utf8')),
  );
  assert.deepEqual(found, []);
});

test('손으로 적은 장의 수는 파일, 줄, 고칠 방법과 함께 걸린다', () => {
  const file = path.join(repositoryRoot, 'docs/index.mdx');
  assert.deepEqual(findHardCodedChapterCounts(file, '소개\n여섯 개의 장은 차례로 읽습니다.'), [
    'docs/index.mdx:2: 장의 수 "여섯 개의 장은"를 손으로 적었습니다. 장을 더하면 틀리므로 src/lib/chapterCount.ts의 chapterCountPhrase()나 문서의 <ChapterCount />로 쓰세요.',
  ]);
  assert.deepEqual(findHardCodedChapterCounts(file, '남긴 여섯 편의 글에서 출발했습니다. 장 제목'), []);
});

test('장의 수를 고유어 관형사로 말한다', () => {
  assert.deepEqual([1, 6, 7, 10, 12, 20, 21].map(koreanCountWord), [
    '한',
    '여섯',
    '일곱',
    '열',
    '열두',
    '스무',
    '스물한',
  ]);
  assert.equal(chapterCountPhrase('revised'), `${koreanCountWord(chaptersIn('revised').length)} 개의 장`);
});
