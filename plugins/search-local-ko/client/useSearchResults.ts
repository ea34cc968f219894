import { useEffect, useState } from 'react';
import type { DisplayResults } from './searchClient';

export type SearchStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'loading'; readonly stale?: DisplayResults }
  | { readonly kind: 'ready'; readonly results: DisplayResults }
  | { readonly kind: 'error' };

interface Outcome {
  readonly key: string;
  readonly results?: DisplayResults;
}

/** 검색 엔진은 검색을 시작할 때(처음 호출될 때) 따로 내려받는 코드 조각에 있습니다. */
export const loadSearchClient = () => import('./searchClient');

/**
 * 검색어가 바뀔 때마다 검색하고, 결과가 올 때까지는 바로 앞 결과를 `stale`로 보여 줄 수 있게 남깁니다.
 * 상태는 응답이 왔을 때만 바꾸고 나머지는 렌더링 중에 계산합니다.
 */
export function useSearchResults(indexUrl: string | undefined, query: string, limit: number): SearchStatus {
  const trimmed = query.trim();
  const key = `${indexUrl ?? ''}\n${limit}\n${trimmed}`;
  const [outcome, setOutcome] = useState<Outcome>();

  useEffect(() => {
    if (trimmed === '' || !indexUrl) return undefined;
    let current = true;
    loadSearchClient()
      .then((client) => client.runSearch(indexUrl, trimmed, limit))
      .then((results) => current && setOutcome({ key, results }))
      .catch(() => current && setOutcome({ key }));
    return () => {
      current = false;
    };
  }, [key, indexUrl, trimmed, limit]);

  if (trimmed === '' || !indexUrl) return { kind: 'idle' };
  if (outcome?.key !== key) return { kind: 'loading', stale: outcome?.results };
  return outcome.results ? { kind: 'ready', results: outcome.results } : { kind: 'error' };
}
