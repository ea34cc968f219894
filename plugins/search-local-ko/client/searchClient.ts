import { makeSnippet, SearchEngine } from '../../../src/search/engine';
import type { TextSegment } from '../../../src/search/highlight';
import type { SearchIndexFile } from '../../../src/search/indexFormat';
import { searchIndexFormat } from '../../../src/search/indexFormat';

/**
 * 검색 상자가 처음 초점을 받을 때 `import()`로 불러오는 부분. 검색 엔진과 색인 내려받기가 여기 있어
 * 검색하지 않는 독자는 이 코드도 색인도 내려받지 않습니다.
 */

export interface DisplaySection {
  readonly heading: string;
  readonly url: string;
  readonly snippet: readonly TextSegment[];
}

export interface DisplayResult {
  readonly url: string;
  readonly title: string;
  readonly kind: 'docs' | 'blog';
  /** 가장 잘 맞는 절의 제목(도입부면 빈 문자열) */
  readonly heading: string;
  readonly snippet: readonly TextSegment[];
  /** 그 밖에 맞는 절 (결과 페이지에서 보여 줍니다) */
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

export async function runSearch(indexUrl: string, query: string, limit: number): Promise<DisplayResults> {
  const engine = await loadEngine(indexUrl);
  const { pages, highlightTerms } = engine.search(query);
  return {
    query,
    edition: engine.edition,
    total: pages.length,
    results: pages.slice(0, limit).map(({ page, sections }) => {
      const [best, ...rest] = sections;
      return {
        url: targetUrl(page.url, best?.section.anchor ?? '', query),
        title: page.title,
        kind: page.kind,
        heading: best?.section.heading ?? '',
        snippet: makeSnippet(best?.section.text ?? '', highlightTerms),
        moreSections: rest.map(({ section }) => ({
          heading: section.heading || page.title,
          url: targetUrl(page.url, section.anchor, query),
          snippet: makeSnippet(section.text, highlightTerms, 110),
        })),
      };
    }),
  };
}
