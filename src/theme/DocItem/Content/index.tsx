import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { WrapperProps } from '@docusaurus/types';
import { useHistory } from '@docusaurus/router';
import { usePrismTheme } from '@docusaurus/theme-common';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import CodeBlockButtonsIsland from '@site/src/components/CodeBlockButtonsIsland';
import { diagramSourceAttribute, MermaidIsland } from '@site/src/theme/Mermaid';
import { chapterAtPath } from '@site/src/progress/model';
import { anchorOf, clientRoutePath, isPlainClick } from '@site/src/staticBody/internalLinks';
import { paintCodeBlocks } from '@site/src/staticBody/paintCodeBlocks';

type Props = WrapperProps<typeof ContentType>;

/** 본문을 담는 요소의 클래스(theme-classic의 `DocItem/Content`와 같음). 서버 HTML에서 이 요소를 찾습니다. */
const bodyClassName = 'theme-doc-markdown markdown';
/** 하이드레이션하지 않은 본문에 붙이는 표시. 테스트와 CSS가 이것으로 압니다. */
export const staticBodyAttribute = 'data-static-body';

/** 이 탭에서 첫 하이드레이션이 끝났는지. 그 뒤(클라이언트 이동)에 여는 장은 보통대로 React가 그립니다. */
let firstHydrationDone = false;

/** 지금이 첫 하이드레이션이고 서버가 그린 본문이 문서에 있는지. 서버 렌더링에서는 늘 거짓입니다. */
function serverBodyAwaitsHydration(): boolean {
  if (firstHydrationDone || typeof document === 'undefined') return false;
  return document.querySelector(`.theme-doc-markdown`)?.hasChildNodes() ?? false;
}

/** 섬을 화면에 닿기 한 화면 높이 전부터 붙입니다(Mermaid 그림을 그리기 시작하는 거리와 같음). */
const islandAheadMargin = '100% 0px';

function findDiagrams(body: HTMLElement): HTMLDivElement[] {
  return [...body.querySelectorAll<HTMLDivElement>(`[${diagramSourceAttribute}]`)];
}

interface StaticBodyProps {
  /** 서버 HTML이 없어졌을 때(하이드레이션이 실패해 React가 처음부터 그린 경우) 보통 렌더로 돌아갑니다 */
  readonly onLost: () => void;
}

/**
 * 서버가 그린 장 본문을 하이드레이션하지 않고 그대로 둡니다. 글자 자식(`''`)과 `suppressHydrationWarning`인 요소는 React가
 * 하이드레이션할 때 자식을 맞춰 보지도, 고치지도 않고(React 19), 뒤의 렌더도 같은 자식이라 DOM을 건드리지 않습니다. 본문
 * 안에서 움직이는 것만 따로 붙입니다(섬): 코드 블록 버튼과 Mermaid 그림은 포털로(같은 React 트리라 테마·라우터 컨텍스트를
 * 그대로 씀), 사이트 안 링크는 클릭 핸들러 하나로, 테마가 바뀌면 코드 블록 색은 DOM에서 다시 칠합니다.
 */
function StaticBody({ onLost }: StaticBodyProps): ReactNode {
  const body = useRef<HTMLDivElement>(null);
  const [codeBlocks, setCodeBlocks] = useState<readonly HTMLPreElement[]>([]);
  const [diagrams, setDiagrams] = useState<readonly HTMLDivElement[]>([]);
  const history = useHistory();
  const { siteConfig } = useDocusaurusContext();
  const prismTheme = usePrismTheme();
  const paintedTheme = useRef(prismTheme);

  useLayoutEffect(() => {
    const element = body.current;
    if (element?.hasChildNodes() !== true) {
      onLost();
      return;
    }
    // 하이드레이션은 서버 HTML에 없던 속성을 붙이지 않으므로 DOM에 직접 붙입니다.
    element.setAttribute(staticBodyAttribute, '');
  }, [onLost]);

  useEffect(() => {
    const element = body.current;
    if (element === null) return undefined;
    startTransition(() => setDiagrams(findDiagrams(element)));
    // 코드 블록 버튼은 블록이 화면 가까이 올 때 붙입니다. 버튼은 블록에 마우스를 올리거나 포커스할 때 보이므로 먼 블록의
    // 버튼을 미리 만들 까닭이 없고, 긴 장에서 블록 수십 개의 버튼과 줄 바꿈 검사를 한 작업에 몰지 않습니다.
    const observer = new IntersectionObserver(
      (entries) => {
        const arrived = entries.filter((entry) => entry.isIntersecting).map((entry) => entry.target);
        if (arrived.length === 0) return;
        for (const target of arrived) observer.unobserve(target);
        startTransition(() =>
          setCodeBlocks((current) => [
            ...current,
            ...arrived.filter((target): target is HTMLPreElement => target instanceof HTMLPreElement),
          ]),
        );
      },
      { rootMargin: islandAheadMargin },
    );
    for (const pre of element.querySelectorAll<HTMLPreElement>('.theme-code-block pre.prism-code'))
      observer.observe(pre);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const element = body.current;
    if (element === null || paintedTheme.current === prismTheme) return;
    paintCodeBlocks(element, prismTheme);
    paintedTheme.current = prismTheme;
  }, [prismTheme]);

  useEffect(() => {
    const element = body.current;
    if (element === null) return undefined;
    const prefetched = new Set<string>();
    const navigate = (event: MouseEvent) => {
      const anchor = anchorOf(event.target);
      const path = anchor && clientRoutePath(anchor, siteConfig.baseUrl, window.location);
      if (!path || !isPlainClick(event)) return;
      event.preventDefault();
      history.push(path);
    };
    const prefetch = (event: Event) => {
      const anchor = anchorOf(event.target);
      const path = anchor && clientRoutePath(anchor, siteConfig.baseUrl, window.location);
      if (!path) return;
      const pathname = new URL(path, window.location.href).pathname;
      if (prefetched.has(pathname)) return;
      prefetched.add(pathname);
      void window.docusaurus.prefetch(pathname);
    };
    element.addEventListener('click', navigate);
    element.addEventListener('pointerover', prefetch, { passive: true });
    element.addEventListener('focusin', prefetch);
    return () => {
      element.removeEventListener('click', navigate);
      element.removeEventListener('pointerover', prefetch);
      element.removeEventListener('focusin', prefetch);
    };
  }, [history, siteConfig.baseUrl]);

  return (
    <>
      <div ref={body} className={bodyClassName} suppressHydrationWarning>
        {''}
      </div>
      {codeBlocks.map((pre, index) => (
        <CodeBlockButtonsIsland key={`code-${index}`} pre={pre} />
      ))}
      {diagrams.map((frame, index) => (
        <MermaidIsland key={`diagram-${index}`} frame={frame} />
      ))}
    </>
  );
}

/**
 * 장 페이지를 처음 열 때 본문을 하이드레이션하지 않습니다(이슈 #23). 장 본문은 코드 블록 수십 개와 표로 DOM 요소가 2천 개가
 * 넘고, 그것을 하이드레이션하는 일이 휴대폰에서 첫 로드의 긴 작업 대부분이었습니다. 본문은 서버 HTML 그대로 두고
 * (`StaticBody`), 다른 페이지에서 클라이언트 이동으로 들어온 장과 장이 아닌 문서(명령어 사전, 용어집처럼 본문에 React
 * 컴포넌트가 있는 페이지)는 원래대로 그립니다. 장 MDX가 쓸 수 있는 컴포넌트는 `tests/content/static-chapter-body.test.ts`가 지킵니다.
 */
export default function DocItemContentWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  const { siteConfig } = useDocusaurusContext();
  const isChapter = chapterAtPath(metadata.permalink, siteConfig.baseUrl) !== null;
  const [keepServerHtml, setKeepServerHtml] = useState(() => isChapter && serverBodyAwaitsHydration());
  useEffect(() => {
    firstHydrationDone = true;
  }, []);
  const renderNormally = useCallback(() => setKeepServerHtml(false), []);
  return keepServerHtml ? <StaticBody onLost={renderNormally} /> : <Content {...props} />;
}
