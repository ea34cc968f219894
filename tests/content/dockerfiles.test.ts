import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { allDocFiles, findSiteContent, repositoryRoot } from '../../scripts/lib/content/contentFiles';
import {
  allowedDockerfileRules,
  checkDockerfileBlocksInDocument,
  checkDockerfileText,
} from '../../scripts/lib/content/dockerfileCheck';
import { formatProblem, readMarkdownDocument, type ContentProblem } from '../../src/lib/content/markdown';

const fixtures = path.join(import.meta.dirname, '../fixtures/content/code-blocks');

describe('Dockerfile 검사', () => {
  test('오류와 경고를 줄 번호, 규칙 이름과 함께 실패로 알린다', () => {
    const document = readMarkdownDocument(path.join(fixtures, 'bad-dockerfile.mdx'));
    const result = checkDockerfileBlocksInDocument(document);
    assert.equal(result.blockCount, 1);
    assert.deepEqual(
      result.problems.map((problem) => formatProblem(problem, fixtures)),
      [
        'bad-dockerfile.mdx:9: Dockerfile 경고: MAINTAINER has been deprecated (dockerfile-utils DEPRECATED_MAINTAINER)',
        'bad-dockerfile.mdx:10: Dockerfile 오류: COPY requires at least two arguments (dockerfile-utils ARGUMENT_REQUIRES_AT_LEAST_TWO)',
        'bad-dockerfile.mdx:11: Dockerfile 오류: Unknown instruction: WRKDIR (dockerfile-utils UNKNOWN_INSTRUCTION)',
        'bad-dockerfile.mdx:12: Dockerfile 오류: Invalid proto: foo (dockerfile-utils INVALID_PROTO)',
      ],
    );
  });

  test('FROM이 없는 조각도 실패한다', () => {
    assert.deepEqual(checkDockerfileText('RUN apt-get update\n'), [
      {
        line: 1,
        message: 'Dockerfile 오류: No source image provided with `FROM` (dockerfile-utils NO_SOURCE_IMAGE)',
      },
    ]);
  });

  test('BuildKit 문법(# syntax, RUN --mount, COPY --link, 멀티 스테이지)을 쓴 올바른 Dockerfile은 통과한다', () => {
    const result = checkDockerfileBlocksInDocument(
      readMarkdownDocument(path.join(fixtures, 'good-code-blocks.mdx')),
    );
    assert.equal(result.blockCount, 1);
    assert.deepEqual(result.problems, []);
  });
});

test('모든 문서와 블로그 글의 ```dockerfile 블록이 오류와 경고 없이 통과한다', (t) => {
  const content = findSiteContent(repositoryRoot);
  const problems: ContentProblem[] = [];
  let blockCount = 0;
  const files = [...allDocFiles(content), ...content.blogPostFiles];
  assert.ok(files.length > 0, '검사할 문서가 없습니다 (docs/**/*.mdx).');
  for (const file of files) {
    const result = checkDockerfileBlocksInDocument(readMarkdownDocument(file));
    problems.push(...result.problems);
    blockCount += result.blockCount;
  }
  t.diagnostic(`Dockerfile ${blockCount}개를 검사했습니다 (허용한 규칙 ${allowedDockerfileRules.size}개)`);
  assert.ok(
    blockCount > 0,
    '문서에서 ```dockerfile 블록을 하나도 찾지 못했습니다. 코드 블록 읽기가 고장 났을 수 있습니다.',
  );
  assert.deepEqual(
    problems.map((problem) => formatProblem(problem, repositoryRoot)),
    [],
  );
});
