import type { PluginConfig } from '@docusaurus/types';

/**
 * 오프라인 전문 검색. 색인은 빌드할 때 만들어 사이트와 함께 배포하고, 검색을 시작할 때만 내려받습니다.
 * 한국어 단어를 색인하려면 `ko`를 함께 지정해야 합니다(기본값 `en`만으로는 한글 단어가 모두 빠집니다).
 */
export const searchPlugin: PluginConfig = [
  '@easyops-cn/docusaurus-search-local',
  {
    language: ['en', 'ko'],
    hashed: 'filename',
    indexDocs: true,
    indexBlog: true,
    indexPages: false,
    docsRouteBasePath: '/docs',
    blogRouteBasePath: '/blog',
    // 태그와 목록 페이지는 본문이 없으므로 검색 결과를 어지럽히기만 합니다.
    ignoreFiles: [/\/tags(\/|$)/, /\/blog\/(archive|authors|page|category)(\/|$)/],
    highlightSearchTermsOnTargetPage: true,
    explicitSearchResultPath: true,
    searchResultLimits: 8,
    searchResultContextMaxLength: 60,
    searchBarShortcutKeymap: 'mod+k',
  },
];
