/**
 * scripts/lib/browser.ts의 브라우저 찾기: CHROMIUM_PATH → 플랫폼의 설치 위치 → Playwright 캐시 순서, 실행할 수 있는
 * 파일만 고르기, 아무것도 없을 때의 안내문. 앞의 테스트는 찾기의 단계를 바꿔 끼워 순서를 보고, 뒤의 테스트는 실제
 * chrome-launcher와 playwright-core로(다른 프로세스에서, PATH와 PLAYWRIGHT_BROWSERS_PATH를 바꿔) 봅니다.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { findBrowser, skipEnvName } from '../../scripts/lib/browser';
import { MissingToolError } from '../../scripts/lib/toolError';

const execFileAsync = promisify(execFile);

let dir: string;
let chromeA: string;
let chromeB: string;
let notExecutable: string;

async function fakeBrowser(file: string, mode = 0o755): Promise<string> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, '#!/bin/sh\necho fake\n');
  await chmod(file, mode);
  return file;
}

before(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'browser-finder-'));
  chromeA = await fakeBrowser(path.join(dir, 'a', 'google-chrome'));
  chromeB = await fakeBrowser(path.join(dir, 'b', 'chromium'));
  notExecutable = await fakeBrowser(path.join(dir, 'c', 'chromium'), 0o644);
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

const nowhere = () => path.join(dir, 'no-cache', 'chromium-1', 'chrome-linux64', 'chrome');

function missingMessage(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof MissingToolError, `MissingToolError가 아닙니다: ${String(error)}`);
    return error.message;
  }
  assert.fail('브라우저가 없는데 멈추지 않았습니다');
}

describe('찾는 순서', () => {
  test('CHROMIUM_PATH가 설치된 브라우저보다 먼저다', () => {
    const found = findBrowser({
      env: { CHROMIUM_PATH: chromeB },
      installed: () => [chromeA],
      playwrightExecutable: nowhere,
    });
    assert.deepEqual(found, { path: chromeB, source: 'CHROMIUM_PATH' });
  });

  test('CHROMIUM_PATH가 실행할 수 없는 파일이면 다른 브라우저로 넘어가지 않고 그 이름과 함께 멈춘다', () => {
    const message = missingMessage(() =>
      findBrowser({
        env: { CHROMIUM_PATH: notExecutable },
        installed: () => [chromeA],
        playwrightExecutable: nowhere,
      }),
    );
    assert.match(message, new RegExp(`CHROMIUM_PATH=${notExecutable}: 실행 권한이 없습니다`));
  });

  test('설치 위치에서는 실행할 수 있는 첫 파일을 고른다(없는 파일, 실행 권한 없는 파일은 건너뜀)', () => {
    const found = findBrowser({
      env: {},
      installed: () => [path.join(dir, 'missing'), notExecutable, chromeA, chromeB],
      playwrightExecutable: nowhere,
    });
    assert.deepEqual(found, { path: chromeA, source: 'installed' });
  });

  test(`${skipEnvName}에 적은 경로는 없는 것으로 본다`, () => {
    const found = findBrowser({
      env: { [skipEnvName]: chromeA },
      installed: () => [chromeA, chromeB],
      playwrightExecutable: nowhere,
    });
    assert.deepEqual(found, { path: chromeB, source: 'installed' });
  });

  test('설치된 브라우저가 없으면 Playwright 캐시의 이 판, 그것도 없으면 캐시의 가장 새 판', async () => {
    const cache = path.join(dir, 'cache');
    const expected = path.join(cache, 'chromium-1255', 'chrome-linux64', 'chrome');
    await fakeBrowser(path.join(cache, 'chromium-1100', 'chrome-linux64', 'chrome'));
    const newer = await fakeBrowser(path.join(cache, 'chromium-1200', 'chrome-linux64', 'chrome'));
    const search = { env: {}, installed: () => [notExecutable], playwrightExecutable: () => expected };
    assert.deepEqual(findBrowser(search), { path: newer, source: 'playwright' });
    await fakeBrowser(expected);
    assert.deepEqual(findBrowser(search), { path: expected, source: 'playwright' });
  });

  test('아무것도 없으면 CHROMIUM_PATH와 플랫폼별 설치 명령을 적은 안내문 하나로 멈춘다', () => {
    const message = missingMessage(() =>
      findBrowser({ env: {}, installed: () => [notExecutable], playwrightExecutable: nowhere }),
    );
    for (const expected of [
      'CHROMIUM_PATH=',
      'sudo apt-get install chromium',
      'Ubuntu, WSL 2',
      'brew install --cask google-chrome',
      'npx playwright-core install chromium',
      `${notExecutable} (실행 권한이 없습니다)`,
    ]) {
      assert.ok(message.includes(expected), `안내문에 "${expected}"가 없습니다:\n${message}`);
    }
  });
});

/** 다른 프로세스에서 실제 찾기(chrome-launcher, playwright-core)를 돌려 찾은 줄을 돌려줍니다. */
async function checkToolsIn(
  env: Record<string, string | undefined>,
): Promise<{ code: number; output: string }> {
  const childEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...process.env, ...env })) {
    if (value !== undefined && key !== 'CHROMIUM_PATH' && key !== 'CHROME_PATH') childEnv[key] = value;
  }
  try {
    const { stdout, stderr } = await execFileAsync(
      process.execPath,
      ['--import', 'tsx', 'scripts/check-tools.ts', 'pdf'],
      { env: childEnv },
    );
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
  }
}

describe('실제 찾기 (chrome-launcher, playwright-core)', () => {
  test('PATH의 google-chrome을 찾는다 (Ubuntu의 /usr/bin/google-chrome처럼), 시스템 Chromium을 빼도', async () => {
    const bin = path.join(dir, 'bin');
    await mkdir(bin, { recursive: true });
    await symlink(chromeB, path.join(bin, 'google-chrome'));
    const { code, output } = await checkToolsIn({
      PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
      [skipEnvName]: '/usr/bin/chromium',
      PLAYWRIGHT_BROWSERS_PATH: path.join(dir, 'empty-cache'),
    });
    assert.equal(code, 0, output);
    assert.match(output, new RegExp(`브라우저: ${path.join(bin, 'google-chrome')} \\(installed\\)`));
  });

  test('설치된 브라우저가 없으면 PLAYWRIGHT_BROWSERS_PATH의 캐시에서 찾는다', async () => {
    const cache = path.join(dir, 'pw-cache');
    const { stdout } = await execFileAsync(
      process.execPath,
      ['-e', "import('playwright-core').then(({ chromium }) => console.log(chromium.executablePath()))"],
      { env: { ...process.env, PLAYWRIGHT_BROWSERS_PATH: cache } },
    );
    const expected = await fakeBrowser(stdout.trim());
    assert.ok(expected.startsWith(cache), `playwright-core가 캐시 밖을 가리킵니다: ${expected}`);
    const { code, output } = await checkToolsIn({
      [skipEnvName]: '/usr/bin/chromium',
      PLAYWRIGHT_BROWSERS_PATH: cache,
    });
    assert.equal(code, 0, output);
    assert.match(output, new RegExp(`브라우저: ${expected} \\(playwright\\)`));
  });

  test('브라우저가 하나도 없으면 1로 끝나고 안내문을 한 번 찍는다', async () => {
    const { code, output } = await checkToolsIn({
      [skipEnvName]: '/usr/bin/chromium',
      PLAYWRIGHT_BROWSERS_PATH: path.join(dir, 'empty-cache'),
    });
    assert.equal(code, 1, output);
    assert.equal(output.split('CHROMIUM_PATH=/경로/chrome').length - 1, 1, output);
    assert.doesNotMatch(output, /\n\s+at /, '스택 트레이스가 찍혔습니다');
  });
});
