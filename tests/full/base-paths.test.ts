import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { parseSiteEnv } from '../../config/env';
import { findBrowser, skipEnvName } from '../../scripts/lib/browser';
import { MissingToolError } from '../../scripts/lib/toolError';
import { bookEditions, pdfDir } from '../../src/data/book';
import { crawlServedSite } from '../support/crawl';
import {
  evaluateStepEnv,
  pagesSites,
  readDeployBuildStep,
  type PagesOutputs,
} from '../support/deployWorkflow';
import { startGhPagesServer } from '../support/ghPagesServer';

/**
 * 배포 워크플로가 configure-pages의 출력으로 만드는 `SITE_URL`, `BASE_URL`로 `npm run build`를 실제로 돌리고, 결과를
 * GitHub Pages처럼 서빙해 크롤합니다.
 * - 사용자 사이트(`/`), 브라우저 없음, `BOOK_PDF` 없음: 기여자의 머신에서 그냥 `npm run build`를 한 경우. PDF 없이
 *   빌드되고 어느 페이지도 PDF로 링크하지 않아야 합니다.
 * - 프로젝트 사이트(`/docker-study-fork/`), 워크플로의 환경 그대로(`BOOK_PDF=true`): 빌드가 PDF까지 만들고, 페이지가
 *   그 PDF로 링크하며, 깨진 것이 없어야 합니다.
 */
const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const step = readDeployBuildStep();
let workDir = '';

before(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'docker-study-base-paths-'));
});

after(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** 이 머신에서 찾기가 찾는 브라우저를 모두 `BROWSER_FINDER_SKIP`에 적어 "브라우저가 없는 머신"을 만듭니다. */
function hideEveryBrowser(): string {
  const hidden: string[] = [];
  for (;;) {
    const env = { ...process.env, CHROMIUM_PATH: undefined, [skipEnvName]: hidden.join(path.delimiter) };
    try {
      hidden.push(findBrowser({ env }).path);
    } catch (error) {
      if (error instanceof MissingToolError) return hidden.join(path.delimiter);
      throw error;
    }
    assert.ok(hidden.length < 20, `브라우저를 숨기지 못했습니다: ${hidden.join(', ')}`);
  }
}

async function npmRunBuild(
  outDir: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--out-dir', outDir], {
      cwd: repositoryRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

function buildEnv(outputs: PagesOutputs, overrides: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, ...evaluateStepEnv(step, outputs), ...overrides };
  return Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined));
}

async function crawl(outDir: string, env: NodeJS.ProcessEnv) {
  const site = parseSiteEnv(env);
  const server = await startGhPagesServer(outDir, site.baseUrl);
  try {
    return { site, result: await crawlServedSite(server, site) };
  } finally {
    await server.close();
  }
}

describe('사용자 사이트(/), 브라우저 없는 머신의 npm run build', () => {
  const outDir = () => path.join(workDir, 'user');
  const env = () =>
    buildEnv(pagesSites.user, {
      BOOK_PDF: undefined,
      CHROMIUM_PATH: undefined,
      CHROME_PATH: undefined,
      [skipEnvName]: hideEveryBrowser(),
      PLAYWRIGHT_BROWSERS_PATH: path.join(workDir, 'no-playwright-cache'),
    });

  test('PDF 없이 빌드하고 그 이유를 한 번 알린다, 크롤하면 깨진 것이 없고 PDF 링크도 없다', async () => {
    const buildEnvironment = env();
    const { code, output } = await npmRunBuild(outDir(), buildEnvironment);
    assert.equal(code, 0, output.slice(-3000));
    assert.equal(output.split('책 PDF 없이 빌드합니다').length - 1, 1, output.slice(-3000));
    assert.match(output, /CHROMIUM_PATH=/);
    assert.ok(!existsSync(path.join(outDir(), pdfDir)), 'PDF 폴더가 생겼습니다');
    const { site, result } = await crawl(outDir(), buildEnvironment);
    assert.equal(site.baseUrl, '/');
    assert.ok(result.pageCount >= 10, `사이트맵의 페이지 ${result.pageCount}개`);
    assert.deepEqual(
      result.problems,
      [],
      `깨진 참조 ${result.problems.length}개:\n${result.problems.join('\n')}`,
    );
    const pdfLinks = [...result.referencedPaths].filter((reference) => reference.startsWith(`/${pdfDir}/`));
    assert.deepEqual(pdfLinks, [], 'PDF를 만들지 않은 빌드가 PDF로 링크합니다');
  });
});

describe('프로젝트 사이트(/<저장소>/), 워크플로의 환경 그대로', () => {
  const outDir = () => path.join(workDir, 'project');
  const env = () => buildEnv(pagesSites.project, {});

  test('PDF까지 만들고 두 PDF로 링크하며, 크롤하면 깨진 것이 없다', async () => {
    const buildEnvironment = env();
    const { code, output } = await npmRunBuild(outDir(), buildEnvironment);
    assert.equal(code, 0, output.slice(-3000));
    const { site, result } = await crawl(outDir(), buildEnvironment);
    assert.equal(site.baseUrl, `${pagesSites.project.base_path}/`);
    assert.deepEqual(
      result.problems,
      [],
      `깨진 참조 ${result.problems.length}개:\n${result.problems.join('\n')}`,
    );
    for (const book of bookEditions) {
      assert.ok(
        result.referencedPaths.has(`${site.baseUrl}${pdfDir}/${book.pdfFile}`),
        `어느 페이지도 ${book.pdfFile}로 링크하지 않습니다`,
      );
    }
  });
});
