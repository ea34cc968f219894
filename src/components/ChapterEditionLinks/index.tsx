import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useVersions } from '@docusaurus/plugin-content-docs/client';
import { chapters, type Chapter } from '@site/src/data/chapters';
import { editions } from '@site/src/data/editions';
import { editionLabel, editionRank } from '@site/src/lib/editionLabels';
import styles from './styles.module.css';

type ChapterSlug = (typeof chapters)[number]['slug'];

export interface Props {
  /** 장의 `slug`, 예: `/concepts` */
  readonly slug: ChapterSlug;
}

const editionNotes: Readonly<Record<string, string>> = {
  [editions.revised.version]: 'Docker Engine 29 기준으로 고치고 보탠 판',
  [editions.first.version]: '원래 글의 제목과 순서를 따라 2025년 2월 기준으로 쓴 판',
};

/** 원래 글에서 무엇이 남았는지: 심화 글만 본문이 남아 있고, 나머지 글은 제목만 남았습니다 */
function originNote(originalBodySurvives: boolean): string {
  return originalBodySurvives
    ? '원래 글의 본문이 남아 있는 유일한 글입니다. 두 판 모두 그 사실과 순서를 따르되 문장은 새로 썼고, 원래 글의 실수는 초판에 정정 상자로 표시했습니다.'
    : '원래 글은 제목만 남아 있어, 두 판의 장 본문은 그 제목 아래 새로 쓴 것입니다.';
}

/**
 * 블로그 글에서 같은 장의 전체 문서로 가는 링크를 판마다 하나씩 보여 줍니다.
 * 주소는 문서 플러그인이 실제로 만든 경로에서 찾으므로, 판이 아직 없으면 그 링크만 빠집니다.
 */
export default function ChapterEditionLinks({ slug }: Props): ReactNode {
  const versions = useVersions(undefined);
  const chapter: Chapter | undefined = chapters.find((candidate) => candidate.slug === slug);
  const links = versions
    .flatMap((version) => {
      const doc = version.docs.find((candidate) => candidate.path === `${version.path}${slug}`);
      return doc ? [{ version, path: doc.path }] : [];
    })
    .sort((a, b) => editionRank(a.version.name) - editionRank(b.version.name));
  if (!chapter || links.length === 0) return null;
  return (
    <>
      <ul className={styles.links}>
        {links.map(({ version, path }) => (
          <li key={version.name}>
            <Link to={path}>
              {editionLabel(version.name, version.label)}: {chapter.title}
            </Link>
            {editionNotes[version.name] ? ` — ${editionNotes[version.name]}` : null}
          </li>
        ))}
      </ul>
      {chapter.original ? <p className={styles.origin}>{originNote(chapter.original.bodySurvives)}</p> : null}
    </>
  );
}
