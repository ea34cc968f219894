/**
 * 절 단위 검색 기준(`src/data/searchSectionQueries.ts`)과 따로 둔 검색어(`searchQueriesHeldOut.ts`)를 빌드한 색인으로
 * 검색해 첫 결과와 상위 3개 적중률을 냅니다. Pagefind(`npm i -D pagefind`)가 설치되어 있으면 같은 빌드를 Pagefind로도
 * 색인해(절 단위 하위 결과 포함) 같은 검색어의 적중률을 나란히 냅니다.
 *
 * 사용법: tsx scripts/search-accuracy.ts [빌드 폴더] [--reindex] [--misses] [--no-pagefind]
 * `--reindex`: 색인 파일 대신 빌드의 HTML에서 지금의 코드로 색인을 다시 만듭니다(순위 규칙을 고치며 빌드 없이 잴 때).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSearchIndex, type PageToIndex } from '../plugins/search-local-ko/buildIndex';
import { extractPage } from '../plugins/search-local-ko/extract';
import { heldOutQueries } from '../src/data/searchQueriesHeldOut';
import { sectionQueries, type SectionQueryCase } from '../src/data/searchSectionQueries';
import { SearchEngine } from '../src/search/engine';
import type { SearchIndexFile } from '../src/search/indexFormat';
import { pageRole } from '../src/search/weights';

const args = process.argv.slice(2);
const buildDir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? 'build');
const reindex = args.includes('--reindex');
const showMisses = args.includes('--misses');
const withPagefind = !args.includes('--no-pagefind');
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

async function loadIndex(edition: string): Promise<SearchIndexFile> {
  const built = JSON.parse(
    await readFile(path.join(buildDir, 'search-index', `${edition}.json`), 'utf8'),
  ) as SearchIndexFile;
  if (!reindex) return built;
  const pages: PageToIndex[] = [];
  for (const page of built.pages) {
    const relative = page.url.replace(/^\/[^/]+\//, '').replace(/\/$/, '');
    const file = relative === '' ? 'index.html' : `${relative}.html`;
    let html: string;
    try {
      html = await readFile(path.join(buildDir, file), 'utf8');
    } catch {
      html = await readFile(path.join(buildDir, relative, 'index.html'), 'utf8');
    }
    const content = extractPage(html);
    const slug = relative.replace(/^docs(\/2025\.02)?/, '') || '/';
    if (content) pages.push({ url: page.url, kind: page.kind, role: pageRole(page.kind, slug), content });
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
      misses.push(`[${testCase.edition}] ${testCase.query} → ${targets.slice(0, 3).join(' | ') || '(없음)'}`);
    if (targets.slice(0, 3).some((target) => isExpected(target, testCase.first))) top3 += 1;
  }
  return { first, top3, total: cases.length, misses };
}

const percent = (count: number, total: number): string => `${((count / total) * 100).toFixed(1)}%`;

/** 따로 둔 검색어는 적중률만 냅니다. 놓친 검색어를 보고 규칙을 고치면 따로 둔 의미가 없어지기 때문입니다. */
function report(name: string, label: string, rates: Rates): void {
  console.log(
    `${name} ${label}: 첫 결과 ${rates.first}/${rates.total} (${percent(rates.first, rates.total)}), 상위 3개 ${rates.top3}/${rates.total} (${percent(rates.top3, rates.total)})`,
  );
  if (showMisses && label === '기준 검색어') for (const miss of rates.misses) console.log(`  놓침 ${miss}`);
}

interface PagefindResult {
  readonly data: () => Promise<{
    readonly url: string;
    readonly sub_results?: readonly { readonly url: string }[];
  }>;
}
interface PagefindIndex {
  readonly addDirectory: (options: { readonly path: string; readonly glob?: string }) => Promise<unknown>;
  readonly getFiles: () => Promise<{
    readonly files: readonly { readonly path: string; readonly content: Uint8Array }[];
  }>;
}

/** Pagefind의 Node API로 같은 빌드를 색인하고, 그 색인을 Pagefind 검색 코드로 찾습니다. 없으면 건너뜁니다. */
async function pagefindSearcher(baseUrl: string): Promise<Searcher | undefined> {
  let pagefind: {
    readonly createIndex: (options: Record<string, unknown>) => Promise<{ readonly index?: PagefindIndex }>;
  };
  try {
    pagefind = (await import(/* 설치되어 있을 때만 */ 'pagefind' as string)) as typeof pagefind;
  } catch {
    return undefined;
  }
  const searchers = new Map<string, (query: string) => Promise<readonly string[]>>();
  const { mkdtemp, writeFile, mkdir } = await import('node:fs/promises');
  const os = await import('node:os');
  for (const edition of editions) {
    const { index } = await pagefind.createIndex({ forceLanguage: 'ko' });
    if (!index) return undefined;
    const glob =
      edition === 'current'
        ? '{docs/!(2025.02)*.html,docs.html,docs/index.html,blog/*.html}'
        : '{docs/2025.02/*.html,docs/2025.02.html,blog/*.html}';
    await index.addDirectory({ path: buildDir, glob });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'pagefind-'));
    for (const file of (await index.getFiles()).files) {
      await mkdir(path.dirname(path.join(dir, file.path)), { recursive: true });
      await writeFile(path.join(dir, file.path), file.content);
    }
    const client = (await import(path.join(dir, 'pagefind.js'))) as {
      readonly options: (options: Record<string, unknown>) => Promise<void>;
      readonly search: (query: string) => Promise<{ readonly results: readonly PagefindResult[] }>;
    };
    await client.options({ basePath: dir, baseUrl });
    searchers.set(edition, async (query) => {
      const { results } = await client.search(query);
      const targets: string[] = [];
      for (const result of results.slice(0, 5)) {
        const data = await result.data();
        const subs = data.sub_results ?? [];
        targets.push(
          ...(subs.length > 0 ? subs.map((sub) => sub.url) : [data.url]).map((url) => targetOf(url, baseUrl)),
        );
      }
      return targets;
    });
  }
  return async (testCase) => (await searchers.get(testCase.edition)?.(testCase.query)) ?? [];
}

async function main(): Promise<void> {
  const engines = new Map<string, SearchEngine>();
  let baseUrl = '/';
  for (const edition of editions) {
    const index = await loadIndex(edition);
    const json = JSON.stringify(index);
    console.log(
      `색인 ${edition}: ${(json.length / 1024).toFixed(0)} KiB, gzip ${(gzipSync(json, { level: 9 }).length / 1024).toFixed(0)} KiB, 절 ${index.sections.length}개`,
    );
    baseUrl = `/${(index.pages[0]?.url ?? '/').split('/')[1] ?? ''}/`.replace('//', '/');
    engines.set(edition, new SearchEngine(index));
  }
  const ours: Searcher = (testCase) => {
    const engine = engines.get(testCase.edition);
    const hits = engine?.search(testCase.query).sections ?? [];
    return Promise.resolve(
      hits.map((hit) => {
        const page = engine?.pageOf(hit.section);
        return targetOf(`${page?.url ?? ''}${hit.section.anchor ? `#${hit.section.anchor}` : ''}`, baseUrl);
      }),
    );
  };
  report('이 사이트', '기준 검색어', await measure(sectionQueries, ours));
  report('이 사이트', '따로 둔 검색어', await measure(heldOutQueries, ours));
  if (!withPagefind) return;
  const pagefind = await pagefindSearcher(baseUrl);
  if (!pagefind) {
    console.log('Pagefind가 설치되어 있지 않아 비교를 건너뜁니다 (npm i -D pagefind).');
    return;
  }
  report('Pagefind', '기준 검색어', await measure(sectionQueries, pagefind));
  report('Pagefind', '따로 둔 검색어', await measure(heldOutQueries, pagefind));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
