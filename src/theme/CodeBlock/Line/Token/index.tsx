import type { ReactNode } from 'react';
import type { WrapperProps } from '@docusaurus/types';
import Token from '@theme-original/CodeBlock/Line/Token';
import type TokenType from '@theme/CodeBlock/Line/Token';

type Props = WrapperProps<typeof TokenType>;

/**
 * 글자가 없는 토큰의 `<span>`을 그리지 않습니다(이슈 #23: 코드 줄마다 요소를 줄임). Prism은 줄이 들여쓰기 없이 토큰으로
 * 시작할 때 그 앞에 빈 `plain` 토큰을 두는데, 보이는 것도 복사되는 것도 없는 요소가 `/docs/network`에만 55개였습니다. 빈 줄의
 * 토큰 하나는 그 줄의 높이를 잡으므로 남깁니다. 지켜지는지는 `tests/built/code-highlighting.test.ts`가 봅니다.
 */
export default function CodeBlockLineTokenWrapper(props: Props): ReactNode {
  if (props.token.content === '' && props.line.length > 1) return null;
  return <Token {...props} />;
}
