import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { copyWorkTreeWithoutGit } from '../support/workTreeCopy';
import { after, before, test } from 'node:test';
import { chapters } from '../../src/data/chapters';

/**
 * ZIP 내려받기나 `.git`을 뺀 `docker build`처럼 Git 기록 없는 복사본에서도 사이트가 빌드되는지 봅니다.
 * 커밋했든 안 했든 지금 작업 트리의 파일(`.gitignore`가 빼는 것 제외)을 `.git` 없이 임시 폴더로 복사하고,
 * `node_modules`는 다시 설치하지 않고 링크합니다.
 */
const repositoryRoot = path.resolve(import.meta.dirname, '../..');
let copyDir = '';
let output = '';
let exitCode: number | null = null;

before(async () => {
  copyDir = await copyWorkTreeWithoutGit('docker-study-no-git-');
  ({ exitCode, output } = await new Promise<{ exitCode: number | null; output: string }>(
    (resolve, reject) => {
      const child = spawn(
        process.execPath,
        [path.join(repositoryRoot, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build'],
        {
          cwd: copyDir,
          env: { ...process.env, BASE_URL: '/docker-study/', NO_COLOR: '1', FORCE_COLOR: '0' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let log = '';
      child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ exitCode: code, output: log }));
    },
  ));
});

after(() => rm(copyDir, { recursive: true, force: true }));

test('Git 기록 없는 복사본도 빌드되고, 까닭을 경고 한 줄로 알린다', async () => {
  assert.equal(exitCode, 0, `빌드가 ${exitCode}로 끝났습니다:\n${output.slice(-3000)}`);
  const warningLines = output.split('\n').filter((line) => line.includes('Git 작업 트리가 아닙니다'));
  assert.equal(
    warningLines.length,
    1,
    `경고가 한 줄이어야 합니다:\n${warningLines.join('\n') || output.slice(0, 3000)}`,
  );
  assert.match(warningLines[0] ?? '', /Git 작업 트리가 아닙니다.*'마지막 수정' 날짜 없이 빌드합니다/);
});

test('Git 기록 없는 빌드의 장 페이지에는 마지막 수정 날짜가 없다', async () => {
  const chapter = chapters[0];
  const html = await readFile(path.join(copyDir, 'build/docs', `${chapter.slug.slice(1)}.html`), 'utf8');
  assert.match(html, new RegExp(chapter.title.split(' ')[0] ?? ''), '장 페이지의 본문이 비어 있습니다');
  assert.doesNotMatch(html, /theme-last-updated|itemprop=["']?dateModified/);
});
