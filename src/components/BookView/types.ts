/** 책 플러그인(`plugins/book`)이 책 페이지에 넘기는 데이터 */
export interface BookData {
  readonly editionLabel: string;
  /** 시리즈 소개와 그 판의 장, 책에 실리는 순서대로 */
  readonly parts: readonly BookPart[];
}

export interface BookPart {
  /** 책 안의 앵커이자 그 장의 제목 id 앞에 붙는 말, 예: `network` → `#network-container-view` */
  readonly anchor: string;
  /** 차례에 보일 장 번호, 예: `3장`. 시리즈 소개는 빈 문자열 */
  readonly number: string;
  readonly title: string;
  /** 사이트에서 이 문서의 주소 (baseUrl 포함) */
  readonly permalink: string;
}
