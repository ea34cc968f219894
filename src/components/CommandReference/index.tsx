import type { ReactNode } from 'react';
import { Fragment, useMemo } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { useCompositionSafeFilter } from '@site/src/hooks/useCompositionSafeFilter';
import type {
  CommandReferenceData,
  CommandReferenceEntry,
  CommandSectionLink,
} from '@site/plugins/command-reference/types';
import { entryMatches } from './filter';
import FilterField from '@site/src/components/FilterField';
import styles from './styles.module.css';

export interface Props {
  /** `plugins/command-reference`가 이 판의 장에서 모은 명령 */
  readonly data: CommandReferenceData;
}

/** 설명 글의 `백틱` 부분을 코드로 그립니다. */
function withInlineCode(text: string): ReactNode[] {
  return text.split('`').map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : part));
}

interface DocSections {
  readonly docTitle: string;
  /** 문서 첫 제목 앞에 나온 곳이 있으면 그 문서 주소 */
  readonly docHref: string | null;
  readonly sections: readonly CommandSectionLink[];
}

/** 절 링크를 문서별로 묶어 `문서: 절 · 절`로 보여 줍니다(좁은 화면과 인쇄에서 줄 수를 줄입니다). */
function sectionsByDoc(sections: readonly CommandSectionLink[]): DocSections[] {
  const groups: { docTitle: string; docHref: string | null; sections: CommandSectionLink[] }[] = [];
  for (const section of sections) {
    let group = groups.find((candidate) => candidate.docTitle === section.docTitle);
    if (!group) {
      group = { docTitle: section.docTitle, docHref: null, sections: [] };
      groups.push(group);
    }
    if (section.heading === null) group.docHref = section.href;
    else group.sections.push(section);
  }
  return groups;
}

function Entry({ entry }: { readonly entry: CommandReferenceEntry }): ReactNode {
  return (
    <li id={entry.id} className={styles.entry} data-command={entry.command}>
      <h3 className={styles.command}>
        <code>{entry.command}</code>
      </h3>
      {entry.otherNames.length > 0 && (
        <p className={styles.aliases}>
          같은 명령:{' '}
          {entry.otherNames.map((name, index) => [index > 0 && ', ', <code key={name}>{name}</code>])}
        </p>
      )}
      <p className={styles.summary}>{withInlineCode(entry.summary)}</p>
      <p className={styles.usage}>
        <span className={styles.label}>사용법</span> <code>{entry.usage}</code>
        {entry.usageSource !== null && <span className={styles.source}> (출처: {entry.usageSource})</span>}
      </p>
      {entry.flagNotes.length > 0 && (
        <div className={styles.flags}>
          <span className={styles.label}>시리즈에서 쓴 플래그</span>
          <dl className={styles.flagList}>
            {entry.flagNotes.map((note) => (
              <div key={note.flag} className={styles.flagItem}>
                <dt>
                  <code>{note.flag}</code>
                </dt>
                {/* 뜻과 절 링크는 검색 색인에 넣지 않습니다: 장의 절 제목과 같은 글자가 사전 페이지를 장보다 앞세웠습니다 */}
                <dd data-search-skip="">
                  {note.meaning === null ? null : withInlineCode(note.meaning)}
                  {note.firstUse !== null && (
                    <>
                      {' '}
                      <Link to={note.firstUse.href} className={styles.flagLink}>
                        → {note.firstUse.heading ?? note.firstUse.docTitle}
                      </Link>
                    </>
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      <details className={styles.sections}>
        <summary>
          <span className={styles.label}>나오는 곳 {entry.sections.length}곳</span>
        </summary>
        <ul>
          {sectionsByDoc(entry.sections).map(({ docTitle, docHref, sections }) => (
            <li key={docTitle}>
              {docHref === null ? docTitle : <Link to={docHref}>{docTitle}</Link>}
              {sections.length > 0 && ': '}
              {sections.map((section, index) => [
                index > 0 && ' · ',
                <Link key={section.href} to={section.href}>
                  {section.heading}
                </Link>,
              ])}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}

/** 한 판의 장에 나온 docker 명령을 대상별로 보여 주는 사전. 자바스크립트 없이도 전체 목록이 그려집니다. */
export default function CommandReference({ data }: Props): ReactNode {
  const brokenLinks = useBrokenLinks();
  const { query, inputProps } = useCompositionSafeFilter();

  const total = data.categories.reduce((sum, category) => sum + category.entries.length, 0);
  const visible = useMemo(
    () =>
      data.categories
        .map((category) => ({
          ...category,
          entries: category.entries.filter((entry) => entryMatches(entry, category.label, query)),
        }))
        .filter((category) => category.entries.length > 0),
    [data.categories, query],
  );
  const visibleCount = visible.reduce((sum, category) => sum + category.entries.length, 0);

  for (const category of data.categories) {
    brokenLinks.collectAnchor(`category-${category.id}`);
    for (const entry of category.entries) brokenLinks.collectAnchor(entry.id);
  }

  return (
    // 분류 제목이 본문(`.markdown`)의 바로 아래에 있어야 검색 색인이 분류마다 절(앵커)을 만듭니다.
    <>
      <div className={styles.filterArea}>
        <FilterField
          label="명령 거르기"
          placeholder="예: run, 네트워크, --publish"
          filter={inputProps}
          status={
            query.trim() === '' ? `명령 ${total}개` : `명령 ${total}개 중 ${visibleCount}개가 맞습니다.`
          }
        />
      </div>
      {visible.map((category) => (
        <Fragment key={category.id}>
          <h2 id={`category-${category.id}`}>{category.label}</h2>
          <p className={styles.categoryDescription}>{withInlineCode(category.description)}</p>
          <ul className={clsx('clean-list', styles.entries)} aria-label={`${category.label} 명령`}>
            {category.entries.map((entry) => (
              <Entry key={entry.id} entry={entry} />
            ))}
          </ul>
        </Fragment>
      ))}
    </>
  );
}
