import type { SearchPluginOptions } from '../plugins/search-local-ko';

/**
 * 오프라인 전문 검색(`plugins/search-local-ko`). 색인은 빌드할 때 판마다 만들어 사이트와 함께 배포하고,
 * 독자가 검색 상자에 초점을 둘 때 처음 내려받습니다. 한국어 조사를 뗀 형태도 색인하므로
 * `컨테이너`로 `컨테이너를`, `컨테이너에서`를 찾고 `컨테이너를 실행`으로 `컨테이너가 실행`을 찾습니다.
 */
export const searchOptions: SearchPluginOptions = {
  docsPluginId: 'default',
  indexBlog: true,
};
