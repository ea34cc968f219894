/**
 * `@docusaurus/core/lib/client/prefetch.js`와 같은 일(`<link rel=prefetch>`, 지원하지 않는 브라우저는 XHR)을 하되,
 * 이미 받기 시작한 주소는 다시 붙이지 않고 처음 약속을 돌려줍니다(`../index.ts`).
 */
const started = new Map<string, Promise<void>>();

function supportsLinkPrefetch(): boolean {
  try {
    return document.createElement('link').relList.supports('prefetch');
  } catch {
    return false;
  }
}

function linkPrefetch(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.href = url;
    link.onload = () => resolve();
    link.onerror = () => reject(new Error(`미리 받기 실패: ${url}`));
    document.head.appendChild(link);
  });
}

function xhrPrefetch(url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', url, true);
    request.withCredentials = true;
    request.onload = () => (request.status === 200 ? resolve() : reject(new Error(`미리 받기 실패: ${url}`)));
    request.send(null);
  });
}

export default function prefetch(url: string): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  let pending = started.get(url);
  if (pending === undefined) {
    // Docusaurus와 같이 실패는 삼킵니다: 404는 브라우저가 콘솔에 남기고, 미리 받기는 없어도 되는 일입니다.
    pending = (supportsLinkPrefetch() ? linkPrefetch(url) : xhrPrefetch(url)).catch(() => undefined);
    started.set(url, pending);
  }
  return pending;
}
