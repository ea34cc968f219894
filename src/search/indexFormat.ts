/**
 * 빌드가 판(문서 버전)마다 하나씩 쓰는 검색 색인 파일의 형식입니다.
 * 색인을 만드는 플러그인(`plugins/search-local-ko`)과 브라우저의 검색 엔진이 함께 씁니다.
 */
export const searchIndexFormat = 3;

export interface IndexedPage {
  /** base 경로를 포함한 주소, 예: `/docker-study/docs/network` */
  readonly url: string;
  readonly title: string;
  readonly kind: 'docs' | 'blog';
  /** 순위에서 어떻게 다루는가(`src/search/weights.ts`): 장, 시리즈 소개, 모음 페이지, 블로그 글 */
  readonly role: PageRole;
  /** 제목의 색인 형태. 제목에 든 단어는 본문보다 크게 칩니다. */
  readonly titleTerms: readonly string[];
}

export type PageRole = 'chapter' | 'intro' | 'aggregate' | 'blog';

export interface IndexedSection {
  /** `pages`의 번호 */
  readonly page: number;
  /** 절 제목. 첫 제목 앞의 도입부는 빈 문자열입니다. */
  readonly heading: string;
  /** 절 제목의 id. 도입부는 빈 문자열입니다. */
  readonly anchor: string;
  /** 1: 도입부, 2: `##`, 3: `###`(또는 사전·용어집 항목) */
  readonly level: 1 | 2 | 3;
  /** 바로 위 `##` 절의 번호(`sections`의 번호). 없으면 -1 */
  readonly parent: number;
  /** 제목의 색인 형태. 제목에 든 단어는 본문보다 크게 칩니다. */
  readonly headingTerms: readonly string[];
  /**
   * 학습자가 이 절을 찾을 때 칠 말(`src/data/searchKeywords`)의 색인 형태 가운데 제목에 없는 것. 제목보다 조금 낮게 칩니다.
   * 학습자의 말은 책의 제목과 달라서(`컨테이너 접속` ↔ "컨테이너 안에서 명령을 어떻게 실행하는가") 제목만으로는 찾지 못합니다.
   */
  readonly keywordTerms: readonly string[];
  /** 그 말들 그대로(`\n`으로 나눔). 검색어의 이웃한 두 단어가 여기에도 이웃해 나오는지 봅니다. */
  readonly keywords: string;
  /** 모든 장에 되풀이되는 절(핵심 정리, 셀프 체크, 다음 단계, 참고 자료)인가 */
  readonly recurring: boolean;
  /** 발췌문을 만들 본문. 블록(문단, 목록 항목, 표의 칸, 코드 줄) 사이는 `\n`입니다. */
  readonly text: string;
  /** 단어 수. 긴 절이 단어를 많이 담는 만큼 점수를 덜 받게 합니다(BM25). */
  readonly length: number;
}

export interface SearchIndexFile {
  readonly format: typeof searchIndexFormat;
  /** 문서 버전 이름: `current`(개정판) 또는 `2025.02`(초판) */
  readonly edition: string;
  readonly pages: readonly IndexedPage[];
  readonly sections: readonly IndexedSection[];
  /**
   * 색인 형태 → `[절 번호, 빈도, 절 번호, 빈도, …]`. 본문에 나온 횟수이고, 제목은 `headingTerms`가 따로 맡습니다.
   * 평평한 배열로 두어 JSON을 작게 유지합니다.
   */
  readonly terms: Readonly<Record<string, readonly number[]>>;
}

/** 플러그인이 전역 데이터로 내보내는 값. 검색 상자가 판에 맞는 색인 주소를 고릅니다. */
export interface SearchGlobalData {
  /** 판 이름 → 색인 파일 주소(base 경로와 캐시를 깨는 쿼리 포함) */
  readonly indexUrls: Readonly<Record<string, string>>;
  /** 문서 페이지 밖(블로그, 홈)에서 검색할 때 쓰는 판 */
  readonly defaultEdition: string;
  /** 판 이름 → 사람이 읽는 이름 */
  readonly editionLabels: Readonly<Record<string, string>>;
}
