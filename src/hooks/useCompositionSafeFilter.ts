import { useRef, useState, type ChangeEvent, type CompositionEvent } from 'react';

export interface CompositionSafeFilter {
  /** 목록을 거를 값: 한글 조합이 끝난 글자까지만 담습니다 */
  readonly query: string;
  /** 입력 상자에 펼쳐 넣을 속성 */
  readonly inputProps: {
    readonly value: string;
    readonly onChange: (event: ChangeEvent<HTMLInputElement>) => void;
    readonly onCompositionStart: () => void;
    readonly onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => void;
  };
}

/**
 * 목록을 거르는 입력 상자의 값. 한글 입력기가 글자를 조합하는 동안(`네`에서 `넽`으로 넘어가는 중)에는 거를 값(`query`)을
 * 바꾸지 않고 음절이 확정된 뒤에 바꿉니다. 조합 중인 값으로 거르면 목록이 깜빡이고 화면 낭독기가 헛소리를 합니다.
 * 태그 탐색기와 명령어 사전이 함께 씁니다.
 */
export function useCompositionSafeFilter(): CompositionSafeFilter {
  const [input, setInput] = useState('');
  const [query, setQuery] = useState('');
  const composing = useRef(false);
  return {
    query,
    inputProps: {
      value: input,
      onChange: (event) => {
        setInput(event.target.value);
        if (!composing.current) setQuery(event.target.value);
      },
      onCompositionStart: () => {
        composing.current = true;
      },
      onCompositionEnd: (event) => {
        composing.current = false;
        setQuery(event.currentTarget.value);
      },
    },
  };
}
