/**
 * 성능 벤치마크 (테스트가 아니라 사람이 읽는 표): `npm run bench`
 *
 * 1. 같은 내용을 Docusaurus Faster(Rspack/SWC/Lightning CSS)와 webpack(`DOCUSAURUS_FASTER=false`)으로 각각 차갑게
 *    빌드한 시간과 결과물 크기
 * 2. 페이지 종류별 첫 로드 JavaScript·CSS (gzip): HTML이 부르는 것, 브라우저가 클릭 전까지 받는 것
 * 3. 판(edition)별 검색 색인 크기
 * 4. 페이지 종류별 Lighthouse 모바일 성능 점수와 지표, 3회 중앙값
 *
 * "차가운" 빌드: `.docusaurus/`와 출력 폴더를 지우고 번들러의 영속 캐시를 끕니다(`DOCUSAURUS_NO_PERSISTENT_CACHE`).
 * `docusaurus clear`는 쓰지 않습니다: 작업 트리들이 node_modules를 심볼릭 링크로 함께 쓰므로, 그 안의
 * `.cache`를 지우면 다른 작업 트리의 빌드 캐시까지 지워집니다.
 *
 * 옵션: `--runs=3`(Lighthouse 반복 횟수), `--skip-build`(이미 있는 BUILD_DIR로 2~4만), `--out=파일`(표를 파일로도 저장)
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/support/browser';
import { startGhPagesServer } from '../tests/support/ghPagesServer';
import { runLighthouseInFreshChromium, type LighthouseReport } from '../tests/support/lighthouse';
import { measureLoadWeight } from '../tests/support/loadWeight';
import { selectPageKinds } from '../tests/support/pageKinds';
import { formatKiB, measurePageWeight } from '../tests/support/pageWeight';
import { buildDir, siteEnv } from '../tests/support/site';
import { searchIndexDir } from '../plugins/search-local-ko';

const repositoryRoot = path.resolve(import.meta.dirname, '..');

interface Options {
  readonly runs: number;
  readonly skipBuild: boolean;
  readonly out: string | undefined;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const runs = Number(value('runs') ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs=${value('runs')}: 1 이상의 정수를 주세요`);
  return { runs, skipBuild: argv.includes('--skip-build'), out: value('out') };
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: repositoryRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(' ')}이 코드 ${code}로 끝났습니다:\n${stderr}`)),
    );
  });
}

interface DirectorySize {
  readonly bytes: number;
  readonly files: number;
}

async function directorySize(directory: string): Promise<DirectorySize> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  let bytes = 0;
  let files = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files += 1;
  }
  return { bytes, files };
}

interface BuildResult {
  readonly label: string;
  readonly seconds: number;
  readonly size: DirectorySize;
}

async function coldBuild(label: string, faster: boolean, outDir: string): Promise<BuildResult> {
  await rm(path.join(repositoryRoot, '.docusaurus'), { recursive: true, force: true });
  await rm(outDir, { recursive: true, force: true });
  const env = {
    ...process.env,
    BASE_URL: siteEnv.baseUrl,
    DOCUSAURUS_FASTER: String(faster),
    DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
  };
  process.stderr.write(`빌드: ${label}…\n`);
  const started = performance.now();
  await run(
    process.execPath,
    ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build', '--out-dir', outDir],
    env,
  );
  const seconds = (performance.now() - started) / 1000;
  return { label, seconds, size: await directorySize(outDir) };
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? NaN)
    : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

async function searchIndexRows(): Promise<string[][]> {
  const indexDir = path.join(buildDir, searchIndexDir);
  const rows: string[][] = [];
  // 판마다 색인이 하나: `current.json`은 개정판(과 블로그), `<버전>.json`은 그 판입니다.
  for (const name of (await readdir(indexDir)).filter((file) => file.endsWith('.json')).sort()) {
    const content = await readFile(path.join(indexDir, name));
    const version = name.replace(/\.json$/, '');
    rows.push([
      version === 'current' ? '개정판 + 블로그' : `초판 ${version}`,
      `${searchIndexDir}/${name}`,
      formatKiB(content.length),
      formatKiB(gzipSync(content).length),
    ]);
  }
  if (rows.length === 0)
    throw new Error(`${indexDir}에 검색 색인이 없습니다. 빌드가 search-local-ko를 돌렸는지 확인하세요.`);
  return rows;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const sections: string[] = [];
  const machine = `${os.cpus().length}코어 ${os.cpus()[0]?.model.trim() ?? ''}, 메모리 ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, 부하 평균 ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}`;
  sections.push(`측정: ${new Date().toISOString().slice(0, 10)}, ${machine}`);

  if (!options.skipBuild) {
    const webpackDir = path.join(os.tmpdir(), 'docker-study-bench-webpack');
    // webpack 빌드를 먼저 하고 Faster 빌드를 마지막에 BUILD_DIR에 남겨, 아래 측정이 배포와 같은 결과물을 씁니다.
    const webpack = await coldBuild('webpack (DOCUSAURUS_FASTER=false)', false, webpackDir);
    const faster = await coldBuild('Faster (Rspack)', true, buildDir);
    await rm(webpackDir, { recursive: true, force: true });
    sections.push(
      '### 차가운 빌드\n\n' +
        table(
          ['빌드', '시간', '결과물', '파일 수'],
          [faster, webpack].map((result) => [
            result.label,
            `${result.seconds.toFixed(1)} s`,
            mib(result.size.bytes),
            String(result.size.files),
          ]),
        ) +
        `\n\nFaster가 ${(webpack.seconds / faster.seconds).toFixed(1)}배 빠릅니다.`,
    );
  } else {
    const size = await directorySize(buildDir);
    sections.push(
      `### 빌드 결과물\n\n${mib(size.bytes)}, 파일 ${size.files}개 (${buildDir}, 빌드 시간은 --skip-build라 재지 않음)`,
    );
  }

  const samples = await selectPageKinds();
  const server = await startGhPagesServer(buildDir, siteEnv.baseUrl);
  try {
    const browser = await launchChromium();
    const weightRows: string[][] = [];
    for (const { kind, page } of samples) {
      const html = await measurePageWeight(page.file);
      const load = await measureLoadWeight(browser, `${server.origin}${page.path}`);
      weightRows.push([
        kind.label,
        page.path,
        formatKiB(html.jsGzipBytes),
        formatKiB(html.cssGzipBytes),
        formatKiB(load.jsGzipBytes),
        formatKiB(load.prefetchJsGzipBytes),
      ]);
    }
    await browser.close();
    sections.push(
      '### 첫 로드 무게 (gzip)\n\n' +
        table(
          ['페이지 종류', '경로', 'HTML의 JS', 'CSS', '열 때 받는 JS', '다음 페이지 미리 받기'],
          weightRows,
        ),
    );
    sections.push('### 검색 색인\n\n' + table(['판', '파일', '크기', 'gzip'], await searchIndexRows()));

    const lighthouseRows: string[][] = [];
    for (const { kind, page } of samples) {
      const reports: LighthouseReport[] = [];
      for (let attempt = 1; attempt <= options.runs; attempt += 1) {
        process.stderr.write(`Lighthouse ${kind.label} ${attempt}/${options.runs}…\n`);
        reports.push(await runLighthouseInFreshChromium(`${server.origin}${page.path}`));
      }
      const pick = (value: (report: LighthouseReport) => number | null) =>
        median(reports.map(value).filter((entry): entry is number => entry !== null));
      lighthouseRows.push([
        kind.label,
        String(pick((report) => report.scores.performance)),
        `${(pick((report) => report.metrics.firstContentfulPaint) / 1000).toFixed(1)} s`,
        `${(pick((report) => report.metrics.largestContentfulPaint) / 1000).toFixed(1)} s`,
        `${Math.round(pick((report) => report.metrics.totalBlockingTime))} ms`,
        pick((report) => report.metrics.cumulativeLayoutShift).toFixed(3),
        reports.map((report) => report.scores.performance ?? '-').join(', '),
      ]);
    }
    sections.push(
      `### Lighthouse 모바일 성능 (${options.runs}회 중앙값)\n\n` +
        table(['페이지 종류', '성능', 'FCP', 'LCP', 'TBT', 'CLS', '회차별 점수'], lighthouseRows),
    );
  } finally {
    await server.close();
  }

  const report = sections.join('\n\n');
  process.stdout.write(`${report}\n`);
  if (options.out) await writeFile(options.out, `${report}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
