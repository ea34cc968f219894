import type { CSSProperties } from 'react';
import type { PrismTheme } from 'prism-react-renderer';
import { getPrismCssVariables } from '@docusaurus/theme-common/internal';
import { styleOfToken, themeDictionary } from '@site/plugins/prism-with-code-blocks/client/themeStyle';

function setStyle(element: HTMLElement, style: CSSProperties | undefined): void {
  element.removeAttribute('style');
  for (const [property, value] of Object.entries(style ?? {})) {
    if (value === undefined || value === null) continue;
    element.style.setProperty(
      property.startsWith('--')
        ? property
        : property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`),
      String(value),
    );
  }
}

/**
 * 서버 HTML의 코드 블록을 `theme`의 색으로 다시 칠합니다. React가 그렸다면 테마가 바뀔 때 코드 블록을 다시 그려 하는 일을
 * 하이드레이션하지 않은 장 본문에서는 DOM에 직접 합니다: 틀의 CSS 변수, `pre`의 바탕과 글자색, 줄의 글자색, 토큰마다의 모양
 * (`Highlight`와 같은 규칙, plugins/prism-with-code-blocks/client/themeStyle.ts).
 */
export function paintCodeBlocks(root: Element, theme: PrismTheme): void {
  for (const container of root.querySelectorAll<HTMLElement>('.theme-code-block')) {
    const pre = container.querySelector<HTMLPreElement>('pre.prism-code');
    if (pre === null) continue;
    const language = /\blanguage-(\S+)/.exec(pre.className)?.[1] ?? 'text';
    const dictionary = themeDictionary(theme, language);
    for (const [name, value] of Object.entries(getPrismCssVariables(theme))) {
      if (typeof value === 'string') container.style.setProperty(name, value);
    }
    setStyle(pre, dictionary.root);
    for (const line of pre.querySelectorAll<HTMLElement>('.token-line')) setStyle(line, dictionary.plain);
    for (const token of pre.querySelectorAll<HTMLElement>('span.token')) {
      const types = [...token.classList].filter((name) => name !== 'token');
      setStyle(token, styleOfToken(dictionary, { types, empty: token.textContent === '\n' }));
    }
  }
}
