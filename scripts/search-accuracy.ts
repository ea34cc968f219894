/**
 * 절 단위 검색 기준(`src/data/searchSectionQueries.ts`), 따로 둔 검색어(`searchQueriesHeldOut.ts`), 처음 보는
 * 검색어(`searchQueriesFresh.ts`)를 빌드한 색인으로 검색해 첫 결과와 상위 3개 적중률을 냅니다. Pagefind
 * (`npm i -D pagefind`)가 설치되어 있으면 같은 빌드를 Pagefind로도 색인해(절 단위 하위 결과 포함) 같은 검색어의
 * 적중률을 나란히 냅니다.
 *
 * 사용법: tsx scripts/search-accuracy.ts [빌드 폴더] [--reindex] [--misses] [--no-pagefind] [--sweep]
 * `--reindex`: 색인 파일 대신 빌드의 HTML에서 지금의 코드로 색인을 다시 만듭니다(순위 규칙을 고치며 빌드 없이 잴 때).
 * `--sweep`: 순위 값(`RankingWeights`)마다 몇 가지 값을 넣어 보고, 지금 값보다 첫 결과가 몇 개 늘거나 주는지 묶음마다
 * 냅니다. 값을 고를 때 한 묶음에서만 느는 값은 그 묶음에 맞춘 것이므로, 모든 묶음에서 줄지 않는 값을 고릅니다.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex, type PageToIndex } from '../plugins/search-local-ko/buildIndex';
import { extractPage } from '../plugins/search-local-ko/extract';
import { keywordsForSlug } from '../src/data/searchKeywords';
import { heldOutQueries } from '../src/data/searchQueriesHeldOut';
import { freshQueryBatches } from '../src/data/searchQueriesFresh';
import { sectionQueries, type SectionQueryCase } from '../src/data/searchSectionQueries';
import { SearchEngine, defaultRankingWeights, type RankingWeights } from '../src/search/engine';
import type { PageRole, SearchIndexFile } from '../src/search/indexFormat';
import { pageRole } from '../src/search/weights';

const args = process.argv.slice(2);
const buildDir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'build');
const reindex = args.includes('--reindex');
const showMisses = args.includes('--misses');
const withPagefind = !args.includes('--no-pagefind');
const sweep = args.includes('--sweep');
const editions = ['current', '2025.02'] as const;

/** `/docker-study/docs/x/?a#b` → `/docs/x#b`. base 경로는 색인의 첫 페이지 주소에서 알아냅니다. */
function targetOf(url: string, baseUrl: string): string {
  const [pathPart = '', hash = ''] = url.split('#');
  const pathname = pathPart.split('?')[0] ?? '';
  const route = `/${pathname.slice(baseUrl.length)}`.replace(/\/$/, '') || '/';
  return hash ? `${route}#${decodeURIComponent(hash)}` : route;
}

export function isExpected(target: string, expected: readonly string[]): boolean {
  return expected.some((wanted) =>
    wanted.includes('#') ? target === wanted : target.split('#')[0] === wanted,
  );
}

/** 색인의 페이지 주소(`/docker-study/docs/x`)에 해당하는 빌드의 HTML 파일 */
function builtHtmlPath(url: string): string {
  const relative = url.replace(/^\/[^/]+\//, '').replace(/\/$/, '');
  if (relative === '') return path.join(buildDir, 'index.html');
  const file = path.join(buildDir, `${relative}.html`);
  return existsSync(file) ? file : path.join(buildDir, relative, 'index.html');
}

async function loadIndex(edition: string): Promise<SearchIndexFile> {
  const built = JSON.parse(
    await readFile(path.join(buildDir, 'search-index', `${edition}.json`), 'utf8'),
  ) as SearchIndexFile;
  if (!reindex) return built;
  const pages: PageToIndex[] = [];
  for (const page of built.pages) {
    const relative = page.url.replace(/^\/[^/]+\//, '').replace(/\/$/, '');
    const content = extractPage(await readFile(builtHtmlPath(page.url), 'utf8'));
    const slug = relative.replace(/^docs(\/2025\.02)?/, '') || '/';
    if (content) {
      const keywords = page.kind === 'docs' ? keywordsForSlug(slug) : {};
      pages.push({ url: page.url, kind: page.kind, role: pageRole(page.kind, slug), content, keywords });
    }
  }
  return buildSearchIndex(edition, pages);
}

export interface Rates {
  readonly first: number;
  readonly top3: number;
  readonly total: number;
  readonly misses: readonly string[];
}

type Searcher = (testCase: SectionQueryCase) => Promise<readonly string[]>;

async function measure(cases: readonly SectionQueryCase[], search: Searcher): Promise<Rates> {
  let first = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const testCase of cases) {
    const targets = await search(testCase);
    if (targets[0] !== undefined && isExpected(targets[0], testCase.first)) first += 1;
    else
      misses.push(
        `[${testCase.edition}] ${testCase.query} → ${targets.slice(0, 3).join(' | ') || '(없음)'} (기대: ${testCase.first.join(', ')})`,
      );
    if (targets.slice(0, 3).some((target) => isExpected(target, testCase.first))) top3 += 1;
  }
  return { first, top3, total: cases.length, misses };
}

/** 재는 검색어 묶음과 그 이름. 처음 보는 검색어는 적은 차례대로 묶음마다 따로 냅니다(새 묶음이 처음 재는 값입니다). */
const querySets: readonly (readonly [label: string, cases: readonly SectionQueryCase[]])[] = [
  ['기준 검색어', sectionQueries],
  ['따로 둔 검색어', heldOutQueries],
  ...freshQueryBatches.map((cases, number) => [`처음 보는 검색어 ${number + 1}`, cases] as const),
];

const percent = (count: number, total: number): string => `${((count / total) * 100).toFixed(1)}%`;

/** 따로 둔 검색어는 적중률만 냅니다. 놓친 검색어를 보고 규칙을 고치면 따로 둔 의미가 없어지기 때문입니다. */
function report(name: string, label: string, rates: Rates): void {
  console.log(
    `${name} ${label}: 첫 결과 ${rates.first}/${rates.total} (${percent(rates.first, rates.total)}), 상위 3개 ${rates.top3}/${rates.total} (${percent(rates.top3, rates.total)})`,
  );
  if (showMisses) for (const miss of rates.misses) console.log(`  놓침 ${miss}`);
}

interface PagefindResult {
  readonly data: () => Promise<{
    readonly url: string;
    readonly sub_results?: readonly { readonly url: string; readonly locations: readonly number[] }[];
  }>;
}
interface PagefindClient {
  readonly options: (options: Record<string, unknown>) => Promise<void>;
  readonly init: () => Promise<void>;
  readonly search: (query: string) => Promise<{ readonly results: readonly PagefindResult[] } | null>;
}
interface PagefindIndex {
  readonly addHTMLFile: (file: {
    readonly url: string;
    readonly content: string;
  }) => Promise<{ readonly errors: readonly string[] }>;
  readonly writeFiles: (options: {
    readonly outputPath: string;
  }) => Promise<{ readonly errors: readonly string[] }>;
}
interface PagefindModule {
  readonly createIndex: (options: Record<string, unknown>) => Promise<{ readonly index?: PagefindIndex }>;
  readonly close: () => Promise<unknown>;
}

/** Pagefind 모듈: `PAGEFIND_MODULE`(모듈 파일 경로)이 있으면 그것을, 없으면 devDependency의 `pagefind`를 씁니다. */
async function importPagefind(): Promise<PagefindModule | undefined> {
  const specifier = process.env.PAGEFIND_MODULE
    ? pathToFileURL(process.env.PAGEFIND_MODULE).href
    : 'pagefind';
  try {
    return (await import(specifier)) as PagefindModule;
  } catch {
    return undefined;
  }
}

/**
 * Pagefind로 같은 페이지(이 사이트의 색인에 든 페이지와 같은 목록)를 판마다 색인하고, Pagefind의 브라우저용 검색 코드를
 * Node에서 불러 같은 검색어를 찾습니다. 색인 파일은 임시 폴더에 쓰고, 검색 코드가 `fetch`로 읽도록 그 폴더를
 * 127.0.0.1에서만 잠깐 내줍니다. 결과는 Pagefind가 돌려준 페이지 순서대로, 페이지마다 하위 결과(제목별 절)를 검색어가
 * 많이 나온 절부터 펼쳐 씁니다.
 */
async function pagefindSearcher(
  indexes: ReadonlyMap<string, SearchIndexFile>,
  baseUrl: string,
): Promise<{ readonly search: Searcher; readonly close: () => Promise<void> } | undefined> {
  const pagefind = await importPagefind();
  if (!pagefind) return undefined;
  const root = await mkdtemp(path.join(tmpdir(), 'pagefind-'));
  const server = createServer((request, response) => {
    const file = path.join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    // 연결을 다시 쓰지 않게 합니다. 쉬는 연결을 서버가 닫는 순간 fetch가 그 연결을 쓰면 ECONNRESET이 납니다.
    response.setHeader('connection', 'close');
    readFile(file)
      .then((content) => response.end(content))
      .catch(() => {
        response.statusCode = 404;
        response.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const clients = new Map<string, PagefindClient>();
  for (const [edition, index] of indexes) {
    // 본문(`article`)만 색인하고 제목 옆 `#` 링크 같은 장식은 뺍니다(이 사이트의 색인과 같은 범위).
    const { index: pagefindIndex } = await pagefind.createIndex({
      rootSelector: 'article',
      excludeSelectors: [
        '.hash-link',
        'button',
        'nav',
        'footer',
        '.theme-edit-this-page',
        '[data-search-skip]',
      ],
      forceLanguage: 'ko',
    });
    if (!pagefindIndex) return undefined;
    for (const page of index.pages) {
      const html = await readFile(builtHtmlPath(page.url), 'utf8');
      await pagefindIndex.addHTMLFile({ url: page.url, content: html });
    }
    await pagefindIndex.writeFiles({ outputPath: path.join(root, edition) });
    const client = (await import(
      pathToFileURL(path.join(root, edition, 'pagefind.js')).href
    )) as PagefindClient;
    await client.options({ basePath: `http://127.0.0.1:${port}/${edition}/`, baseUrl: '/' });
    await client.init();
    clients.set(edition, client);
  }
  return {
    search: async (testCase) => {
      const result = await clients.get(testCase.edition)?.search(testCase.query);
      const targets: string[] = [];
      for (const hit of (result?.results ?? []).slice(0, 5)) {
        const data = await hit.data();
        // Pagefind UI처럼 하위 결과는 검색어가 많이 나온 절부터 씁니다(Pagefind UI도 이 순서로 세 개를 고릅니다).
        const subs = [...(data.sub_results ?? [])].sort((x, y) => y.locations.length - x.locations.length);
        const urls = subs.length > 0 ? subs.map((sub) => sub.url) : [data.url];
        targets.push(...urls.map((url) => targetOf(url, baseUrl)));
      }
      return targets;
    },
    close: async () => {
      server.close();
      await pagefind.close();
    },
  };
}

type NumericWeight = Exclude<keyof RankingWeights, 'roles'>;
/** `--sweep`이 넣어 보는 값들 */
const sweepValues: Readonly<Record<NumericWeight, readonly number[]>> = {
  k1: [0.8, 1.6, 2],
  sectionB: [0.5, 0.9],
  headingBoost: [6, 10],
  keywordWeight: [0.15, 0.25, 0.3],
  keywordLineWeight: [0, 0.05, 0.2],
  namedEntryWeight: [0.5, 1],
  ubiquitousShare: [0.6, 0.9],
  parentBoost: [0.5, 2],
  titleBoost: [0, 1],
  askedForPageBoost: [1, 3],
  pairHeadingBoost: [0.25, 1],
  pairTextBoost: [0, 0.5],
  commandBoost: [0.5, 2],
  intentBoost: [1.5, 3.5],
  anchorBoost: [1.25, 2],
  partialComparison: [0.5, 1],
  pageShare: [0, 0.5],
  pageB: [0.25, 0.75],
  outsideTopic: [0.45, 0.8],
  recurring: [0.15, 0.5],
};
const sweepRoles: Readonly<Partial<Record<PageRole, readonly number[]>>> = {
  intro: [0.4, 0.8, 1],
  aggregate: [0.15, 0.25, 0.6],
  blog: [0.2, 0.6],
};

/** 순위 값 하나를 바꾼 엔진으로 모든 묶음을 재어, 지금 값과의 첫 결과 차이를 한 줄로 냅니다. */
async function sweepWeights(indexes: ReadonlyMap<string, SearchIndexFile>, baseUrl: string): Promise<void> {
  const firstHits = async (weights: RankingWeights): Promise<number[]> => {
    const engines = new Map(
      [...indexes].map(([edition, index]) => [edition, new SearchEngine(index, weights)]),
    );
    const counts: number[] = [];
    for (const [, cases] of querySets)
      counts.push((await measure(cases, searcherFor(engines, baseUrl))).first);
    return counts;
  };
  const current = await firstHits(defaultRankingWeights);
  const total = (counts: readonly number[]): number => counts.reduce((sum, count) => sum + count, 0);
  console.log(
    `지금 값: 첫 결과 ${total(current)}개 (${querySets.map(([label]) => label).join(', ')} 순서로 ${current.join(' ')})`,
  );
  const line = async (name: string, value: number, weights: RankingWeights): Promise<void> => {
    const counts = await firstHits(weights);
    const changes = counts.map((count, set) => count - (current[set] ?? 0));
    const sign = (change: number): string => (change > 0 ? `+${change}` : `${change}`);
    console.log(
      `${name} = ${value}: ${sign(total(counts) - total(current))} (${changes.map(sign).join(' ')})`,
    );
  };
  for (const [name, values] of Object.entries(sweepValues) as [NumericWeight, readonly number[]][]) {
    for (const value of values) await line(name, value, { ...defaultRankingWeights, [name]: value });
  }
  for (const [role, values] of Object.entries(sweepRoles) as [PageRole, readonly number[]][]) {
    for (const value of values) {
      const roles = { ...defaultRankingWeights.roles, [role]: value };
      await line(`roles.${role}`, value, { ...defaultRankingWeights, roles });
    }
  }
}

/** 우리 검색의 결과를 `페이지#id` 목록으로 */
function searcherFor(engines: ReadonlyMap<string, SearchEngine>, baseUrl: string): Searcher {
  return (testCase) => {
    const engine = engines.get(testCase.edition);
    const hits = engine?.search(testCase.query).sections ?? [];
    return Promise.resolve(
      hits.map((hit) => {
        const page = engine?.pageOf(hit.section);
        return targetOf(`${page?.url ?? ''}${hit.section.anchor ? `#${hit.section.anchor}` : ''}`, baseUrl);
      }),
    );
  };
}

async function main(): Promise<void> {
  const engines = new Map<string, SearchEngine>();
  const indexes = new Map<string, SearchIndexFile>();
  let baseUrl = '/';
  for (const edition of editions) {
    const index = await loadIndex(edition);
    const json = JSON.stringify(index);
    console.log(
      `색인 ${edition}: ${(json.length / 1024).toFixed(0)} KiB, gzip ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(0)} KiB, 절 ${index.sections.length}개`,
    );
    baseUrl = `/${(index.pages[0]?.url ?? '/').split('/')[1] ?? ''}/`.replace('//', '/');
    engines.set(edition, new SearchEngine(index));
    indexes.set(edition, index);
  }
  if (sweep) {
    await sweepWeights(indexes, baseUrl);
    return;
  }
  const ours = searcherFor(engines, baseUrl);
  for (const [label, cases] of querySets) report('이 사이트', label, await measure(cases, ours));
  if (!withPagefind) return;
  const pagefind = await pagefindSearcher(indexes, baseUrl);
  if (!pagefind) {
    console.log(
      'Pagefind가 설치되어 있지 않아 비교를 건너뜁니다 (npm i -D pagefind, 또는 PAGEFIND_MODULE=<경로>).',
    );
    return;
  }
  try {
    for (const [label, cases] of querySets) report('Pagefind', label, await measure(cases, pagefind.search));
  } finally {
    await pagefind.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
