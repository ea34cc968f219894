import type { ReactNode } from 'react';

/**
 * 데이터 파일의 짧은 글(용어집 정의)에 든 `…`를 코드 글꼴로 그립니다. Markdown 전체가 아니라 인라인 코드만
 * 다루므로 HTML을 끼워 넣지 않고 React 요소로 나눕니다.
 */
export function withInlineCode(text: string): ReactNode[] {
  return text.split('`').map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}

/** `title` 속성처럼 글만 들어가는 곳에 쓸, 백틱을 뗀 글 */
export function withoutBackticks(text: string): string {
  return text.replaceAll('`', '');
}
