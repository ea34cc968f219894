import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useActiveVersion } from '@docusaurus/plugin-content-docs/client';
import { chapters } from '@site/src/data/chapters';
import type { GlossaryEntry } from '@site/src/data/glossary';
import styles from './styles.module.css';

interface Props {
  readonly entries: readonly GlossaryEntry[];
}

/** 용어 목록을 표로 그립니다. 장 링크는 지금 읽는 판(초판/개정판) 안에 머뭅니다. */
export default function GlossaryTable({ entries }: Props): ReactNode {
  const version = useActiveVersion(undefined);
  const chapterPath = (chapterId: string): string | undefined =>
    version?.docs.find((doc) => doc.id === chapterId)?.path;
  const sorted = [...entries].sort((a, b) => a.korean.localeCompare(b.korean, 'ko'));
  return (
    <table className={styles.table}>
      <thead>
        <tr>
          <th scope="col">용어</th>
          <th scope="col">영어</th>
          <th scope="col">뜻</th>
          <th scope="col">설명하는 장</th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((entry) => {
          const chapter = chapters.find((candidate) => candidate.id === entry.chapter);
          const path = chapterPath(entry.chapter);
          return (
            <tr key={entry.id} id={entry.id}>
              <th scope="row">{entry.korean}</th>
              <td lang="en">{entry.english}</td>
              <td>{entry.definition}</td>
              <td>{path && chapter ? <Link to={path}>{chapter.title}</Link> : chapter?.title}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
