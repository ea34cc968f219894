import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { useActiveVersion } from '@docusaurus/plugin-content-docs/client';
import { chapters } from '@site/src/data/chapters';
import type { GlossaryEntry } from '@site/src/data/glossary';
import styles from './styles.module.css';

interface Props {
  readonly entries: readonly GlossaryEntry[];
}

/** 용어 목록을 표로 그립니다. 장 링크는 지금 읽는 판(초판/개정판) 안에 머뭅니다. */
export default function GlossaryTable({ entries }: Props): ReactNode {
  const versionPath = useActiveVersion(undefined)?.path;
  // 행 id를 앵커로 등록해야 `<GlossaryTerm>` 링크가 빌드의 앵커 검사를 통과합니다.
  const brokenLinks = useBrokenLinks();
  const sorted = [...entries].sort((a, b) => a.korean.localeCompare(b.korean, 'ko'));
  return (
    <table className={styles.table} tabIndex={0}>
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
          const path = versionPath && chapter ? `${versionPath}${chapter.slug}` : undefined;
          brokenLinks.collectAnchor(entry.id);
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
