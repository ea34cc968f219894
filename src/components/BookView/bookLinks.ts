import { cssMargin, landscapePage, portraitPage } from '@site/src/lib/printPage';
import type { BookPart } from './types';

/**
 * 장 안의 링크를 책 안의 링크로 바꿉니다.
 * - `#id`(같은 장 안) → `#<장>-id`
 * - 책에 실린 문서(`/docker-study/docs/network#nat`) → `#network-nat`, 조각이 없으면 그 장의 앵커
 * - 그 밖의 주소(용어집, 다른 사이트)는 그대로 둡니다. PDF에서는 `npm run pdf`가 사이트 주소로 바꿉니다.
 */
export function bookLinkTarget(
  href: string,
  current: BookPart,
  parts: readonly BookPart[],
  baseUrl: string,
): string {
  if (href.startsWith('#')) return `#${current.anchor}-${href.slice(1)}`;
  const [pathPart = '', fragment] = href.split('#', 2);
  const sitePath = withBase(pathPart, baseUrl);
  const target = parts.find((part) => withBase(part.permalink, baseUrl) === sitePath);
  if (target === undefined) return href;
  return fragment === undefined || fragment === '' ? `#${target.anchor}` : `#${target.anchor}-${fragment}`;
}

/** `/docs/network`와 `/docker-study/docs/network`를 같은 주소로 봅니다. 끝의 `/`는 떼어 비교합니다. */
function withBase(pathname: string, baseUrl: string): string {
  const full = pathname.startsWith(baseUrl) ? pathname : `${baseUrl.replace(/\/$/, '')}${pathname}`;
  return full.length > 1 ? full.replace(/\/$/, '') : full;
}

const entities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  apos: "'",
};

/** 목차 항목(`toc[].value`)은 HTML 문자열이므로 HTML로 넣지 않고 글자만 꺼냅니다. */
export function plainHeadingText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39|apos);/g, (_, name: string) => entities[name] ?? '');
}

/** CSS 문자열 안에 넣을 수 있게 따옴표, 역슬래시, `<`를 CSS 이스케이프로 바꿉니다. */
function cssString(value: string): string {
  return `"${value.replace(/[\\"<]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * 책 페이지에만 적용되는 인쇄 규칙. A4(src/lib/printPage.ts), 아래쪽 가운데의 쪽 번호, 위쪽의 장 제목(머리글)입니다.
 * 장 제목은 장마다 다른 이름 있는 페이지(`page: book-<장>`)와 그 페이지의 여백 상자(`@top-center`)로 넣습니다.
 * 표지와 차례는 이름 없는 페이지라 머리글이 없습니다.
 * 이 규칙이 사이트 CSS에 있으면 모든 문서 페이지의 인쇄에도 적용되므로, 책 페이지의 `<style>`에만 둡니다.
 */
export function bookPrintCss(parts: readonly BookPart[]): string {
  const running = parts.map((part) => {
    const title = part.number === '' ? part.title : `${part.number} ${part.title}`;
    const head = `@top-center { content: ${cssString(title)} }`;
    return (
      `[data-book-part="${part.anchor}"] { page: book-${part.anchor} }\n` +
      `@page book-${part.anchor} { ${head} }\n` +
      // 세로 쪽에서 글자가 8 pt 아래로 작아질 넓은 그림(src/theme/Mermaid의 `data-print-wide`)은 가로 쪽에 싣습니다.
      `[data-book-part="${part.anchor}"] [data-print-wide] { page: book-${part.anchor}-wide }\n` +
      `@page book-${part.anchor}-wide { size: A4 landscape; margin: ${cssMargin(landscapePage)}; ${head} }`
    );
  });
  return [
    `@page { size: A4; margin: ${cssMargin(portraitPage)}; ` +
      '@top-center { font-size: 8.5pt; color: #555 } ' +
      '@bottom-center { content: counter(page); font-size: 9pt; color: #333 } }',
    // 표지에는 쪽 번호를 넣지 않습니다.
    '@page :first { @bottom-center { content: none } }',
    ...running,
  ].join('\n');
}
