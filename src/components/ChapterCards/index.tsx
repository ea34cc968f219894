import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { chapterNumberLabel, type Chapter } from '@site/src/data/chapters';
import ChapterReadingStats from '@site/src/components/ChapterReadingStats';
import { editions } from '@site/src/data/editions';
import { chapterStateById, describeChapterState, editionKeys } from '@site/src/progress/model';
import { useReadingProgress } from '@site/src/progress/store';
import styles from './styles.module.css';

interface Props {
  readonly chapters: readonly Chapter[];
  /** 카드 링크가 가리킬 문서 경로의 앞부분, 예: `/docs` */
  readonly docsBasePath: string;
}

export default function ChapterCards({ chapters, docsBasePath }: Props): ReactNode {
  // 서버 렌더링과 하이드레이션 때는 undefined: 상태 칸은 같은 크기로 비워 두고 마운트 뒤에 채웁니다.
  const progress = useReadingProgress();
  return (
    <ol className={styles.grid} aria-label="시리즈의 장 목록">
      {chapters.map((chapter) => (
        <li key={chapter.id} className={styles.card}>
          <Link className={styles.link} to={`${docsBasePath}${chapter.slug}`}>
            <span className={styles.number} aria-hidden="true">
              {chapterNumberLabel(chapter)}
            </span>
            <Heading as="h3" className={styles.title}>
              {chapter.title}
            </Heading>
            <p className={styles.summary}>{chapter.summary}</p>
            <ChapterReadingStats chapterId={chapter.id} edition="revised" />
            <span className={styles.progress} data-reading-progress={chapter.id}>
              {editionKeys.map((edition) => {
                const state =
                  progress === undefined ? undefined : chapterStateById(progress, edition, chapter.id);
                return (
                  <span key={edition} className={styles.progressLine} data-edition={edition}>
                    {editions[edition].label}:{' '}
                    <span className={styles.progressValue} data-reading-state={state?.kind ?? 'unknown'}>
                      {state === undefined ? '' : describeChapterState(state)}
                    </span>
                  </span>
                );
              })}
            </span>
          </Link>
        </li>
      ))}
    </ol>
  );
}
