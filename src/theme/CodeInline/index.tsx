import { Fragment, type ReactNode } from 'react';
import type { WrapperProps } from '@docusaurus/types';
import CodeInline from '@theme-original/CodeInline';
import type CodeInlineType from '@theme/CodeInline';
import { splitInlineCode } from '@site/src/lib/inlineCodeBreaks';

type Props = WrapperProps<typeof CodeInlineType>;

/**
 * 본문 인라인 코드가 플래그나 짧은 토큰 가운데서 줄 바꿈하지 않게 합니다(이슈 #19: 1장의 인라인 코드 321개 중 43개가
 * 휴대폰에서 `--` / `no-pause`처럼 끊겼습니다). 글자는 그대로 두고 한 덩어리 조각만 `white-space: nowrap`인 span으로,
 * 긴 토큰의 `/ . = ,` 뒤에는 `<wbr>`을 둡니다. 복사한 글자는 바뀌지 않습니다. 규칙은 src/lib/inlineCodeBreaks.ts.
 */
export default function CodeInlineWrapper({ children, ...props }: Props): ReactNode {
  if (typeof children !== 'string') return <CodeInline {...props}>{children}</CodeInline>;
  const parts = splitInlineCode(children);
  // 공백 없는 짧은 토큰 하나(가장 흔한 경우)는 span 없이 code 자체를 한 덩어리로 둡니다.
  if (parts.length === 1 && parts[0]?.kind === 'unbroken') {
    return (
      <CodeInline {...props} data-nowrap="">
        {children}
      </CodeInline>
    );
  }
  return (
    <CodeInline {...props}>
      {parts.map((part, index) =>
        part.kind === 'break' ? (
          <wbr key={index} />
        ) : part.kind === 'unbroken' ? (
          <span key={index} data-nowrap="">
            {part.text}
          </span>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </CodeInline>
  );
}
