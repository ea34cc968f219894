import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { naturalWidth } from '@site/src/lib/diagramScale';
import styles from './styles.module.css';

export interface Props {
  /** 크게 볼 그림(본문에 그려진 Mermaid SVG)을 돌려줍니다. 아직 그려지지 않았으면 null */
  readonly getDiagram: () => SVGSVGElement | null;
}

const zoomSteps = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;
const defaultStep = 2;

/**
 * "크게 보기": 그림을 화면 전체의 대화 상자(`<dialog>`)에 원래 크기로 엽니다. 안쪽 영역은 옆·아래로 스크롤되어
 * 손가락이나 마우스로 끌어 움직일 수 있고, 키보드로는 화살표(스크롤), `+`/`-`(확대·축소), `0`(원래 크기),
 * Esc(닫기)를 씁니다. 그림은 본문의 SVG를 복제해 붙이므로(`cloneNode`) 다시 그리지 않습니다.
 */
export default function DiagramViewer({ getDiagram }: Props): ReactNode {
  const dialog = useRef<HTMLDialogElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [step, setStep] = useState<number>(defaultStep);
  const natural = useRef(0);
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);
  const zoom = zoomSteps[step] ?? 1;

  useEffect(() => {
    const area = viewport.current;
    if (!open || area === null) return undefined;
    const source = getDiagram();
    if (source === null) return undefined;
    const copy = source.cloneNode(true) as SVGSVGElement;
    natural.current = naturalWidth(source);
    copy.removeAttribute('width');
    copy.style.maxWidth = 'none';
    copy.style.minWidth = '0';
    copy.setAttribute('aria-hidden', 'true');
    area.replaceChildren(copy);
    area.focus();
    return () => area.replaceChildren();
  }, [open, getDiagram]);

  useEffect(() => {
    const copy = viewport.current?.querySelector('svg');
    if (copy) copy.style.width = `${Math.round(natural.current * zoom)}px`;
  }, [zoom, open]);

  const show = () => {
    setStep(defaultStep);
    setOpen(true);
    dialog.current?.showModal();
  };
  const close = () => dialog.current?.close();
  const zoomBy = (delta: number) =>
    setStep((current) => Math.min(zoomSteps.length - 1, Math.max(0, current + delta)));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === '+' || event.key === '=') zoomBy(1);
    else if (event.key === '-' || event.key === '_') zoomBy(-1);
    else if (event.key === '0') setStep(defaultStep);
    else return;
    event.preventDefault();
  };
  // 마우스로 끌어 움직이기. 손가락은 브라우저가 스크롤로 처리합니다.
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.pointerType !== 'mouse' || event.button !== 0) return;
    const area = event.currentTarget;
    drag.current = { x: event.clientX, y: event.clientY, left: area.scrollLeft, top: area.scrollTop };
    area.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start === null) return;
    event.currentTarget.scrollLeft = start.left - (event.clientX - start.x);
    event.currentTarget.scrollTop = start.top - (event.clientY - start.y);
  };
  const endDrag = () => {
    drag.current = null;
  };

  return (
    <>
      <button type="button" className={`button button--sm button--secondary ${styles.open}`} onClick={show}>
        크게 보기
      </button>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-label="그림 크게 보기"
        onClose={() => setOpen(false)}
        onKeyDown={onKeyDown}
      >
        <div className={styles.toolbar}>
          <button type="button" className="button button--sm button--secondary" onClick={() => zoomBy(-1)}>
            <span aria-hidden="true">−</span>
            <span className={styles.visuallyHidden}>축소</span>
          </button>
          <output className={styles.zoom} aria-live="polite">
            {Math.round(zoom * 100)}%
          </output>
          <button type="button" className="button button--sm button--secondary" onClick={() => zoomBy(1)}>
            <span aria-hidden="true">+</span>
            <span className={styles.visuallyHidden}>확대</span>
          </button>
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={() => setStep(defaultStep)}
          >
            원래 크기
          </button>
          <p className={styles.help}>끌거나 화살표 키로 움직이고, +/−로 확대·축소합니다.</p>
          <button
            type="button"
            className={`button button--sm button--primary ${styles.close}`}
            onClick={close}
          >
            닫기
          </button>
        </div>
        <div
          ref={viewport}
          className={styles.viewport}
          tabIndex={0}
          role="img"
          aria-label="그림. 화살표 키로 움직입니다"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
        />
      </dialog>
    </>
  );
}
