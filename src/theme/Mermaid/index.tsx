import { useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { WrapperProps } from '@docusaurus/types';
import { useColorMode } from '@docusaurus/theme-common';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import { PrintBookContext } from '@site/src/lib/printBook';
import styles from './styles.module.css';

type Props = WrapperProps<typeof MermaidType>;

/** 화면에 닿기 한 화면 높이 전부터 그려 두어, 읽는 사람이 그림에 도착했을 때는 이미 그려져 있게 합니다. */
const renderAheadMargin = '100% 0px';

/**
 * Mermaid 그림을 화면 가까이 왔을 때 그립니다.
 * Mermaid 라이브러리는 gzip으로 약 180 KiB이고 그리는 동안 메인 스레드를 오래 붙잡습니다. 원래 컴포넌트는 페이지가
 * 열리자마자 모든 그림을 그리므로, 첫 화면만 읽는 휴대폰 사용자도 모두 내려받고 기다려야 했습니다.
 * 그리기 전에는 자리(min-height)를 잡아 두어 그림이 나타날 때 글이 덜 밀립니다.
 * 테스트는 `data-mermaid-state`로 모든 그림이 그려졌는지 확인합니다(tests/support/browser.ts).
 *
 * 어두운 테마로 열면 하이드레이션 직후 밝은 테마 그림을 그리던 중에 같은 id로 다시 그리게 되고,
 * 두 렌더가 겹치면서 일부 그림이 빈 채로 남습니다. 테마마다 컴포넌트를 새로 만들어(`key`) id가 겹치지 않게 합니다.
 */
export default function MermaidWrapper(props: Props): ReactNode {
  const { colorMode } = useColorMode();
  const frame = useRef<HTMLDivElement>(null);
  const inBook = useContext(PrintBookContext);
  const [near, setNear] = useState(inBook);

  useEffect(() => {
    const element = frame.current;
    if (element === null || inBook) return undefined;
    // IntersectionObserver는 Docusaurus가 지원하는 모든 브라우저에 있습니다.
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: renderAheadMargin },
    );
    observer.observe(element);
    // 인쇄할 때는 화면에 오지 않은 그림도 그립니다.
    const renderAll = () => setNear(true);
    window.addEventListener('beforeprint', renderAll);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', renderAll);
    };
  }, [inBook]);

  return (
    <div ref={frame} className={styles.frame} data-mermaid-state={near ? 'rendering' : 'waiting'}>
      {near ? <Mermaid key={colorMode} {...props} /> : null}
    </div>
  );
}
