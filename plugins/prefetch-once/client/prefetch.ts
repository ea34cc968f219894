/**
 * `@docusaurus/core/lib/client/prefetch.js`와 같은 일(`<link rel=prefetch>`, 지원하지 않는 브라우저는 XHR)을 하되
 * (`../index.ts`)
 * - 이미 받기 시작한 주소는 다시 붙이지 않고 처음 약속을 돌려줍니다.
 * - 미리 받기는 다음 페이지를 위한 힌트이므로 브라우저가 한가할 때(`requestIdleCallback`) 조금씩 붙입니다. 하이드레이션
 *   직후 보이는 링크가 한꺼번에 알려지면 `<link>` 수십 개를 한 작업에서 붙이느라 휴대폰에서 수백 ms 동안 입력을 받지
 *   못했습니다. 한 번에 `sliceBudgetMs`를 넘기지 않고, 남으면 다음 한가한 때로 넘깁니다.
 */
const started = new Map<string, Promise<void>>();
const waiting: (() => void)[] = [];
const sliceBudgetMs = 8;

// Docusaurus처럼 한 번만 알아봅니다. 모듈은 서버 렌더링에서도 읽히므로 처음 미리 받을 때 알아봅니다.
let linkPrefetchSupported: boolean | undefined;

function supportsLinkPrefetch(): boolean {
  if (linkPrefetchSupported === undefined) {
    try {
      linkPrefetchSupported = document.createElement('link').relList.supports('prefetch');
    } catch {
      linkPrefetchSupported = false;
    }
  }
  return linkPrefetchSupported;
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

function whenIdle(callback: () => void): void {
  if ('requestIdleCallback' in window) window.requestIdleCallback(callback);
  else setTimeout(callback, 0);
}

function startWaitingPrefetches(): void {
  const sliceStart = performance.now();
  while (waiting.length > 0 && performance.now() - sliceStart < sliceBudgetMs) waiting.shift()?.();
  if (waiting.length > 0) whenIdle(startWaitingPrefetches);
}

export default function prefetch(url: string): Promise<void> {
  if (typeof document === 'undefined') return Promise.resolve();
  let pending = started.get(url);
  if (pending === undefined) {
    pending = new Promise<void>((resolve) => {
      if (waiting.length === 0) whenIdle(startWaitingPrefetches);
      waiting.push(() => {
        // Docusaurus와 같이 실패는 삼킵니다: 404는 브라우저가 콘솔에 남기고, 미리 받기는 없어도 되는 일입니다.
        (supportsLinkPrefetch() ? linkPrefetch(url) : xhrPrefetch(url)).then(resolve, () => resolve());
      });
    });
    started.set(url, pending);
  }
  return pending;
}
