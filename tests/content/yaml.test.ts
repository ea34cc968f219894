import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { allDocFiles, findSiteContent, repositoryRoot } from '../../scripts/lib/content/contentFiles';
import { formatProblem, readMarkdownDocument, type ContentProblem } from '../../src/lib/content/markdown';
import {
  checkYamlBlocksInDocument,
  checkYamlText,
  composeSpecAdditions,
} from '../../scripts/lib/content/yamlCheck';

const fixtures = path.join(import.meta.dirname, '../fixtures/content/code-blocks');

describe('YAML 검사', () => {
  test('Compose 키 오타, 틀린 값 형식, YAML 문법 오류, jobs 없는 워크플로를 줄 번호와 함께 알린다', () => {
    const result = checkYamlBlocksInDocument(readMarkdownDocument(path.join(fixtures, 'bad-yaml.mdx')));
    assert.equal(result.blockCount, 4);
    assert.deepEqual(
      result.problems.map((problem) => formatProblem(problem, fixtures)),
      [
        'bad-yaml.mdx:8: Compose 명세에 없는 키 `servces` (최상위). 철자를 확인하세요.',
        'bad-yaml.mdx:17: Compose 명세 위반 (services.web.ports): must be array',
        'bad-yaml.mdx:18: Compose 명세 위반 (services.web.restart): must be string',
        'bad-yaml.mdx:23: YAML 문법 오류: Flow sequence in block collection must be sufficiently indented and end with a ]',
        'bad-yaml.mdx:27: GitHub Actions 워크플로에 `jobs:`가 없거나 비어 있습니다.',
      ],
    );
  });

  test('서비스 안의 키 오타는 그 키의 줄을 가리킨다', () => {
    assert.deepEqual(checkYamlText('services:\n  web:\n    image: nginx\n    enviroment:\n      A: b\n'), {
      kind: 'compose',
      issues: [
        { line: 4, message: 'Compose 명세에 없는 키 `enviroment` (services.web). 철자를 확인하세요.' },
      ],
    });
  });

  test('Compose의 duration은 Go 형식(30s, 1m30s)만 받는다', () => {
    const issues = checkYamlText(
      'services:\n  db:\n    image: postgres\n    healthcheck:\n      interval: 30 seconds\n',
    ).issues;
    assert.deepEqual(issues, [
      {
        line: 5,
        message: 'Compose 명세 위반 (services.db.healthcheck.interval): must match format "duration"',
      },
    ]);
  });

  test('워크플로의 job에 runs-on이, step에 uses나 run이 없으면 알린다', () => {
    const issues = checkYamlText('on: push\njobs:\n  build:\n    steps:\n      - name: nothing\n').issues;
    assert.deepEqual(
      issues.map((issue) => issue.line),
      [3, 5],
    );
    assert.match(issues[0]?.message ?? '', /`runs-on:`/);
    assert.match(issues[1]?.message ?? '', /1번째 step에 `uses:`도 `run:`도 없습니다/);
  });

  test(`지금의 Compose 키(${composeSpecAdditions.map((addition) => addition.key).join(', ')} 등)를 쓴 올바른 블록은 통과한다`, () => {
    const result = checkYamlBlocksInDocument(
      readMarkdownDocument(path.join(fixtures, 'good-code-blocks.mdx')),
    );
    assert.equal(result.blockCount, 3);
    assert.deepEqual(result.problems, []);
  });
});

test('모든 문서와 블로그 글의 ```yaml 블록이 읽히고, Compose 파일은 Compose 명세를 지킨다', (t) => {
  const content = findSiteContent(repositoryRoot);
  const problems: ContentProblem[] = [];
  let blockCount = 0;
  const files = [...allDocFiles(content), ...content.blogPostFiles];
  assert.ok(files.length > 0, '검사할 문서가 없습니다 (docs/**/*.mdx).');
  for (const file of files) {
    const result = checkYamlBlocksInDocument(readMarkdownDocument(file));
    problems.push(...result.problems);
    blockCount += result.blockCount;
  }
  t.diagnostic(`YAML 블록 ${blockCount}개를 검사했습니다`);
  assert.ok(
    blockCount > 0,
    '문서에서 ```yaml 블록을 하나도 찾지 못했습니다. 코드 블록 읽기가 고장 났을 수 있습니다.',
  );
  assert.deepEqual(
    problems.map((problem) => formatProblem(problem, repositoryRoot)),
    [],
  );
});
