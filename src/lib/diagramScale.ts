/**
 * Mermaid 그림의 글자가 읽을 수 있는 크기로 남게 하는 계산. 그림은 본문 너비에 맞춰 줄어드는데, 넓은 그림은 휴대폰에서
 * 이름표가 3~5px까지 작아졌습니다(이슈 #19). 그림을 이 배율 아래로는 줄이지 않고, 더 넓은 만큼은 옆으로 스크롤합니다.
 * 브라우저 테스트(tests/browser/diagrams.test.ts)도 같은 값을 기준으로 씁니다.
 */
import { ptPerPx } from './printPage';

/** 화면에서 그림의 가장 작은 글자가 지켜야 할 크기(CSS px) */
export const minimumLabelPx = 11;

/** SVG 안 글자를 찾는 선택자: SVG `<text>`와 foreignObject 안의 HTML 이름표 */
export const diagramLabelSelector = 'text, foreignObject span, foreignObject p, foreignObject div';

/** 그림이 원래 크기로 그려질 때의 너비(px, viewBox 단위) */
export function naturalWidth(svg: SVGSVGElement): number {
  const box = svg.viewBox.baseVal;
  if (box !== null && box.width > 0) return box.width;
  return Number.parseFloat(svg.style.maxWidth) || svg.getBoundingClientRect().width;
}

/** 그림 안에서 글자가 있는 이름표의 가장 작은 글자 크기(px, 원래 크기에서). 글자가 없으면 null */
export function smallestLabelFont(svg: SVGSVGElement): number | null {
  let smallest: number | null = null;
  for (const element of svg.querySelectorAll<Element>(diagramLabelSelector)) {
    if ((element.textContent ?? '').trim() === '') continue;
    // 이름표 안에 더 안쪽 이름표가 있으면 안쪽 것이 글자를 그립니다.
    if (element.querySelector(diagramLabelSelector) !== null) continue;
    const size = Number.parseFloat(getComputedStyle(element).fontSize);
    if (Number.isFinite(size) && size > 0) smallest = smallest === null ? size : Math.min(smallest, size);
  }
  return smallest;
}

/** 그림을 이 너비(px) 아래로 줄이지 않으면 가장 작은 글자가 `minimumLabelPx` 이상으로 남습니다. */
export function minimumDiagramWidth(natural: number, smallestFont: number | null): number {
  if (smallestFont === null) return 0;
  const scale = Math.min(1, (minimumLabelPx + 0.25) / smallestFont);
  return Math.ceil(natural * scale);
}

/** 인쇄(PDF)에서 그림의 가장 작은 글자가 지켜야 할 크기(pt). 1 CSS px = 0.75 pt이므로 10.7 CSS px입니다. */
export const minimumPrintLabelPt = 8;

/** 인쇄에서 그림을 놓는 방법: 세로 쪽의 본문 폭 안, 또는 가로 쪽 하나를 차지 */
export interface PrintDiagramLayout {
  /** 인쇄할 그림의 너비(CSS px) */
  readonly width: number;
  /** 가로 쪽에 싣는지 */
  readonly wide: boolean;
}

interface Box {
  readonly width: number;
  readonly height: number;
}

/**
 * 인쇄에서 그림의 크기. 원래 크기보다 키우지 않고, 쪽 안에 들어가도록 줄입니다. 세로 쪽(`portrait`)에 맞춘 배율에서
 * 가장 작은 글자가 `minimumPrintLabelPt` 아래가 되면 가로 쪽(`landscape`)에 맞춥니다. 가로 쪽에서도 작다면 그림을
 * 다시 그려야 합니다(좁은 방향의 흐름, 나눈 시퀀스). 인쇄 검사가 그 그림을 이름과 함께 알립니다.
 */
export function printDiagramLayout(
  natural: Box,
  smallestFont: number | null,
  portrait: Box,
  landscape: Box,
): PrintDiagramLayout {
  const fit = (area: Box): number => Math.min(1, area.width / natural.width, area.height / natural.height);
  const portraitScale = fit(portrait);
  const readable = smallestFont === null || smallestFont * portraitScale * ptPerPx >= minimumPrintLabelPt;
  const scale = readable ? portraitScale : fit(landscape);
  return { width: Math.floor(natural.width * scale), wide: !readable };
}
