import { useMemo, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { useActiveVersion } from '@docusaurus/plugin-content-docs/client';
import { chapters } from '@site/src/data/chapters';
import { chapterInEdition, sectionHash, type GlossaryEntry } from '@site/src/data/glossary';
import { termWithId } from '@site/src/data/terms';
import { withInlineCode } from '@site/src/lib/inlineCode';
import FilterField from '@site/src/components/FilterField';
import { normalizeForSearch } from '@site/src/components/TagExplorer/selection';
import { synonymsOf } from '@site/src/search/synonyms';
import { useCompositionSafeFilter } from '@site/src/hooks/useCompositionSafeFilter';
import styles from './styles.module.css';

interface Props {
  readonly entries: readonly GlossaryEntry[];
}

/**
 * 거르기 상자의 낱말이 모두 용어, 영어, 뜻 가운데 들어 있는지. 학습자가 한글로 적은 표기(`네임스페이스`, `씨그룹`)는
 * 검색과 같은 표기 목록(src/search/synonyms.ts)으로 책의 표기(`namespace`, `cgroups`)도 찾습니다.
 */
function entryMatches(entry: GlossaryEntry, query: string): boolean {
  const words = normalizeForSearch(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  const haystack = normalizeForSearch([entry.korean, entry.english, entry.definition].join('\n'));
  return words.every((word) =>
    [word, ...synonymsOf(word).map(normalizeForSearch)].some((form) => haystack.includes(form)),
  );
}

/**
 * 용어 목록을 표로 그립니다. 장 링크는 지금 읽는 판(초판/개정판) 안에 머뭅니다. 좁은 화면에서는 표의 행을 카드 모양의
 * 정의 목록(용어 · 영어 · 뜻 · 장)으로 쌓아, 뜻 칸이 화면 밖으로 밀려나지 않게 합니다(이슈 #19). 거르기 상자는 용어,
 * 영어, 뜻에서 찾고, 걸러진 행은 숨기기만 하므로(`hidden`) `#용어` 앵커는 그대로 남습니다.
 */
export default function GlossaryTable({ entries }: Props): ReactNode {
  const version = useActiveVersion(undefined);
  // 행 id를 앵커로 등록해야 `<GlossaryTerm>` 링크가 빌드의 앵커 검사를 통과합니다.
  const brokenLinks = useBrokenLinks();
  const { query, inputProps } = useCompositionSafeFilter();
  const sorted = useMemo(
    () => [...entries].sort((a, b) => a.korean.localeCompare(b.korean, 'ko')),
    [entries],
  );
  const matching = useMemo(
    () => new Set(sorted.filter((entry) => entryMatches(entry, query)).map((entry) => entry.id)),
    [sorted, query],
  );
  return (
    <>
      <div className={styles.filterArea}>
        <FilterField
          label="용어 거르기"
          placeholder="예: 볼륨, namespace, 포트"
          filter={inputProps}
          status={
            query.trim() === ''
              ? `용어 ${sorted.length}개`
              : `용어 ${sorted.length}개 중 ${matching.size}개가 맞습니다`
          }
        />
      </div>
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
            const path =
              version && chapter ? `${version.path}${chapter.slug}${sectionHash(entry)}` : undefined;
            const term = termWithId(entry.id);
            const refused = term && term.codeFont !== true ? term.refused : [];
            brokenLinks.collectAnchor(entry.id);
            return (
              <tr key={entry.id} id={entry.id} hidden={!matching.has(entry.id)}>
                <th scope="row">{term?.codeFont ? <code>{entry.korean}</code> : entry.korean}</th>
                <td lang="en" data-label="영어">
                  {entry.english}
                </td>
                <td data-label="뜻">
                  {withInlineCode(entry.definition)}
                  {refused.length > 0 ? (
                    <span className={styles.refused}>쓰지 않는 표기: {refused.join(', ')}</span>
                  ) : null}
                </td>
                <td data-label="설명하는 장">
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
    </>
  );
}
