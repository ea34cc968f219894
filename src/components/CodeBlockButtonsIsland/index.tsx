import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { CodeBlockContextProvider, type CodeBlockMetadata } from '@docusaurus/theme-common/internal';
import Buttons from '@theme/CodeBlock/Buttons';

export interface Props {
  /** 서버 HTML의 코드 블록 `pre` */
  readonly pre: HTMLPreElement;
}

/**
 * 코드 블록의 글자. Docusaurus는 줄마다 `.token-line`을 두고 빈 줄에는 `\n` 하나를 넣으므로, 줄의 글자에서 끝의 `\n`을
 * 떼고 줄 바꿈으로 이으면 MDX의 코드와 같습니다.
 */
export function codeOfBlock(pre: HTMLPreElement): string {
  return [...pre.querySelectorAll('.token-line')]
    .map((line) => (line.textContent ?? '').replace(/\n$/, ''))
    .join('\n');
}

/**
 * Docusaurus `useCodeWordWrap`과 같은 줄 바꿈 상태를 서버가 그린 `pre`에 대해 만듭니다(그 훅은 자기가 그린 `pre`를 ref로
 * 받습니다). 켜면 `code`에 `pre-wrap`을 주고, 옆으로 넘칠 때만 버튼이 보입니다.
 */
function useServerCodeWordWrap(pre: HTMLPreElement) {
  const [isEnabled, setIsEnabled] = useState(false);
  const [isCodeScrollable, setIsCodeScrollable] = useState(false);
  const codeBlockRef = useMemo(() => ({ current: pre }), [pre]);
  const toggle = useCallback(() => {
    const code = pre.querySelector('code');
    if (code === null) return;
    if (isEnabled) code.removeAttribute('style');
    else {
      code.style.whiteSpace = 'pre-wrap';
      code.style.overflowWrap = 'anywhere';
    }
    setIsEnabled((value) => !value);
  }, [pre, isEnabled]);
  useEffect(() => {
    const update = () =>
      setIsCodeScrollable(
        pre.scrollWidth > pre.clientWidth || pre.querySelector('code')?.hasAttribute('style') === true,
      );
    update();
    window.addEventListener('resize', update, { passive: true });
    return () => window.removeEventListener('resize', update);
  }, [pre, isEnabled]);
  return useMemo(
    () => ({ codeBlockRef, isEnabled, isCodeScrollable, toggle }),
    [codeBlockRef, isEnabled, isCodeScrollable, toggle],
  );
}

/**
 * 하이드레이션하지 않은 장 본문(src/theme/DocItem/Content)의 코드 블록 하나에 Docusaurus의 줄 바꿈·복사 버튼
 * (`@theme/CodeBlock/Buttons`)을 붙입니다. 버튼은 원래도 서버 HTML에 없고 브라우저에서만 그려지므로, 같은 컴포넌트를 같은
 * 자리(`pre`의 부모 끝)에 포털로 그리면 모양과 동작이 같습니다. 버튼이 읽는 코드 블록 컨텍스트는 서버 HTML에서 만듭니다.
 */
export default function CodeBlockButtonsIsland({ pre }: Props): ReactNode {
  const wordWrap = useServerCodeWordWrap(pre);
  const metadata = useMemo<CodeBlockMetadata>(() => {
    const code = codeOfBlock(pre);
    return {
      codeInput: code,
      code,
      className: '',
      language: /\blanguage-(\S+)/.exec(pre.className)?.[1] ?? 'text',
      title: null,
      lineNumbersStart: undefined,
      lineClassNames: {},
    };
  }, [pre]);
  const container = pre.parentElement;
  if (container === null) return null;
  return createPortal(
    <CodeBlockContextProvider metadata={metadata} wordWrap={wordWrap}>
      <Buttons />
    </CodeBlockContextProvider>,
    container,
  );
}
