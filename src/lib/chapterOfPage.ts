import { useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import { chapters, type Chapter } from '../data/chapters';
import { editionKeyOfVersion, editions, type EditionKey } from '../data/editions';

export interface ChapterPage {
  readonly chapter: Chapter;
  readonly edition: EditionKey;
}

/**
 * 지금 문서 페이지가 어느 판의 어느 장인지. 장이 아닌 문서(시리즈 소개, 용어집 …)면 undefined.
 * 문서 버전 맥락(`useDocsVersion`) 안에서만 부릅니다(문서 페이지의 테마 컴포넌트).
 */
export function useChapterOfPage(): ChapterPage | undefined {
  const version = useDocsVersion();
  const { pathname } = useLocation();
  const edition = editionKeyOfVersion(version.version);
  const editionRoot = useBaseUrl(edition === undefined ? '/' : editions[edition].basePath);
  if (edition === undefined) return undefined;
  const chapter = (chapters as readonly Chapter[]).find(
    (candidate) => pathname.replace(/\/$/, '') === `${editionRoot}${candidate.slug}`,
  );
  return chapter === undefined ? undefined : { chapter, edition };
}
