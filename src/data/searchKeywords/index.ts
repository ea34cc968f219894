import { changesKeywords, commandsKeywords, glossaryKeywords } from './aggregatePages';
import { conceptsKeywords } from './concepts';
import { containersKeywords } from './containers';
import { deepDiveKeywords } from './deepDive';
import { dockerfileKeywords } from './dockerfile';
import { gettingStartedKeywords } from './gettingStarted';
import { introKeywords } from './intro';
import { networkKeywords } from './network';
import type { SectionKeywords } from './types';
import { workflowKeywords } from './workflow';

/** 문서 페이지(slug: 판 경로를 뺀 문서 주소)마다 절의 학습자 말을 적은 파일. 초판도 같은 id의 절에 씁니다. */
export interface PageKeywords {
  readonly slug: string;
  /** 고칠 곳을 알리는 오류 메시지에 쓰는 파일 경로 */
  readonly file: string;
  readonly keywords: SectionKeywords;
}

const folder = 'src/data/searchKeywords';

export const pageKeywords: readonly PageKeywords[] = [
  { slug: '/', file: `${folder}/intro.ts`, keywords: introKeywords },
  { slug: '/getting-started', file: `${folder}/gettingStarted.ts`, keywords: gettingStartedKeywords },
  { slug: '/concepts', file: `${folder}/concepts.ts`, keywords: conceptsKeywords },
  { slug: '/containers', file: `${folder}/containers.ts`, keywords: containersKeywords },
  { slug: '/network', file: `${folder}/network.ts`, keywords: networkKeywords },
  { slug: '/workflow', file: `${folder}/workflow.ts`, keywords: workflowKeywords },
  { slug: '/commands-and-dockerfile', file: `${folder}/dockerfile.ts`, keywords: dockerfileKeywords },
  { slug: '/deep-dive', file: `${folder}/deepDive.ts`, keywords: deepDiveKeywords },
  { slug: '/changes', file: `${folder}/aggregatePages.ts`, keywords: changesKeywords },
  { slug: '/commands', file: `${folder}/aggregatePages.ts`, keywords: commandsKeywords },
  { slug: '/glossary', file: `${folder}/aggregatePages.ts`, keywords: glossaryKeywords },
];

/** 이 문서 페이지의 절마다 학습자가 칠 말. 적어 둔 것이 없으면 빈 객체입니다. */
export function keywordsForSlug(slug: string): SectionKeywords {
  return pageKeywords.find((entry) => entry.slug === slug)?.keywords ?? {};
}

/**
 * 어느 판의 그 페이지에도 없는 절 id를 키로 쓴 항목. 제목 id를 바꾸면 그 절의 말이 소리 없이 빠지므로 빌드를 멈춥니다.
 * `anchorsBySlug`: slug → 모든 판에서 그 페이지에 있는 절 id
 */
export function unknownKeywordAnchors(
  anchorsBySlug: ReadonlyMap<string, ReadonlySet<string>>,
  entries: readonly PageKeywords[] = pageKeywords,
): string[] {
  return entries.flatMap(({ slug, file, keywords }) =>
    Object.keys(keywords)
      .filter((anchor) => !anchorsBySlug.get(slug)?.has(anchor))
      .map(
        (anchor) =>
          `${file}: '${anchor}'는 ${slug} 페이지의 어느 판에도 없는 절 id입니다. 제목 id를 바꿨다면 키도 바꾸세요.`,
      ),
  );
}
