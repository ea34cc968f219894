import { Children, isValidElement, type ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import ElementContent from '@theme/CodeBlock/Content/Element';
import type HighlightedContent from './highlightedContent';

let highlightedContent: typeof HighlightedContent | undefined;

/**
 * Prism(`prism-react-renderer`와 추가 문법)은 모듈을 읽을 때 문법을 서로 잇느라 휴대폰에서 수백 ms를 씁니다. 이
 * 컴포넌트는 MDX의 모든 페이지(코드 블록이 없는 블로그 목록·태그 페이지 포함)가 불러 오므로, 정적 `import`이면 그
 * 값을 모든 MDX 페이지가 치릅니다. 그래서 코드 블록을 처음 그릴 때 같은 청크 안의 모듈을 `require`로 읽습니다.
 * 서버 렌더링과 하이드레이션 모두 동기적으로 읽으므로 HTML은 그대로입니다.
 */
function renderHighlighted(props: Omit<Props, 'children'>, code: string): ReactNode {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- 위 주석: 처음 그릴 때 읽어야 합니다.
  highlightedContent ??= (require('./highlightedContent') as { default: typeof HighlightedContent }).default;
  const Content = highlightedContent;
  return <Content {...props}>{code}</Content>;
}

/**
 * 원래 `CodeBlock`과 같은 일을 하되, 하이드레이션 직후 모든 코드 블록을 버리고 다시 만들지 않습니다.
 *
 * 원래 컴포넌트는 `key={String(useIsBrowser())}`로 하이드레이션이 끝나자마자 코드 블록마다 토큰을 다시 나누고 DOM을
 * 새로 만듭니다. 서버 HTML의 Prism 색(기본 테마)이 어두운 테마와 다를 때를 위한 것이지만, Docusaurus 3.10의
 * `useColorMode()`는 하이드레이션 동안 일부러 기본 테마 값을 돌려주고 그 뒤에 실제 테마로 바뀌므로, 색은 평범한
 * React 업데이트로 고쳐집니다. 다시 만드는 일은 코드 블록이 41개인 `/docs/network`에서 하이드레이션 뒤의 긴 작업
 * 두 개(스크립트와 그 뒤 레이아웃, 4배 느린 CPU로 합쳐 0.3~0.4초)였습니다. 복사 버튼, 제목, 줄 강조, 줄 바꿈 버튼은 그대로 `Content/String`이 그립니다.
 */
export default function CodeBlock({ children, ...props }: Props): ReactNode {
  const content = Children.toArray(children).some((child) => isValidElement(child))
    ? children
    : Array.isArray(children)
      ? children.join('')
      : children;
  return typeof content === 'string' ? (
    renderHighlighted(props, content)
  ) : (
    <ElementContent {...props}>{content}</ElementContent>
  );
}
