/**
 * 카테고리 플러그인이 만들어 화면 컴포넌트에 건네는 데이터의 모양입니다.
 * 서버(플러그인)와 브라우저(컴포넌트)가 같은 정의를 쓰도록 여기에 모았습니다.
 */

/** 빵부스러기의 한 칸 */
export interface CategoryCrumb {
  /** 앞부분에 쓰는 경로, 예: `정리용/Docker` */
  readonly key: string;
  readonly label: string;
  /** baseUrl을 포함한 카테고리 페이지 주소 */
  readonly permalink: string;
}

export interface ResolvedCategory extends CategoryCrumb {
  readonly description: string;
  /** 부모 카테고리의 key. 최상위면 `null` */
  readonly parentKey: string | null;
  /** 최상위부터 자신까지. 예: `[정리용, Docker]` */
  readonly trail: readonly CategoryCrumb[];
  /** 깊이. 최상위가 0입니다. */
  readonly depth: number;
}

/** 카테고리에 속한 글 하나 */
export interface CategorizedPost {
  readonly title: string;
  readonly permalink: string;
  readonly description: string;
  /** ISO 8601 문자열. JSON으로 옮길 수 있게 Date 대신 씁니다. */
  readonly date: string;
  /** 글이 직접 속한 카테고리의 key */
  readonly categoryKey: string;
}

/** `usePluginData('blog-categories')`가 돌려주는 전역 데이터 */
export interface BlogCategoriesGlobalData {
  readonly indexPermalink: string;
  readonly categories: readonly ResolvedCategory[];
  /** 목록에 보이는 모든 글, 최신 글이 앞 */
  readonly posts: readonly CategorizedPost[];
}

/** 카테고리 페이지 하나의 데이터 */
export interface CategoryPageData {
  readonly category: ResolvedCategory;
  readonly children: readonly ResolvedCategory[];
  /** 이 카테고리와 하위 카테고리의 글, 최신 글이 앞 */
  readonly posts: readonly CategorizedPost[];
}

/** 카테고리 목록 페이지의 데이터 */
export interface CategoryIndexData {
  readonly categories: readonly (ResolvedCategory & { readonly postCount: number })[];
}
