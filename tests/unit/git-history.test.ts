import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { hasGitHistory, vcsOption } from '../../config/gitHistory';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

test('Git 클론 안에서는 Docusaurus의 기본 VCS로 날짜를 읽고 아무 경고도 내지 않는다', () => {
  assert.equal(
    hasGitHistory(repositoryRoot),
    true,
    `${repositoryRoot}가 Git 작업 트리가 아닙니다. git clone으로 받은 폴더에서 테스트하세요.`,
  );
  const warnings: string[] = [];
  assert.equal(
    vcsOption(repositoryRoot, (message) => warnings.push(message)),
    undefined,
  );
  assert.deepEqual(warnings, []);
});

test('Git 작업 트리 밖에서는 VCS를 끄고, 설정을 여러 번 읽어도 까닭을 경고 한 줄로만 알린다', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'no-git-'));
  try {
    const warnings: string[] = [];
    assert.equal(
      vcsOption(folder, (message) => warnings.push(message)),
      'disabled',
    );
    assert.equal(
      vcsOption(folder, (message) => warnings.push(message)),
      'disabled',
    );
    assert.equal(warnings.length, 1);
    assert.match(
      warnings[0] ?? '',
      /^\[WARNING\] .*Git 작업 트리가 아닙니다.*'마지막 수정' 날짜 없이 빌드합니다/,
    );
    assert.doesNotMatch(warnings[0] ?? '', /\n/);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
