import { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { chapters } from '@site/src/data/chapters';
import { editions } from '@site/src/data/editions';
import { chapterHref, type LastPosition } from '@site/src/progress/model';
import { clearProgress, useReadingProgress } from '@site/src/progress/store';
import styles from './styles.module.css';

interface Props {
  /** 제목의 id (`aria-labelledby`) */
  readonly headingId: string;
}

function resumeText(last: LastPosition): string {
  const chapter = chapters.find((candidate) => candidate.id === last.chapter);
  const where = last.sectionTitle ?? '장의 처음';
  return `${editions[last.edition].label} · ${chapter?.title ?? last.chapter}: ${where}`;
}

/**
 * 홈의 "이어 읽기": 마지막으로 읽던 장과 절로 가는 링크와 "진행 기록 지우기". 기록은 이 브라우저의 localStorage에만
 * 있으므로 서버 렌더링 때는 자리만 잡아 두고 마운트 뒤에 채웁니다.
 */
export default function ResumeReading({ headingId }: Props): ReactNode {
  const progress = useReadingProgress();
  const [cleared, setCleared] = useState(false);
  const last = progress?.last ?? null;
  const clear = () => {
    clearProgress();
    setCleared(true);
  };
  return (
    <section className={styles.resume} aria-labelledby={headingId}>
      <Heading as="h2" id={headingId} className={styles.heading}>
        이어 읽기
      </Heading>
      <p
        className={styles.target}
        data-resume-state={progress === undefined ? 'unknown' : last ? 'ready' : 'empty'}
      >
        {progress === undefined ? null : last ? (
          <Link className={styles.link} to={chapterHref(last.edition, last.chapter, last.section)}>
            {resumeText(last)}
          </Link>
        ) : (
          '아직 읽은 기록이 없습니다.'
        )}
      </p>
      <div className={styles.actions}>
        <button type="button" className="button button--sm button--secondary" onClick={clear}>
          진행 기록 지우기
        </button>
        <p className={styles.note}>
          읽은 곳은 이 브라우저에만 저장되고 어디로도 보내지 않습니다.
          <span className={styles.visuallyHidden} role="status">
            {cleared && last === null ? ' 진행 기록을 지웠습니다.' : ''}
          </span>
        </p>
      </div>
    </section>
  );
}
