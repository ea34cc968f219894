import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { chapters, changesAnchorOf, numberedChapterTitle, type Chapter } from '@site/src/data/chapters';
import type { EditionChange } from '@site/src/data/editionChange';
import { editions } from '@site/src/data/editions';
import styles from './styles.module.css';

interface Props {
  /** 장 id별 변경 항목 */
  readonly changesByChapter: Readonly<Record<string, readonly EditionChange[]>>;
}

function passageLink(basePath: string, slug: string, anchor: string | undefined, label: string): ReactNode {
  if (!anchor) return null;
  return (
    <Link className={styles.passage} to={`${basePath}${slug}#${anchor}`}>
      {label}
    </Link>
  );
}

/** 장마다 초판과 개정판 사이의 변경을 종류와 함께 나열하고, 두 판의 해당 부분으로 연결합니다. */
export default function EditionChanges({ changesByChapter }: Props): ReactNode {
  return (
    <div className={styles.chapters}>
      {(chapters as readonly Chapter[]).map((chapter) => {
        const changes = changesByChapter[chapter.id] ?? [];
        const revisedOnly = !chapter.editions.includes('first');
        return (
          <section key={chapter.id} aria-labelledby={changesAnchorOf(chapter)}>
            <Heading as="h2" id={changesAnchorOf(chapter)}>
              {numberedChapterTitle(chapter)}
            </Heading>
            <ul className={styles.list}>
              {revisedOnly ? (
                <li className={styles.item}>
                  <span className={styles.kind} data-kind="추가">
                    추가
                  </span>
                  <span className={styles.summary}>초판에는 없고 개정판에 새로 실린 장입니다.</span>
                  <span className={styles.links}>
                    <Link className={styles.passage} to={`${editions.revised.basePath}${chapter.slug}`}>
                      {editions.revised.label}
                    </Link>
                  </span>
                </li>
              ) : null}
              {changes.map((change) => (
                <li key={change.summary} className={styles.item}>
                  <span className={styles.kind} data-kind={change.kind}>
                    {change.kind}
                  </span>
                  <span className={styles.summary}>{change.summary}</span>
                  <span className={styles.links}>
                    {passageLink(
                      editions.first.basePath,
                      chapter.slug,
                      change.firstEditionAnchor,
                      editions.first.label,
                    )}
                    {passageLink(
                      editions.revised.basePath,
                      chapter.slug,
                      change.revisedAnchor,
                      editions.revised.label,
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
