import type { AnchorHTMLAttributes, MouseEvent, ReactNode } from 'react';
import { useHistory } from '@docusaurus/router';

type ResultLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** base 경로를 포함한 사이트 안 주소 */
  readonly href: string;
  readonly children: ReactNode;
};

/**
 * 검색 결과 링크. Docusaurus `Link`는 화면에 보이는 링크의 페이지 코드를 미리 받는데, 결과 8개가 보이면
 * 장 8개의 본문 코드(장마다 gzip 25 KB 안팎, Mermaid 포함 시 더)를 받게 됩니다. 그래서 보통의 `<a>`로 두고,
 * 그냥 누를 때만 앱 안에서 이동합니다(가운데 단추, Ctrl/⌘+클릭은 브라우저에 맡깁니다).
 */
export default function ResultLink({ href, onClick, children, ...rest }: ResultLinkProps): ReactNode {
  const history = useHistory();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>): void => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    history.push(href);
  };
  return (
    <a href={href} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
