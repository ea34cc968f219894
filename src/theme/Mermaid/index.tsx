import { useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { WrapperProps } from '@docusaurus/types';
import { useColorMode } from '@docusaurus/theme-common';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import DiagramViewer from '@site/src/components/DiagramViewer';
import {
  minimumDiagramWidth,
  naturalWidth,
  printDiagramLayout,
  smallestLabelFont,
} from '@site/src/lib/diagramScale';
import { contentBox, landscapePage, portraitPage } from '@site/src/lib/printPage';
import { PrintBookContext } from '@site/src/lib/printBook';
import styles from './styles.module.css';

type Props = WrapperProps<typeof MermaidType>;

/** 화면에 닿기 한 화면 높이 전부터 그려 두어, 읽는 사람이 그림에 도착했을 때는 이미 그려져 있게 합니다. */
const renderAheadMargin = '100% 0px';

/**
 * Mermaid의 flowchart는 모든 노드에 툴팁용 mouseover/mouseout 핸들러를 다는데, 번들에는 d3-transition이 없어
 * mouseout마다 `TypeError: e.transition is not a function`을 던집니다(휴대폰에서 노드를 누르고 다른 곳을 누를 때).
 * 우리 그림은 툴팁(`click … "설명"`)을 쓰지 않으므로, 그림 틀에서 캡처 단계로 받아 노드까지 내려가지 않게 합니다.
 */
function stopTooltipEvents(event: Event): void {
  if (event.target instanceof Element && event.target.closest('svg g.node') !== null) event.stopPropagation();
}

/**
 * 그려진 그림이 본문 너비에 맞춰 너무 작아지지 않게 최소 너비를 주고, 그보다 좁은 화면에서는 그림 틀이 옆으로
 * 스크롤되게(키보드로도) 합니다. 스크롤할 것이 있으면 `data-diagram-overflow`를 붙여 안내와 가장자리 그림자를 보입니다.
 */
function keepReadable(frame: HTMLElement): boolean {
  const svg = frame.querySelector<SVGSVGElement>('.docusaurus-mermaid-container svg');
  const container = svg?.parentElement;
  if (!svg || !container) return false;
  const minimum = minimumDiagramWidth(naturalWidth(svg), smallestLabelFont(svg));
  svg.style.minWidth = minimum > 0 ? `${minimum}px` : '';
  const overflowing = container.scrollWidth > container.clientWidth + 1;
  frame.toggleAttribute('data-diagram-overflow', overflowing);
  // 그려진 그림 틀은 늘 키보드로 닿게 합니다(Docusaurus 코드 블록의 `pre`와 같습니다). 넘칠 때만 주면 글꼴이나 너비가
  // 나중에 바뀌어 넘치게 된 틀이 다음 검사 전까지 키보드로 스크롤할 수 없는 영역으로 남습니다.
  container.tabIndex = 0;
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', overflowing ? '그림 (옆으로 스크롤)' : '그림');
  return true;
}

/**
 * 책에서 인쇄할 그림의 너비를 정합니다(`--print-diagram-width`). 세로 쪽 폭에 맞추면 글자가 8 pt 아래가 되는 넓은
 * 그림은 `data-print-wide`를 붙여 가로 쪽에 싣습니다(책의 인쇄 CSS가 그 쪽을 정합니다, BookView/bookLinks.ts).
 * 쪽 크기만으로 정하므로 화면 폭과 관계없이 같은 결과입니다.
 */
function placeForPrint(figure: HTMLElement, svg: SVGSVGElement): void {
  const box = svg.viewBox.baseVal;
  const natural = { width: naturalWidth(svg), height: box !== null && box.height > 0 ? box.height : 0 };
  if (natural.width <= 0 || natural.height <= 0) return;
  const layout = printDiagramLayout(
    natural,
    smallestLabelFont(svg),
    contentBox(portraitPage),
    contentBox(landscapePage),
  );
  figure.style.setProperty('--print-diagram-width', `${layout.width}px`);
  figure.toggleAttribute('data-print-wide', layout.wide);
}

/**
 * Mermaid 그림을 화면 가까이 왔을 때 그립니다.
 * Mermaid 라이브러리는 gzip으로 약 180 KiB이고 그리는 동안 메인 스레드를 오래 붙잡습니다. 원래 컴포넌트는 페이지가
 * 열리자마자 모든 그림을 그리므로, 첫 화면만 읽는 휴대폰 사용자도 모두 내려받고 기다려야 했습니다.
 * 그리기 전에는 자리(min-height)를 잡아 두어 그림이 나타날 때 글이 덜 밀립니다.
 * 테스트는 `data-mermaid-state`로 모든 그림이 그려졌는지 확인합니다(tests/support/browser.ts).
 *
 * 어두운 테마로 열면 하이드레이션 직후 밝은 테마 그림을 그리던 중에 같은 id로 다시 그리게 되고,
 * 두 렌더가 겹치면서 일부 그림이 빈 채로 남습니다. 테마마다 컴포넌트를 새로 만들어(`key`) id가 겹치지 않게 합니다.
 *
 * 그려진 뒤에는 글자가 11px 아래로 작아지지 않게 최소 너비를 주고(넘치는 만큼 옆으로 스크롤), "크게 보기"로 화면
 * 전체에서 확대·이동해 볼 수 있게 합니다(이슈 #19, src/components/DiagramViewer).
 */
interface FrameState {
  /** 화면 가까이 와서 그리기 시작했는지 */
  readonly near: boolean;
  /** 그림(SVG)이 들어와 크기를 맞췄는지: "크게 보기"를 보일 때 */
  readonly drawn: boolean;
  readonly getDiagram: () => SVGSVGElement | null;
}

/** 그림 틀(`frame`)이 화면 가까이 오면 그리기 시작하고, 그려진 그림의 크기를 맞춥니다. 틀을 React가 그렸든 서버 HTML이든 같습니다. */
function useDiagramFrame(frame: HTMLDivElement | null, inBook: boolean): FrameState {
  const [near, setNear] = useState(inBook);
  const [drawn, setDrawn] = useState(false);

  useEffect(() => {
    if (frame === null || inBook) return undefined;
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
    observer.observe(frame);
    // 인쇄할 때는 화면에 오지 않은 그림도 그립니다.
    const renderAll = () => setNear(true);
    window.addEventListener('beforeprint', renderAll);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', renderAll);
    };
  }, [frame, inBook]);

  useEffect(() => {
    if (frame === null || !near) return undefined;
    frame.addEventListener('mouseover', stopTooltipEvents, true);
    frame.addEventListener('mouseout', stopTooltipEvents, true);
    // 그림(SVG)은 원래 컴포넌트가 비동기로 그려 넣습니다. 들어오면(테마를 바꿔 다시 그릴 때도) 크기를 맞춥니다.
    const fit = () => {
      const drawnNow = keepReadable(frame);
      const svg = frame.querySelector<SVGSVGElement>('.docusaurus-mermaid-container svg');
      if (inBook && svg !== null && frame.parentElement !== null) placeForPrint(frame.parentElement, svg);
      setDrawn(drawnNow);
    };
    const mutations = new MutationObserver(fit);
    mutations.observe(frame, { childList: true, subtree: true });
    const resize = new ResizeObserver(fit);
    resize.observe(frame);
    fit();
    return () => {
      frame.removeEventListener('mouseover', stopTooltipEvents, true);
      frame.removeEventListener('mouseout', stopTooltipEvents, true);
      mutations.disconnect();
      resize.disconnect();
    };
  }, [frame, near, inBook]);

  const getDiagram = useCallback(
    () => frame?.querySelector<SVGSVGElement>('.docusaurus-mermaid-container svg') ?? null,
    [frame],
  );
  return { near, drawn, getDiagram };
}

function DiagramTools({ getDiagram }: { readonly getDiagram: () => SVGSVGElement | null }): ReactNode {
  return (
    <div className={styles.tools}>
      <span className={styles.hint} aria-hidden="true">
        ← 옆으로 밀어 보기 →
      </span>
      <DiagramViewer getDiagram={getDiagram} />
    </div>
  );
}

/** 그림의 Mermaid 원문을 서버 HTML에 남기는 속성. 하이드레이션하지 않은 장 본문이 이것으로 그림을 다시 세웁니다. */
export const diagramSourceAttribute = 'data-mermaid-source';

/**
 * Mermaid 그림을 화면 가까이 왔을 때 그립니다.
 * Mermaid 라이브러리는 gzip으로 약 180 KiB이고 그리는 동안 메인 스레드를 오래 붙잡습니다. 원래 컴포넌트는 페이지가
 * 열리자마자 모든 그림을 그리므로, 첫 화면만 읽는 휴대폰 사용자도 모두 내려받고 기다려야 했습니다.
 * 그리기 전에는 자리(min-height)를 잡아 두어 그림이 나타날 때 글이 덜 밀립니다.
 * 테스트는 `data-mermaid-state`로 모든 그림이 그려졌는지 확인합니다(tests/support/browser.ts).
 *
 * 어두운 테마로 열면 하이드레이션 직후 밝은 테마 그림을 그리던 중에 같은 id로 다시 그리게 되고,
 * 두 렌더가 겹치면서 일부 그림이 빈 채로 남습니다. 테마마다 컴포넌트를 새로 만들어(`key`) id가 겹치지 않게 합니다.
 *
 * 그려진 뒤에는 글자가 11px 아래로 작아지지 않게 최소 너비를 주고(넘치는 만큼 옆으로 스크롤), "크게 보기"로 화면
 * 전체에서 확대·이동해 볼 수 있게 합니다(이슈 #19, src/components/DiagramViewer).
 */
export default function MermaidWrapper(props: Props): ReactNode {
  const { colorMode } = useColorMode();
  const [frame, setFrame] = useState<HTMLDivElement | null>(null);
  const inBook = useContext(PrintBookContext);
  const { near, drawn, getDiagram } = useDiagramFrame(frame, inBook);
  const sourceAttribute = { [diagramSourceAttribute]: props.value };

  return (
    <div className={styles.figure}>
      <div
        ref={setFrame}
        className={styles.frame}
        data-mermaid-state={near ? 'rendering' : 'waiting'}
        {...sourceAttribute}
      >
        {near ? <Mermaid key={colorMode} {...props} /> : null}
      </div>
      {drawn && !inBook ? <DiagramTools getDiagram={getDiagram} /> : null}
    </div>
  );
}

export interface IslandProps {
  /** 서버 HTML의 그림 틀(`data-mermaid-source`가 있는 요소) */
  readonly frame: HTMLDivElement;
}

/**
 * 하이드레이션하지 않은 장 본문(src/theme/DocItem/Content)의 그림 하나. 서버가 그린 틀을 그대로 두고, 그림과 "크게 보기"만
 * 포털로 그 틀과 그 부모(그림 자리)에 그려 넣습니다. 모양과 동작은 `MermaidWrapper`와 같습니다.
 */
export function MermaidIsland({ frame }: IslandProps): ReactNode {
  const { colorMode } = useColorMode();
  const { near, drawn, getDiagram } = useDiagramFrame(frame, false);
  const value = frame.getAttribute(diagramSourceAttribute) ?? '';
  const figure = frame.parentElement;

  useEffect(() => {
    frame.setAttribute('data-mermaid-state', near ? 'rendering' : 'waiting');
  }, [frame, near]);

  return (
    <>
      {near ? createPortal(<Mermaid key={colorMode} value={value} />, frame) : null}
      {drawn && figure !== null ? createPortal(<DiagramTools getDiagram={getDiagram} />, figure) : null}
    </>
  );
}
