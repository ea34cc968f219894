import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import clsx from 'clsx';
import type { ChapterId } from '@site/src/data/chapters';
import { editions } from '@site/src/data/editions';
import {
  chapterRecord,
  chapterState,
  describeChapterState,
  withMarkedDone,
  type EditionKey,
} from '@site/src/progress/model';
import { updateProgress, useReadingProgress } from '@site/src/progress/store';
import { applyPendingResumeOffset } from '@site/src/progress/resume';
import { trackChapterReading, type ChapterTracker } from '@site/src/progress/tracker';
import styles from './styles.module.css';

interface Props {
  readonly edition: EditionKey;
  readonly chapter: ChapterId;
}

/**
 * 장 본문의 끝: 이 장의 읽기 상태와 "다 읽음" 토글. 마운트 뒤에 이 판·이 장의 절 읽기를 관찰하기 시작합니다.
 * 서버와 하이드레이션 때는 같은 크기의 빈 자리만 그리고(버튼은 누를 수 없음), 저장된 상태는 마운트 뒤에 채웁니다.
 */
export default function ChapterProgressEnd({ edition, chapter }: Props): ReactNode {
  const endRef = useRef<HTMLElement>(null);
  const trackerRef = useRef<ChapterTracker | null>(null);
  const progress = useReadingProgress();

  useEffect(() => {
    const end = endRef.current;
    const article = end?.closest('article');
    if (!end || !article) return undefined;
    // "이어 읽기"로 왔다면 멈춘 자리까지 내려간 뒤 관찰을 시작합니다(관찰은 스크롤 위치를 그때그때 잽니다).
    applyPendingResumeOffset(article);
    const tracker = trackChapterReading(article, end, edition, chapter);
    trackerRef.current = tracker;
    return () => {
      trackerRef.current = null;
      tracker.stop();
    };
  }, [edition, chapter]);

  // 클라이언트 이동에서 React는 장의 DOM을 떼어 낸 뒤에야 위 `useEffect`의 정리를 부릅니다. 레이아웃 효과의 정리는
  // DOM을 떼기 전에 돌므로, 관찰과 마지막 저장을 여기서 먼저 끝냅니다(떼어진 제목을 재면 장 끝에 멈춘 것으로 읽힘).
  useLayoutEffect(() => () => trackerRef.current?.stop(), [edition, chapter]);

  const state = progress === undefined ? undefined : chapterState(chapterRecord(progress, edition, chapter));
  const done = state?.kind === 'done';
  const toggle = () => {
    if (done) trackerRef.current?.forget();
    updateProgress((current) => withMarkedDone(current, edition, chapter, !done));
  };

  return (
    <section ref={endRef} className={styles.end} aria-label="이 장의 읽기 진행">
      <p className={styles.state}>
        {editions[edition].label} 읽기 진행:{' '}
        <span className={styles.stateValue} data-reading-state={state?.kind ?? 'unknown'}>
          {state === undefined ? '' : describeChapterState(state)}
        </span>
      </p>
      <button
        type="button"
        className={clsx('button', done ? 'button--primary' : 'button--secondary', styles.toggle)}
        aria-pressed={done}
        disabled={state === undefined}
        onClick={toggle}
      >
        <span aria-hidden="true" className={styles.check}>
          {done ? '✓' : ''}
        </span>
        다 읽음
      </button>
      <p className={styles.note}>읽은 곳은 이 브라우저에만 저장됩니다.</p>
    </section>
  );
}
