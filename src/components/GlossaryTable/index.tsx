import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { useActiveVersion } from '@docusaurus/plugin-content-docs/client';
import { chapters } from '@site/src/data/chapters';
import { chapterInEdition, sectionHash, type GlossaryEntry } from '@site/src/data/glossary';
import { termWithId } from '@site/src/data/terms';
import { withInlineCode } from '@site/src/lib/inlineCode';
import styles from './styles.module.css';

interface Props {
  readonly entries: readonly GlossaryEntry[];
}

/** 용어 목록을 표로 그립니다. 장 링크는 지금 읽는 판(초판/개정판) 안에 머뭅니다. */
export default function GlossaryTable({ entries }: Props): ReactNode {
  const version = useActiveVersion(undefined);
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
          const chapterId = chapterInEdition(entry, version?.name);
          const chapter = chapters.find((candidate) => candidate.id === chapterId);
          const path = version && chapter ? `${version.path}${chapter.slug}${sectionHash(entry)}` : undefined;
          const term = termWithId(entry.id);
          const refused = term && term.codeFont !== true ? term.refused : [];
          brokenLinks.collectAnchor(entry.id);
          return (
            <tr key={entry.id} id={entry.id}>
              <th scope="row">{term?.codeFont ? <code>{entry.korean}</code> : entry.korean}</th>
              <td lang="en">{entry.english}</td>
              <td>
                {withInlineCode(entry.definition)}
                {refused.length > 0 ? (
                  <span className={styles.refused}>쓰지 않는 표기: {refused.join(', ')}</span>
                ) : null}
              </td>
              <td>
                {path && chapter ? (
                  <Link to={path}>{chapter.title}</Link>
                ) : (
                  (chapter?.title ?? '이 판에서는 다루지 않음')
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
