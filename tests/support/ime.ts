import type { Page } from 'playwright-core';

export interface ImeInput {
  /** 입력기가 아직 조합 중인 글자(예: `넽`)를 포커스된 입력 상자에 보냅니다. */
  compose(text: string): Promise<void>;
  /** 조합을 끝내고 확정된 글자를 넣습니다. */
  commit(text: string): Promise<void>;
}

/**
 * 한글 입력기(IME)가 글자를 조합하는 과정을 DevTools 프로토콜로 흉내 냅니다. Playwright의 `fill`/`type`은
 * composition 이벤트를 내지 않으므로, 조합 중에는 거르지 않는 입력 상자를 검사하려면 이 길이 필요합니다.
 */
export async function imeInput(page: Page): Promise<ImeInput> {
  const cdp = await page.context().newCDPSession(page);
  return {
    compose: async (text) => {
      await cdp.send('Input.imeSetComposition', { text, selectionStart: 1, selectionEnd: 1 });
    },
    commit: async (text) => {
      await cdp.send('Input.insertText', { text });
    },
  };
}
