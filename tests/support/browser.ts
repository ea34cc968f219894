import type { BrowserContextOptions, Locator, Page } from 'playwright-core';

// 브라우저를 찾고 띄우는 것은 스크립트(책 PDF, bench)와 함께 쓰므로 scripts/lib/browser.ts에 있습니다.
export { launchChromium } from '../../scripts/lib/browser';

/** 375px 휴대폰 화면(모바일 뷰포트, 터치). 좁은 화면을 보는 브라우저 테스트가 함께 씁니다. */
export const phoneContextOptions = {
  viewport: { width: 375, height: 740 },
  isMobile: true,
  hasTouch: true,
} as const satisfies BrowserContextOptions;

/**
 * 페이지의 콘솔 오류와 잡히지 않은 예외, 실패한 요청, 다른 호스트로 가는 요청을 모읍니다.
 * 다른 호스트는 이 머신에서는 연결이 거부되어 "실패한 요청"으로도 잡히지만, 네트워크가 열린 머신에서는 성공하므로
 * 따로 셉니다. 기준은 가장 최근에 메인 프레임이 연 페이지의 원점입니다.
 */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  let pageOrigin: string | undefined;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      pageOrigin = url.origin;
    } else if (pageOrigin !== undefined && url.origin !== pageOrigin) {
      problems.push(
        `request to another host: ${request.url()} (사이트의 파일만 써야 합니다: static/에 두거나 번들하세요)`,
      );
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? 'unknown';
    // 다음 페이지로 넘어가면 브라우저가 아직 받는 중인 요청(파비콘 등)을 스스로 취소합니다. 실패가 아닙니다.
    if (reason === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * `load` 뒤에도 브라우저에서 그려지는 것을 기다립니다.
 * - React 하이드레이션: Docusaurus가 끝나면 `<html data-has-hydrated=true>`로 바꿉니다. 테마 같은 상태가 이때 정해집니다.
 * - Mermaid 그림: 화면 가까이 와야 그려지므로(src/theme/Mermaid) 그림 자리(`[data-mermaid-state]`)마다 스크롤해
 *   그리게 하고, 모두 SVG(또는 오류 메시지)가 된 뒤 맨 위로 돌아옵니다. 그림이 없는 페이지는 기다리지 않습니다.
 * `networkidle`(요청이 0.5초 멈출 때까지)은 모든 페이지에 0.5초 이상을 더하므로 쓰지 않습니다.
 */
export async function waitUntilRendered(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {
    timeout,
    polling: 50,
  });
  const frameCount = await page.locator('[data-mermaid-state]').count();
  if (frameCount === 0) return;
  // 그림 자리마다 화면 가운데로 스크롤하고, 그 자리가 그리기를 시작할 때까지 머뭅니다. 곧바로 다음 자리로 넘어가면
  // IntersectionObserver가 앞 자리를 화면 안에서 보지 못해 그 그림이 그려지지 않습니다.
  await page.evaluate(async () => {
    for (const frame of document.querySelectorAll('[data-mermaid-state]')) {
      frame.scrollIntoView({ block: 'center' });
      const started = performance.now();
      while (frame.getAttribute('data-mermaid-state') === 'waiting' && performance.now() - started < 5000) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-mermaid-state]')].every(
        (frame) => frame.querySelector('svg') !== null || (frame.textContent ?? '').trim() !== '',
      ),
    undefined,
    { timeout, polling: 50 },
  );
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * 브라우저가 나중에 그리는 것(클라이언트 쪽 이동 뒤의 새 페이지, 한가할 때 붙는 미리 받기 링크)을 기다립니다. 예를 들어
 * Docusaurus는 링크를 누르면 주소를 먼저 바꾸고 다음 페이지의 청크를 받는 동안 앞 페이지를 그대로 보여 주므로,
 * `waitForURL`만으로는 화면이 아직 앞 페이지일 수 있습니다. 시간 안에 `read()`가 `accept`를 통과하지 못하면 마지막으로
 * 읽은 값을 담아 실패합니다.
 */
export async function waitForValue<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  description: string,
  timeout = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    value = await read();
  }
  if (!accept(value)) {
    throw new Error(`${timeout} ms 안에 ${description}: 마지막 값 ${JSON.stringify(value)}`);
  }
  return value;
}

/** `locator`의 보이는 글자가 `expected`가 될 때까지 기다립니다(클라이언트 쪽 이동 뒤의 제목 등). */
export async function waitForInnerText(locator: Locator, expected: string, timeout?: number): Promise<void> {
  await waitForValue(
    () => locator.innerText(),
    (text) => text === expected,
    `${locator}의 글자가 "${expected}"가 되지 않았습니다`,
    timeout,
  );
}
