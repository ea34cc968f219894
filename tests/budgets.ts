/**
 * 페이지 무게 예산 (gzip 바이트). 이 작업을 마친 뒤 잰 값보다 10%쯤 높게 잡아, 무게가 늘면 테스트가 실패합니다.
 * 일부러 늘려야 한다면(새 기능) 이유를 커밋 메시지에 적고 `npm run bench`로 잰 새 값의 1.1배로 올리세요.
 *
 * 잰 날: 2026-11-27, Docusaurus 3.10.2 Faster, `BASE_URL=/docker-study/`. 잰 값(가장 무거운 페이지):
 * - 장: HTML의 JS 162.0 KiB(runtime~main + main), CSS 19.0 KiB, 열 때 받는 JS 209.2 KiB(/docs/concepts, 휴대폰 창)
 * - 그 밖: HTML의 JS 162.0 KiB, CSS 19.0 KiB, 열 때 받는 JS 202.6 KiB(블로그 태그 페이지: 글 요약 여섯 개의 청크)
 * CSS는 2026-12-07(이슈 #19)에 21.4 KiB를 재고 23.5 KiB로 올렸습니다: 그림의 "크게 보기" 대화 상자, 용어집의 좁은 화면
 * 목록과 거르기, 명령어 사전의 플래그 뜻 목록, 표·그림의 스크롤 그림자, 터치 화면의 복사 버튼, 이어 읽기 상자.
 */
export interface WeightBudget {
  /** HTML이 불러오는 JavaScript(`<script src>`, `<link rel=preload|modulepreload as=script>`)의 gzip 합 */
  readonly htmlJsGzipBytes: number;
  /** HTML이 불러오는 CSS(`<link rel=stylesheet>`)의 gzip 합 */
  readonly cssGzipBytes: number;
  /** 페이지를 열고 하이드레이션과 첫 화면의 그림까지 끝나는 동안 브라우저가 받은 JavaScript의 gzip 합 (클릭·스크롤 전) */
  readonly loadJsGzipBytes: number;
}

const kib = (value: number) => Math.round(value * 1024);

export const budgets = {
  /** 두 판의 모든 장 페이지 */
  chapter: { htmlJsGzipBytes: kib(178.5), cssGzipBytes: kib(23.5), loadJsGzipBytes: kib(230) },
  /** 사이트맵의 그 밖의 모든 페이지 (홈, 목록, 태그, 검색, 블로그) */
  otherPage: { htmlJsGzipBytes: kib(178.5), cssGzipBytes: kib(23.5), loadJsGzipBytes: kib(223) },
} as const satisfies Record<string, WeightBudget>;

/**
 * 검색 색인 파일(판마다 하나, 검색 상자에 처음 들어갈 때만 받음)의 gzip 예산. 2026-12-08에 잰 값(개정판 313 KiB, 초판
 * 202 KiB: 절마다의 학습자 말을 더한 뒤)의 1.1배입니다. 휴대폰에서 검색을 처음 열 때 받는 양이라 따로 잽니다.
 */
export const searchIndexGzipBudget: Readonly<Record<string, number>> = {
  current: kib(345),
  '2025.02': kib(223),
};
