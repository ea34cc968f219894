import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { checkActionUse, readActionUses } from '../support/githubActions';

const root = path.resolve(import.meta.dirname, '../..');
const workflowDir = path.join(root, '.github/workflows');
const workflows = readdirSync(workflowDir)
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => path.join(workflowDir, name));

describe('GitHub Actions 워크플로의 액션 런타임', () => {
  test('워크플로가 두 개 이상 있고 각자 액션을 쓴다', () => {
    assert.ok(workflows.length >= 2, `${workflowDir}에 워크플로가 ${workflows.length}개뿐입니다`);
    for (const file of workflows) assert.ok(readActionUses(file).length > 0, `${file}에 uses:가 없습니다`);
  });

  test('모든 워크플로의 액션이 GitHub 러너에 있는 런타임(Node 24)에서 돈다', () => {
    const problems = workflows
      .flatMap((file) => readActionUses(file))
      .map((use) => checkActionUse(use, root))
      .filter((problem) => problem !== null);
    assert.deepEqual(problems, []);
  });

  test('Node 20 릴리스, 모르는 액션, 버전 없는 액션은 파일, 줄, 첫 Node 24 릴리스를 대며 실패한다', () => {
    const fixture = path.join(root, 'tests/fixtures/workflows/node20-actions.yml');
    const problems = readActionUses(fixture).map((use) => checkActionUse(use, root));
    assert.equal(problems.length, 5);
    assert.match(
      problems[0] ?? '',
      /^tests\/fixtures\/workflows\/node20-actions\.yml:7: actions\/checkout@v4는 node20 .*actions\/checkout@v5\.0\.0 이상/,
    );
    assert.equal(problems[1], null, 'actions/setup-node@v5.0.0은 Node 24에서 돕니다');
    assert.match(
      problems[2] ?? '',
      /:9: actions\/upload-pages-artifact@v4는 .*upload-artifact v4\.6\.2.*@v5\.0\.0 이상/,
    );
    assert.match(problems[3] ?? '', /:10: someone\/unknown-action@v1의 런타임을 모릅니다\. .*knownActions/);
    assert.match(problems[4] ?? '', /:11: actions\/deploy-pages에 버전이 없습니다/);
  });
});
