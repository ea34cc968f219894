import type { ReactNode } from 'react';
import MobileSidebar from '@theme-original/Navbar/MobileSidebar';
import { useInteractive } from '@site/src/hooks/useInteractive';

/**
 * 휴대폰 메뉴를 하이드레이션이 끝난 뒤에 transition으로 그립니다.
 * Docusaurus는 창 크기가 휴대폰으로 정해지는 순간(하이드레이션 직후의 동기 렌더) 닫힌 메뉴 전체(주 메뉴, 장 목록)를
 * 만드는데, 그 렌더가 페이지의 다른 갱신과 한 작업으로 묶여 휴대폰에서 긴 작업이 되었습니다. 메뉴는 닫혀 있어
 * 보이지 않으므로(src/css/custom.css) 잠깐 늦게 만들어도 읽는 사람에게는 달라지는 것이 없습니다.
 */
export default function MobileSidebarWrapper(): ReactNode {
  return useInteractive() ? <MobileSidebar /> : null;
}
