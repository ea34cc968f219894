import { makeSnippet, SearchEngine } from '../../../src/search/engine';
import type { TextSegment } from '../../../src/search/highlight';
import type { IndexedSection, SearchIndexFile } from '../../../src/search/indexFormat';
import { searchIndexFormat } from '../../../src/search/indexFormat';

/**
 * 검색 상자가 처음 초점을 받을 때 `import()`로 불러오는 부분. 검색 엔진과 색인 내려받기가 여기 있어
 * 검색하지 않는 독자는 이 코드도 색인도 내려받지 않습니다.
 */

export interface DisplaySection {
  /** 위 `##` 제목 › 절 제목 (도입부면 페이지 제목) */
  readonly heading: string;
  readonly url: string;
  readonly snippet: readonly TextSegment[];
}

export interface DisplayResult {
  readonly url: string;
  readonly title: string;
  readonly kind: 'docs' | 'blog';
  /** 가장 잘 맞는 절의 제목 경로(`위 ## 제목 › 절 제목`, 도입부면 빈 문자열) */
  readonly heading: string;
  readonly snippet: readonly TextSegment[];
  /** 같은 페이지에서 그다음으로 맞는 절(최대 2개) */
  readonly moreSections: readonly DisplaySection[];
}

export interface DisplayResults {
  readonly query: string;
  readonly edition: string;
  readonly total: number;
  readonly results: readonly DisplayResult[];
}

const engines = new Map<string, Promise<SearchEngine>>();

function isIndexFile(value: unknown): value is SearchIndexFile {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<SearchIndexFile>;
  return (
    candidate.format === searchIndexFormat &&
    Array.isArray(candidate.pages) &&
    Array.isArray(candidate.sections) &&
    typeof candidate.terms === 'object'
  );
}

/** 판마다 색인을 한 번만 내려받습니다. 실패하면 다음 시도에서 다시 받도록 캐시에서 지웁니다. */
export function loadEngine(indexUrl: string): Promise<SearchEngine> {
  let engine = engines.get(indexUrl);
  if (!engine) {
    engine = fetch(indexUrl)
      .then(async (response) => {
        if (!response.ok) throw new Error(`검색 색인 ${indexUrl}: HTTP ${response.status}`);
        const data: unknown = await response.json();
        if (!isIndexFile(data)) throw new Error(`검색 색인 ${indexUrl}의 형식이 맞지 않습니다.`);
        return new SearchEngine(data);
      })
      .catch((error: unknown) => {
        engines.delete(indexUrl);
        throw error;
      });
    engines.set(indexUrl, engine);
  }
  return engine;
}

/** 결과를 누르면 가는 주소. 대상 페이지가 검색어를 표시하도록 `highlight`를 붙입니다. */
function targetUrl(pageUrl: string, anchor: string, query: string): string {
  const search = new URLSearchParams({ highlight: query }).toString();
  return `${pageUrl}?${search}${anchor ? `#${anchor}` : ''}`;
}

/** 절의 제목 경로: `###` 절이면 위 `##` 제목을 앞에 붙입니다. */
function headingPath(engine: SearchEngine, section: IndexedSection): string {
  const parent = engine.parentOf(section);
  return parent && parent.heading ? `${parent.heading} › ${section.heading}` : section.heading;
}

/**
 * 검색해 화면에 보일 결과를 만듭니다. `limit`은 절의 수입니다. 절은 점수순이고, 같은 페이지의 절은 그 페이지의 가장 높은 절
 * 자리에 모입니다(첫 결과는 언제나 가장 높은 절입니다).
 */
export async function runSearch(indexUrl: string, query: string, limit: number): Promise<DisplayResults> {
  const engine = await loadEngine(indexUrl);
  const { pages, sections, highlightTerms } = engine.search(query);
  const results: DisplayResult[] = [];
  let shown = 0;
  for (const { page, sections: pageSections } of pages) {
    if (shown >= limit) break;
    const [best, ...rest] = pageSections.slice(0, Math.min(pageSections.length, limit - shown));
    if (!best) continue;
    shown += 1 + rest.length;
    results.push({
      url: targetUrl(page.url, best.section.anchor, query),
      title: page.title,
      kind: page.kind,
      heading: headingPath(engine, best.section),
      snippet: makeSnippet(best.section.text, highlightTerms, 120),
      moreSections: rest.map(({ section }) => ({
        heading: headingPath(engine, section) || page.title,
        url: targetUrl(page.url, section.anchor, query),
        snippet: makeSnippet(section.text, highlightTerms, 110),
      })),
    });
  }
  return { query, edition: engine.edition, total: sections.length, results };
}
