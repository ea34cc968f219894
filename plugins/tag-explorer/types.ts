/**
 * 태그 탐색기(`/tags`)가 빌드 때 받는 데이터의 모양. 플러그인이 만들고 `src/components/TagExplorer`가 읽습니다.
 */
export type ExplorerItemKind = 'doc' | 'post';

export interface ExplorerItem {
  readonly kind: ExplorerItemKind;
  /** 문서 판의 이름(`개정판`, `초판 (2025.02)`). 블로그 글은 `null`입니다. */
  readonly edition: string | null;
  readonly title: string;
  readonly description: string;
  /** baseUrl을 포함한 주소 */
  readonly permalink: string;
  /** 정식 태그 키 */
  readonly tags: readonly string[];
}

/** 태그 하나의 기존 태그 페이지(판별 문서 태그 페이지, 블로그 태그 페이지) */
export interface ExplorerTagPage {
  readonly label: string;
  readonly permalink: string;
}

export interface ExplorerTag {
  /** `tags.yml`의 키. 문서와 블로그가 같은 키를 씁니다. */
  readonly key: string;
  readonly label: string;
  readonly description: string;
  /** 이 태그를 단 문서 수 (판마다 따로 셉니다) */
  readonly docCount: number;
  /** 이 태그를 단 블로그 글 수 */
  readonly postCount: number;
  readonly pages: readonly ExplorerTagPage[];
}

export interface TagExplorerData {
  /** 글이 많은 태그가 앞 */
  readonly tags: readonly ExplorerTag[];
  /** 문서(판 순서), 그다음 블로그 글(최신 글이 앞) */
  readonly items: readonly ExplorerItem[];
}
