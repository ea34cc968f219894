import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { Chapter } from '@site/src/data/chapters';
import styles from './styles.module.css';

interface Props {
  readonly chapters: readonly Chapter[];
  /** 카드 링크가 가리킬 문서 경로의 앞부분, 예: `/docs` */
  readonly docsBasePath: string;
}

export default function ChapterCards({ chapters, docsBasePath }: Props): ReactNode {
  return (
    <ol className={styles.grid} aria-label="시리즈의 장 목록">
      {chapters.map((chapter) => (
        <li key={chapter.id} className={styles.card}>
          <Link className={styles.link} to={`${docsBasePath}${chapter.slug}`}>
            <span className={styles.number} aria-hidden="true">
              {chapter.number === '*' ? '심화' : chapter.number}
            </span>
            <Heading as="h3" className={styles.title}>
              {chapter.title}
            </Heading>
            <p className={styles.summary}>{chapter.summary}</p>
          </Link>
        </li>
      ))}
    </ol>
  );
}
