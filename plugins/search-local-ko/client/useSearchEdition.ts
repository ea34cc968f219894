import { usePluginData } from '@docusaurus/useGlobalData';
import { useActivePluginAndVersion, useDocsPreferredVersion } from '@docusaurus/plugin-content-docs/client';
import type { SearchGlobalData } from '../../../src/search/indexFormat';

export const searchPluginName = 'search-local-ko';

export function useSearchData(): SearchGlobalData {
  return usePluginData(searchPluginName) as SearchGlobalData;
}

/**
 * 지금 읽고 있는 판. 문서 페이지에서는 그 페이지의 판, 블로그나 홈에서는 독자가 마지막으로 읽던 판
 * (Docusaurus가 기억하는 선호 판), 그것도 없으면 기본 판(개정판)입니다.
 */
export function useSearchEdition(): string {
  const data = useSearchData();
  const active = useActivePluginAndVersion({ failfast: false });
  const { preferredVersion } = useDocsPreferredVersion();
  const candidate = active?.activeVersion?.name ?? preferredVersion?.name ?? data.defaultEdition;
  return candidate in data.indexUrls ? candidate : data.defaultEdition;
}
