/**
 * 성능 벤치마크 (테스트가 아니라 사람이 읽는 표): `npm run bench`
 *
 * 1. 같은 내용을 Docusaurus Faster(Rspack/SWC/Lightning CSS)와 webpack(`DOCUSAURUS_FASTER=false`)으로 각각 차갑게
 *    빌드한 시간과 결과물 크기
 * 2. 페이지 종류별 첫 로드 JavaScript·CSS (gzip): HTML이 부르는 것, 브라우저가 클릭 전까지 받는 것
 * 3. 판(edition)별 검색 색인 크기
 * 4. 페이지 종류별 Lighthouse 모바일 성능 점수와 지표, 3회 중앙값. 같은 실행 안에서 기본 `create-docusaurus` classic
 *    TypeScript 사이트(같은 Docusaurus 버전)의 가장 가까운 페이지와 번갈아 재어 나란히 적고, 장 페이지는 메인 스레드
 *    시간을 범주별로(스크립트 실행, 스타일·레이아웃, 파싱 …) 나눕니다.
 * 5. 장 페이지의 두 기준점(이슈 #23): 같은 장 MDX를 그린 기본 classic 사이트 + `@docusaurus/theme-mermaid`, 그리고
 *    자바스크립트 파일을 막은 우리 장 페이지(같은 HTML과 CSS로 닿는 한계). 같은 회차 안에서 우리 것과 번갈아 잽니다.
 *
 * 두 사이트 모두 GitHub Pages처럼 gzip으로 압축해 서빙합니다(scripts/lib/ghPagesServer.ts).
 * 비교용 템플릿은 저장소에 넣지 않는 측정 도구입니다: 처음 한 번 `npx create-docusaurus@<버전> … classic --typescript`과
 * `npm install`로 `~/.cache/docker-study-bench/`에 만들고 빌드해 두며, 다음 실행부터 다시 씁니다(`--rebuild-template`은
 * 빌드만 다시). node_modules 안에 두지 않는 까닭: Docusaurus는 node_modules 안의 파일을 트랜스파일하지 않아 그 안에
 * 만든 사이트는 빌드되지 않습니다.
 *
 * "차가운" 빌드: `.docusaurus/`와 출력 폴더를 지우고 번들러의 영속 캐시를 끕니다(`DOCUSAURUS_NO_PERSISTENT_CACHE`).
 * `docusaurus clear`는 쓰지 않습니다: 작업 트리들이 node_modules를 심볼릭 링크로 함께 쓰므로, 그 안의
 * `.cache`를 지우면 다른 작업 트리의 빌드 캐시까지 지워집니다.
 *
 * 같은 장을 그리는 기본 사이트도 같은 폴더(`stock-chapter-<버전>`)에 한 번 만들고, 장 MDX가 바뀌었을 때만 다시 빌드합니다.
 *
 * 옵션: `--runs=3`(Lighthouse 반복 횟수), `--skip-build`(이미 있는 BUILD_DIR로 2~5만), `--out=파일`(표를 파일로도 저장),
 * `--rebuild-template`(비교용 템플릿과 같은 장의 기본 사이트를 다시 빌드)
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './lib/browser';
import { startGhPagesServer } from './lib/ghPagesServer';
import {
  runLighthouseInFreshChromium,
  type LighthouseOptions,
  type LighthouseReport,
} from './lib/lighthouse';
import { measureLoadWeight } from './lib/loadWeight';
import { isChapterKind, selectPageKinds, type KindSample, type PageKindId } from './lib/pageKinds';
import { formatKiB, measurePageWeight } from './lib/pageWeight';
import { buildDir, siteEnv } from './lib/site';
import { searchIndexDir } from '../plugins/search-local-ko';
import { chapters } from '../src/data/chapters';
import { editions } from '../src/data/editions';

const repositoryRoot = path.resolve(import.meta.dirname, '..');

/** 비교 대상: 우리와 같은 Docusaurus 버전의 기본 classic TypeScript 사이트 */
const docusaurusVersion = '3.10.2';
const templateDir = path.join(
  os.homedir(),
  '.cache',
  'docker-study-bench',
  `create-docusaurus-${docusaurusVersion}`,
);
const templateBuildDir = path.join(templateDir, 'build');

/**
 * 장 페이지의 기준점 하나: 같은 버전의 기본 classic 사이트에 `@docusaurus/theme-mermaid`만 더해 우리 장의 MDX를 그대로
 * 그린 사이트. 템플릿처럼 저장소 밖에 한 번 만들어 두고, 장 MDX가 바뀌었을 때만 다시 빌드합니다. 우리 컴포넌트
 * `Baseline`(기준 버전 한 줄)은 그 사이트에 없으므로 같은 자리에 문단 하나를 그리는 대역을 둡니다.
 */
const stockChapterDir = path.join(
  os.homedir(),
  '.cache',
  'docker-study-bench',
  `stock-chapter-${docusaurusVersion}`,
);
const stockChapterBuildDir = path.join(stockChapterDir, 'build');

/**
 * 페이지 종류마다 템플릿에서 가장 가까운 페이지. 장은 코드 블록·표·목록이 있는 가장 긴 문서, 블로그 글은 가장 긴 글,
 * 태그 탐색기는 블로그 태그 목록, 검색(검색 상자와 결과 목록만 있는 독립 페이지)은 독립 페이지 `/markdown-page`입니다.
 */
const templatePages: Readonly<Record<PageKindId, string>> = {
  home: '/',
  chapter: '/docs/tutorial-basics/markdown-features',
  'chapter-first-edition': '/docs/tutorial-basics/markdown-features',
  'blog-post': '/blog/long-blog-post',
  'blog-tag': '/blog/tags/docusaurus',
  'tag-explorer': '/blog/tags',
  search: '/markdown-page',
};

interface Options {
  readonly runs: number;
  readonly skipBuild: boolean;
  readonly rebuildTemplate: boolean;
  readonly out: string | undefined;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const runs = Number(value('runs') ?? 3);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs=${value('runs')}: 1 이상의 정수를 주세요`);
  return {
    runs,
    skipBuild: argv.includes('--skip-build'),
    rebuildTemplate: argv.includes('--rebuild-template'),
    out: value('out'),
  };
}

function run(
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  cwd: string = repositoryRoot,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
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

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * `create-docusaurus@<우리 버전> … classic --typescript`으로 기본 사이트를 `directory`에 새로 만들고 의존성을 설치합니다
 * (`extraPackages`도 함께). 비교용 템플릿과 같은 장의 기본 사이트가 이것으로 만들어집니다.
 */
async function scaffoldStockSite(
  directory: string,
  what: string,
  extraPackages: readonly string[] = [],
): Promise<void> {
  process.stderr.write(`${what}: create-docusaurus@${docusaurusVersion} → ${directory}…\n`);
  await rm(directory, { recursive: true, force: true });
  await mkdir(path.dirname(directory), { recursive: true });
  await run(
    npx,
    [
      '--yes',
      `create-docusaurus@${docusaurusVersion}`,
      path.basename(directory),
      'classic',
      '--typescript',
      '--skip-install',
    ],
    process.env,
    path.dirname(directory),
  );
  await run(npm, ['install', '--no-audit', '--no-fund', ...extraPackages], process.env, directory);
}

/** 비교용 템플릿을 만들고(처음 한 번) 빌드합니다(빌드가 없거나 `--rebuild-template`일 때). */
async function prepareTemplate(rebuild: boolean): Promise<void> {
  if (!existsSync(path.join(templateDir, 'node_modules', '@docusaurus', 'core'))) {
    await scaffoldStockSite(templateDir, '비교용 템플릿 만들기');
  }
  if (rebuild || !existsSync(path.join(templateBuildDir, 'index.html'))) {
    process.stderr.write('비교용 템플릿 빌드…\n');
    await run(npx, ['docusaurus', 'build'], { ...process.env, BASE_URL: undefined }, templateDir);
  }
}

interface StockChapter {
  readonly kind: PageKindId;
  /** 우리 저장소의 장 MDX */
  readonly source: string;
  /** 기준 사이트의 문서 id(`docs/<id>.mdx`, 주소 `/docs/<id>`) */
  readonly docId: string;
}

/** 표본 장(`/docker-study/docs/concepts`, `/docker-study/docs/2025.02/concepts`)의 MDX 파일 */
function stockChapters(samples: readonly KindSample[]): StockChapter[] {
  return samples
    .filter(({ kind }) => isChapterKind(kind.id))
    .map(({ kind, page }) => {
      const edition = kind.id === 'chapter' ? 'revised' : 'first';
      const chapter = chapters.find(
        (candidate) =>
          page.path === `${siteEnv.baseUrl}${editions[edition].basePath.slice(1)}${candidate.slug}`,
      );
      if (chapter === undefined)
        throw new Error(`${page.path}에 해당하는 장이 src/data/chapters.ts에 없습니다`);
      const folder = edition === 'revised' ? 'docs' : `versioned_docs/version-${editions.first.version}`;
      return {
        kind: kind.id,
        source: path.join(repositoryRoot, folder, `${chapter.id}.mdx`),
        docId: `bench-${edition}-${chapter.id}`,
      };
    });
}

/** 기준 사이트가 받지 않는 앞부분(우리 주소, 순서, 우리 태그)을 빼고, 우리 컴포넌트는 대역으로 잇습니다. */
function toStockMdx(source: string): string {
  return source
    .replace(/^(slug|sidebar_position|sidebar_label|tags):.*\n/gm, '')
    .replace(/from '@site\/src\/components\/Baseline'/, "from '@site/src/components/BenchBaseline'");
}

const stockBaselineComponent = `export default function BenchBaseline(): JSX.Element {
  return <p>Docker Engine, Docker Desktop, Docker Compose 기준</p>;
}
`;

/** 같은 장을 그리는 기본 사이트를 만들고(처음 한 번), 장 MDX가 바뀌었거나 빌드가 없을 때 빌드합니다. */
async function prepareStockChapterSite(rebuild: boolean, wanted: readonly StockChapter[]): Promise<void> {
  if (!existsSync(path.join(stockChapterDir, 'node_modules', '@docusaurus', 'theme-mermaid'))) {
    await scaffoldStockSite(stockChapterDir, '같은 장의 기본 사이트 만들기', [
      `@docusaurus/theme-mermaid@${docusaurusVersion}`,
    ]);
  }
  const configFile = path.join(stockChapterDir, 'docusaurus.config.ts');
  const config = await readFile(configFile, 'utf8');
  if (!config.includes('@docusaurus/theme-mermaid')) {
    // Mermaid를 켜고, 다른 장으로 가는 상대 링크는 이 사이트에 없으므로 빌드를 멈추지 않게 합니다.
    await writeFile(
      configFile,
      config
        .replace("onBrokenLinks: 'throw',", "onBrokenLinks: 'ignore',")
        .replace(
          '  presets: [',
          "  markdown: { mermaid: true, hooks: { onBrokenMarkdownLinks: 'ignore' } },\n  themes: ['@docusaurus/theme-mermaid'],\n\n  presets: [",
        ),
    );
  }
  let changed = rebuild || !existsSync(path.join(stockChapterBuildDir, 'index.html'));
  const componentFile = path.join(stockChapterDir, 'src', 'components', 'BenchBaseline', 'index.tsx');
  await mkdir(path.dirname(componentFile), { recursive: true });
  await writeFile(componentFile, stockBaselineComponent);
  for (const chapter of wanted) {
    const target = path.join(stockChapterDir, 'docs', `${chapter.docId}.mdx`);
    const mdx = toStockMdx(await readFile(chapter.source, 'utf8'));
    const previous = existsSync(target) ? await readFile(target, 'utf8') : '';
    if (previous !== mdx) {
      await writeFile(target, mdx);
      changed = true;
    }
  }
  if (changed) {
    process.stderr.write('같은 장의 기본 사이트 빌드…\n');
    await run(npx, ['docusaurus', 'build'], { ...process.env, BASE_URL: undefined }, stockChapterDir);
  }
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

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** 메인 스레드 범주: Lighthouse `mainthread-work-breakdown`의 group id와 표에 쓰는 이름 */
const mainThreadGroups: readonly (readonly [string, string])[] = [
  ['scriptEvaluation', '스크립트 실행'],
  ['styleLayout', '스타일·레이아웃'],
  ['paintCompositeRender', '그리기·합성'],
  ['parseHTML', 'HTML·CSS 파싱'],
  ['scriptParseCompile', '스크립트 파싱·컴파일'],
  ['garbageCollection', '가비지 컬렉션'],
  ['other', '기타'],
];

/**
 * 부하가 큰 기계에서는 한 번의 Lighthouse가 시간 초과로 끊기기도 합니다. 그 회차만 빼고 나머지로 중앙값을 내며,
 * 뺀 것은 표준 오류에 남기고 표의 '회차별 점수'에 적게 남은 횟수로 드러납니다.
 */
async function measureOnce(
  url: string,
  options: LighthouseOptions = {},
): Promise<LighthouseReport | undefined> {
  try {
    return await runLighthouseInFreshChromium(url, options);
  } catch (error: unknown) {
    process.stderr.write(`  건너뜀: ${error instanceof Error ? error.message : String(error)}\n`);
    return undefined;
  }
}

interface Origins {
  readonly ours: string;
  readonly template: string;
  readonly stockChapter: string;
}

async function lighthouseSection(
  samples: readonly KindSample[],
  origins: Origins,
  stock: readonly StockChapter[],
  runs: number,
): Promise<string> {
  const ours = new Map<PageKindId, LighthouseReport[]>();
  const theirs = new Map<PageKindId, LighthouseReport[]>();
  const sameChapter = new Map<PageKindId, LighthouseReport[]>();
  const withoutScript = new Map<PageKindId, LighthouseReport[]>();
  const add = (
    into: Map<PageKindId, LighthouseReport[]>,
    kind: PageKindId,
    report: LighthouseReport | undefined,
  ) => {
    if (report) into.set(kind, [...(into.get(kind) ?? []), report]);
  };
  // 기계의 부하가 모든 사이트에 고르게 걸리도록 회차마다 모든 종류를, 종류마다 우리 것과 비교 대상을 번갈아 잽니다.
  // 장은 두 기준점도 같은 자리에서 잽니다: 같은 MDX를 그린 기본 Docusaurus와, 자바스크립트 없는 우리 페이지(한계).
  for (let attempt = 1; attempt <= runs; attempt += 1) {
    for (const { kind, page } of samples) {
      process.stderr.write(`Lighthouse ${kind.label} ${attempt}/${runs}…\n`);
      add(ours, kind.id, await measureOnce(`${origins.ours}${page.path}`));
      add(theirs, kind.id, await measureOnce(`${origins.template}${templatePages[kind.id]}`));
      const stockChapter = stock.find((chapter) => chapter.kind === kind.id);
      if (stockChapter === undefined) continue;
      add(sameChapter, kind.id, await measureOnce(`${origins.stockChapter}/docs/${stockChapter.docId}`));
      add(withoutScript, kind.id, await measureOnce(`${origins.ours}${page.path}`, { javascript: false }));
    }
  }
  const pick = (reports: readonly LighthouseReport[], value: (report: LighthouseReport) => number | null) =>
    median(reports.map(value).filter((entry): entry is number => entry !== null));
  const pair = (
    kindId: PageKindId,
    value: (report: LighthouseReport) => number | null,
    format: (n: number) => string,
  ) => `${format(pick(ours.get(kindId) ?? [], value))} / ${format(pick(theirs.get(kindId) ?? [], value))}`;

  const rows = samples.map(({ kind }) => {
    const ourReports = ours.get(kind.id) ?? [];
    const ourScore = pick(ourReports, (report) => report.scores.performance);
    const templateScore = pick(theirs.get(kind.id) ?? [], (report) => report.scores.performance);
    return [
      kind.label,
      `${templatePages[kind.id]}`,
      String(ourScore),
      String(templateScore),
      ourScore >= templateScore ? '예' : '**아니요**',
      pair(kind.id, (report) => report.metrics.firstContentfulPaint, seconds),
      pair(kind.id, (report) => report.metrics.largestContentfulPaint, seconds),
      pair(
        kind.id,
        (report) => report.metrics.totalBlockingTime,
        (ms) => `${Math.round(ms)} ms`,
      ),
      pair(
        kind.id,
        (report) => report.metrics.cumulativeLayoutShift,
        (cls) => cls.toFixed(3),
      ),
      pair(
        kind.id,
        (report) => report.domElements,
        (count) => String(Math.round(count)),
      ),
      ourReports.map((report) => report.scores.performance ?? '-').join(', '),
    ];
  });
  const chapterRows = samples
    .filter(({ kind }) => isChapterKind(kind.id))
    .flatMap(({ kind }) =>
      mainThreadGroups.map(([group, label]) => [
        kind.label,
        label,
        pair(
          kind.id,
          (report) => report.mainThreadByGroup[group] ?? 0,
          (ms) => `${Math.round(ms)} ms`,
        ),
      ]),
    );
  const one = (
    reports: readonly LighthouseReport[],
    value: (report: LighthouseReport) => number | null,
    format: (n: number) => string,
  ) => (reports.length === 0 ? '-' : format(pick(reports, value)));
  const anchorRows = samples
    .filter(({ kind }) => isChapterKind(kind.id))
    .flatMap(({ kind, page }) => {
      const stockChapter = stock.find((chapter) => chapter.kind === kind.id);
      return (
        [
          ['우리', page.path, ours.get(kind.id) ?? []],
          [
            `같은 장 MDX, 기본 Docusaurus ${docusaurusVersion} + theme-mermaid`,
            `/docs/${stockChapter?.docId ?? ''}`,
            sameChapter.get(kind.id) ?? [],
          ],
          ['우리, 자바스크립트 없이 (한계)', page.path, withoutScript.get(kind.id) ?? []],
        ] as const
      ).map(([label, pagePath, reports]) => [
        kind.label,
        label,
        pagePath,
        one(reports, (report) => report.scores.performance, String),
        one(reports, (report) => report.metrics.firstContentfulPaint, seconds),
        one(reports, (report) => report.metrics.largestContentfulPaint, seconds),
        one(
          reports,
          (report) => report.metrics.totalBlockingTime,
          (ms) => `${Math.round(ms)} ms`,
        ),
        one(
          reports,
          (report) => report.metrics.cumulativeLayoutShift,
          (cls) => cls.toFixed(3),
        ),
        one(
          reports,
          (report) => report.domElements,
          (count) => String(Math.round(count)),
        ),
        reports.map((report) => report.scores.performance ?? '-').join(', '),
      ]);
    });
  return (
    `### Lighthouse 모바일 성능 (${runs}회 중앙값, 우리 / 기본 create-docusaurus ${docusaurusVersion} 템플릿)\n\n` +
    table(
      [
        '페이지 종류',
        '템플릿 페이지',
        '성능',
        '템플릿',
        '템플릿 이상',
        'FCP',
        'LCP',
        'TBT',
        'CLS',
        'DOM 요소',
        '회차별 점수',
      ],
      rows,
    ) +
    `\n\n### 장 페이지의 메인 스레드 시간 (Lighthouse mainthread-work-breakdown, ${runs}회 중앙값, 우리 / 템플릿 문서)\n\n` +
    table(['페이지 종류', '범주', '시간'], chapterRows) +
    `\n\n### 장 페이지와 두 기준점 (${runs}회 중앙값, 같은 실행 안에서 번갈아 잼)\n\n` +
    table(
      ['페이지 종류', '측정', '페이지', '성능', 'FCP', 'LCP', 'TBT', 'CLS', 'DOM 요소', '회차별 점수'],
      anchorRows,
    )
  );
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

  await prepareTemplate(options.rebuildTemplate);
  const samples = await selectPageKinds();
  const stock = stockChapters(samples);
  await prepareStockChapterSite(options.rebuildTemplate, stock);
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

    const templateServer = await startGhPagesServer(templateBuildDir, '/');
    const stockChapterServer = await startGhPagesServer(stockChapterBuildDir, '/');
    try {
      sections.push(
        await lighthouseSection(
          samples,
          { ours: server.origin, template: templateServer.origin, stockChapter: stockChapterServer.origin },
          stock,
          options.runs,
        ),
      );
    } finally {
      await templateServer.close();
      await stockChapterServer.close();
    }
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
