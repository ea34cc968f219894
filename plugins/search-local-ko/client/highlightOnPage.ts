import type { ClientModule } from '@docusaurus/types';

/**
 * 검색 결과에서 온 페이지(`?highlight=검색어`)에서 본문의 검색어를 표시합니다.
 * 모든 페이지의 첫 화면에 실리므로 여기서는 주소만 보고, 표시 코드는 필요할 때만 불러옵니다.
 */
const clientModule: ClientModule = {
  onRouteDidUpdate({ location }) {
    const query = new URLSearchParams(location.search).get('highlight');
    if (!query) {
      // 다른 페이지로 옮기면 이전 페이지의 `강조 지우기` 단추를 치웁니다.
      document.getElementById('search-highlight-clear')?.remove();
      return;
    }
    const anchor = decodeURIComponent(location.hash.replace(/^#/, ''));
    void import('./markTerms').then(({ markTerms }) => markTerms(query, location.hash === '', anchor));
  },
};

export default clientModule;
