import assert from 'node:assert/strict';
import { test } from 'node:test';
import { baseline } from '../../src/data/baseline';
import { formatProblem } from '../../src/lib/content/markdown';
import { checkBaselineFiles } from '../support/baselineCheck';
import { repositoryRoot } from '../support/contentFiles';

// 규칙과 일부러 다른 버전을 보이는 법은 tests/support/baselineCheck.ts의 머리 주석에 있습니다.
// 규칙이 틀린 값을 잡는지는 tests/unit/baseline-check.test.ts가 작은 예문으로 확인합니다.
test(`개정판의 출력 예와 기준을 말하는 글이 src/data/baseline.ts(Engine ${baseline.engine.version}, API ${baseline.api.version}, Compose ${baseline.compose.version} …)와 같다`, (t) => {
  const report = checkBaselineFiles(repositoryRoot);
  t.diagnostic(`파일 ${report.fileCount}개, 기준 값을 찍는 출력 예 ${report.outputBlocks}개를 검사했습니다`);
  assert.ok(
    report.outputBlocks > 0,
    '개정판에서 docker version, docker info 같은 출력 예를 하나도 찾지 못했습니다. 출력 예를 읽는 부분이 고장 났을 수 있습니다.',
  );
  assert.deepEqual(
    report.problems.map((problem) => formatProblem(problem, repositoryRoot)),
    [],
  );
});
