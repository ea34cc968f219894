import { useState, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { chapters } from '@site/src/data/chapters';
import { editions } from '@site/src/data/editions';
import { chapterHref, type LastPosition, type ReadingProgress } from '@site/src/progress/model';
import { rememberResumeOffset } from '@site/src/progress/resume';
import { progressStorageKey } from '@site/src/progress/storageKey';
import { clearProgress, updateProgress, useReadingProgress } from '@site/src/progress/store';
import styles from './styles.module.css';

interface Props {
  /** 제목의 id (`aria-labelledby`) */
  readonly headingId: string;
}

/** `<html>`에 붙는 표시: 저장된 "이어 읽기" 자리가 있는지. 첫 그리기 전에 아래 스크립트가 붙입니다. */
const hasProgressAttribute = 'data-has-reading-progress';

/**
 * 하이드레이션 전에 저장소를 한 번 보고 `<html>`에 표시를 붙이는 짧은 스크립트. 처음 온 독자에게는 빈 상자를 그리지
 * 않고(휴대폰 첫 화면의 절반을 차지했습니다), 돌아온 독자에게는 처음부터 상자 자리를 잡아 두어 채울 때 글이 밀리지
 * 않게 합니다. 키 이름공간(사이트 해시)은 빌드 때 모르므로 앞부분으로 찾습니다.
 */
const flagScript = `try{var p=${JSON.stringify(progressStorageKey)};for(var i=0;i<localStorage.length;i++){var k=localStorage.key(i);if(k&&k.indexOf(p)===0&&/"last":\\{/.test(localStorage.getItem(k)||'')){document.documentElement.setAttribute(${JSON.stringify(hasProgressAttribute)},'')}}}catch(e){}`;

function resumeText(last: LastPosition): string {
  const chapter = chapters.find((candidate) => candidate.id === last.chapter);
  const where = last.sectionTitle ?? '장의 처음';
  return `${editions[last.edition].label} · ${chapter?.title ?? last.chapter}: ${where}`;
}

/**
 * 홈의 "이어 읽기": 마지막으로 읽던 장과 자리로 가는 링크와 "진행 기록 지우기". 기록은 이 브라우저의 localStorage에만
 * 있으므로 서버 렌더링 때는 자리만 잡아 두고 마운트 뒤에 채웁니다. 기록이 없으면 상자를 그리지 않습니다.
 * 지우기는 바로 지우되, 같은 자리에 "되돌리기"를 보여 한 번 잘못 누른 것을 되살릴 수 있게 합니다.
 */
export default function ResumeReading({ headingId }: Props): ReactNode {
  const progress = useReadingProgress();
  const [removed, setRemoved] = useState<ReadingProgress | null>(null);
  const last = progress?.last ?? null;
  const state = progress === undefined ? 'unknown' : last ? 'ready' : removed ? 'cleared' : 'empty';
  const clear = () => {
    if (progress !== undefined) setRemoved(progress);
    clearProgress();
  };
  const undo = () => {
    if (removed === null) return;
    updateProgress(() => removed);
    setRemoved(null);
  };
  return (
    <section className={styles.resume} data-resume-box={state} aria-labelledby={headingId}>
      <Head>
        <script>{flagScript}</script>
      </Head>
      <div className={styles.header}>
        <Heading as="h2" id={headingId} className={styles.heading}>
          이어 읽기
        </Heading>
        {state === 'cleared' ? (
          <button type="button" className="button button--sm button--primary" onClick={undo}>
            되돌리기
          </button>
        ) : (
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={clear}
            disabled={last === null}
          >
            진행 기록 지우기
          </button>
        )}
      </div>
      <p
        className={styles.target}
        data-resume-state={progress === undefined ? 'unknown' : last ? 'ready' : 'empty'}
      >
        {progress === undefined ? null : last ? (
          <Link
            className={styles.link}
            to={chapterHref(last.edition, last.chapter, last.anchor ?? last.section)}
            onClick={() => {
              if (last.anchor !== undefined && last.offset !== undefined) {
                rememberResumeOffset(last.anchor, last.offset);
              }
            }}
          >
            {resumeText(last)}
          </Link>
        ) : (
          '진행 기록을 지웠습니다. 잘못 눌렀다면 되돌리기를 누르세요.'
        )}
      </p>
      <p className={styles.note}>
        읽은 곳은 이 브라우저에만 저장되고 어디로도 보내지 않습니다.
        <span className={styles.visuallyHidden} role="status">
          {state === 'cleared' ? ' 진행 기록을 지웠습니다.' : ''}
        </span>
      </p>
    </section>
  );
}
