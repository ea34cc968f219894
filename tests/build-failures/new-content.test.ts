import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFile, copyFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { copyWorkTreeWithoutGit } from '../support/workTreeCopy';
import { after, before, test } from 'node:test';

/**
 * README의 "글 추가", "태그 추가", "장 추가"만 따라 한 변경이 모든 콘텐츠 검사와 빌드를 통과하는지 봅니다(issue #21).
 * 작업 트리를 `.git` 없이 임시 폴더로 복사하고, `tests/fixtures/new-content/`의 파일을 README가 말하는 자리에 더합니다:
 * 새 태그(`rootless`, blog/tags.yml)를 쓰는 새 블로그 글과, 개정판에만 실리는 7장(`editions: ['revised']`, 원래 글 없음).
 * 그 복사본에서 check-content, 콘텐츠 테스트, 타입 검사, 빌드를 차례로 돌립니다(2코어에서 약 1분).
 */
const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(repositoryRoot, 'tests/fixtures/new-content');
let copyDir = '';

interface RunResult {
  readonly code: number | null;
  readonly output: string;
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: copyDir,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const bin = (name: string) => path.join(repositoryRoot, 'node_modules/.bin', name);

before(async () => {
  copyDir = await copyWorkTreeWithoutGit('docker-study-new-content-');

  // README "글 추가": blog/YYYY-MM-DD-<slug>.mdx. "태그 추가": blog/tags.yml에 키, label, description, permalink.
  await copyFile(
    path.join(fixtures, 'blog/2026-12-07-docker-rootless.mdx'),
    path.join(copyDir, 'blog/2026-12-07-docker-rootless.mdx'),
  );
  await appendFile(
    path.join(copyDir, 'blog/tags.yml'),
    await readFile(path.join(fixtures, 'tags-addition.yml')),
  );
  // README "장 추가": docs/NN-<id>.mdx와 src/data/chapters.ts의 항목(개정판에만: editions: ['revised']).
  await copyFile(path.join(fixtures, 'docs/07-security.mdx'), path.join(copyDir, 'docs/07-security.mdx'));
  const chaptersFile = path.join(copyDir, 'src/data/chapters.ts');
  const chaptersSource = await readFile(chaptersFile, 'utf8');
  const listEnd = '] as const satisfies readonly Chapter[];';
  assert.ok(chaptersSource.includes(listEnd), `src/data/chapters.ts에 ${listEnd}가 없습니다`);
  await writeFile(
    chaptersFile,
    chaptersSource.replace(
      listEnd,
      `${await readFile(path.join(fixtures, 'chapter-entry.txt'), 'utf8')}${listEnd}`,
    ),
  );
});

after(() => rm(copyDir, { recursive: true, force: true }));

test('check-content가 새 글과 새 장에서 문제를 찾지 않는다', async () => {
  const result = await run(bin('tsx'), ['scripts/check-content.ts']);
  assert.equal(result.code, 0, result.output.slice(-3000));
  assert.match(result.output, /문제 0개/);
  // 새 파일 둘만 따로 검사해도 문제가 없고, 둘 다 문서·블로그 규칙을 받는 파일로 잡힌다
  const newFiles = await run(bin('tsx'), [
    'scripts/check-content.ts',
    'docs/07-security.mdx',
    'blog/2026-12-07-docker-rootless.mdx',
  ]);
  assert.equal(newFiles.code, 0, newFiles.output.slice(-3000));
  assert.match(newFiles.output, /파일 2개.*문제 0개/);
});

test('콘텐츠 테스트(npm run test:content)가 모두 통과한다', async () => {
  const contentTests = (await readdir(path.join(copyDir, 'tests/content')))
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => `tests/content/${file}`);
  const result = await run(bin('tsx'), ['--test', ...contentTests]);
  assert.equal(
    result.code,
    0,
    result.output
      .split('\n')
      .filter((line) => /not ok|Error|!==|\+ |- /.test(line))
      .join('\n')
      .slice(-4000),
  );
});

test('타입 검사(npm run typecheck)가 통과한다: 개정판에만 실린 장에는 변경 내역 파일이 필요 없다', async () => {
  const result = await run(bin('tsc'), ['-p', '.']);
  assert.equal(result.code, 0, result.output.slice(-3000));
});

test('빌드가 통과하고, 새 장은 개정판에만, 새 글은 /blog/<slug>에 있고, 홈은 장 수를 데이터에서 센다', async () => {
  const result = await run(
    process.execPath,
    [path.join(repositoryRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'],
    { BASE_URL: '/docker-study/' },
  );
  assert.equal(result.code, 0, result.output.slice(-3000));
  const build = path.join(copyDir, 'build');
  assert.ok(existsSync(path.join(build, 'docs/security.html')), '개정판에 7장이 없습니다');
  assert.ok(!existsSync(path.join(build, 'docs/2025.02/security.html')), '초판에 7장이 생겼습니다');
  assert.ok(
    existsSync(path.join(build, 'blog/docker-rootless.html')),
    '새 글이 /blog/docker-rootless에 없습니다',
  );
  assert.ok(existsSync(path.join(build, 'blog/tags/rootless.html')), '새 태그의 페이지가 없습니다');
  assert.match(await readFile(path.join(build, 'index.html'), 'utf8'), /일곱 개의 장/);
  const changes = await readFile(path.join(build, 'docs/changes.html'), 'utf8');
  assert.match(changes, /개정판에 새로 실린 장/);
});
