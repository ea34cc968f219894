/**
 * 책 PDF의 쪽(A4)과 여백. 책 페이지의 인쇄 CSS(src/components/BookView/bookLinks.ts), 인쇄에서 그림 크기를 정하는
 * Mermaid 틀(src/theme/Mermaid), 인쇄 검사(tests/browser/book-print.test.ts)가 같은 값을 씁니다.
 * 넓은 그림은 가로 A4 쪽(`landscape`)에 따로 싣습니다(이슈 #19: 세로 쪽 폭에 맞추면 글자가 4 pt까지 작아졌습니다).
 */
export interface PrintPage {
  /** 쪽 크기(mm), 가로 × 세로 */
  readonly width: number;
  readonly height: number;
  /** 여백(mm) */
  readonly margin: {
    readonly top: number;
    readonly right: number;
    readonly bottom: number;
    readonly left: number;
  };
}

export const portraitPage: PrintPage = {
  width: 210,
  height: 297,
  margin: { top: 20, right: 18, bottom: 22, left: 18 },
};

export const landscapePage: PrintPage = {
  width: 297,
  height: 210,
  margin: { top: 12, right: 12, bottom: 14, left: 12 },
};

/** 인쇄에서 1 CSS px = 1/96 in = 0.75 pt입니다(Chromium의 PDF는 배율 1로 인쇄합니다). */
export const pxPerMm = 96 / 25.4;
export const ptPerPx = 0.75;

/** 쪽 안에서 글이 놓이는 상자(CSS px) */
export function contentBox(page: PrintPage): { readonly width: number; readonly height: number } {
  return {
    width: (page.width - page.margin.left - page.margin.right) * pxPerMm,
    height: (page.height - page.margin.top - page.margin.bottom) * pxPerMm,
  };
}

/** `@page`의 `margin` 값 */
export function cssMargin(page: PrintPage): string {
  const { top, right, bottom, left } = page.margin;
  return `${top}mm ${right}mm ${bottom}mm ${left}mm`;
}
