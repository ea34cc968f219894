import { startTransition, useEffect, useState } from 'react';

/** 이 탭에서 하이드레이션이 끝났는지. 그 뒤에 (클라이언트 이동으로) 그리는 컴포넌트는 처음부터 상호작용하는 모습입니다. */
let hydrated = false;

/**
 * 서버가 그린 HTML(꺼진 거르기 상자, 주소의 선택을 아직 읽지 않은 태그 토글)을 자바스크립트로 동작하는 모습(켜진 상자,
 * 주소의 선택을 반영한 토글)으로 바꿀 때가 되었는지 알려 줍니다. `useIsBrowser()`와 같은 구실이지만 두 가지가 다릅니다.
 * - 바꾸는 렌더를 transition으로 예약합니다. `useIsBrowser()`가 참이 되는 렌더는 하이드레이션 직후 페이지 전체를
 *   다시 그리는 동기 렌더에 섞여 긴 작업 하나가 되지만, transition은 React가 5 ms씩 나누어 그립니다.
 * - Docusaurus의 브라우저 컨텍스트를 읽지 않으므로, 그 컨텍스트가 바뀔 때 이 컴포넌트 아래 전체가 다시 그려지지 않습니다.
 */
export function useInteractive(): boolean {
  const [interactive, setInteractive] = useState(hydrated);
  useEffect(() => {
    hydrated = true;
    if (!interactive) startTransition(() => setInteractive(true));
  }, [interactive]);
  return interactive;
}
