/**
 * 하이드레이션하지 않은 장 본문의 링크는 Docusaurus `Link`가 아닌 평범한 `<a>`입니다. 본문에서 한 번 받는 클릭 핸들러가
 * 사이트 안의 페이지로 가는 링크를 Docusaurus의 history로 옮겨, `Link`처럼 페이지를 새로 읽지 않고 이동합니다. 손가락이나
 * 마우스를 올리면 `Link`처럼 그 페이지의 청크를 미리 받습니다.
 */

/** 사이트 안의 다른 페이지로 가는 링크면 history에 넣을 주소(`/docker-study/docs/x?y#z`), 아니면 null */
export function clientRoutePath(
  anchor: HTMLAnchorElement,
  baseUrl: string,
  current: Location,
): string | null {
  if (anchor.target !== '' && anchor.target !== '_self') return null;
  if (anchor.hasAttribute('download')) return null;
  const url = new URL(anchor.href, current.href);
  if (url.origin !== current.origin || !url.pathname.startsWith(baseUrl)) return null;
  // PDF 같은 파일은 페이지가 아니므로 브라우저가 엽니다.
  if (/\.[a-z0-9]+$/i.test(url.pathname)) return null;
  // 같은 페이지의 절로 가는 링크는 브라우저가 스크롤합니다(서버 HTML 그대로).
  if (url.pathname === current.pathname && url.search === current.search) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function anchorOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a[href]') : null;
}

export function isPlainClick(event: MouseEvent): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !event.metaKey &&
    !event.ctrlKey &&
    !event.shiftKey &&
    !event.altKey
  );
}
