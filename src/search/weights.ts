import type { PageRole } from './indexFormat';

/**
 * 페이지의 종류와 되풀이되는 절을 순위에서 얼마나 낮추는지 한곳에 모은 값입니다. README의 `검색` 절이 이 표를 설명합니다.
 *
 * 장(chapter)은 한 주제를 설명하는 절로 이뤄져 있어 그대로 칩니다. 모음 페이지(변경 내역, 용어집, 명령어 사전)와
 * 블로그 글(장을 줄여 다시 쓴 글)은 여러 장의 말을 한곳에 모으므로 거의 모든 검색어에 걸립니다. 그래서 그 페이지의
 * 제목을 찾는 검색어가 아니면 낮춥니다. 시리즈 소개는 모든 장을 한 줄씩 소개하므로 조금 낮춥니다.
 */
export const roleWeight: Readonly<Record<PageRole, number>> = {
  chapter: 1,
  intro: 0.6,
  aggregate: 0.4,
  blog: 0.4,
};

/**
 * 모든 장에 있는 절(핵심 정리, 셀프 체크, 다음 단계, 참고 자료)은 장 전체의 말을 모아 두므로 많은 검색어에 걸립니다.
 * 그 절의 제목을 찾는 검색어가 아니면 이만큼 낮춥니다.
 */
export const recurringWeight = 0.3;

/** 모든 장에 되풀이되는 절의 id(문서)와 제목(블로그 글은 제목에서 id를 만듭니다) */
const recurringAnchors = new Set(['key-points', 'self-check', 'next-steps', 'references', 'try-it']);
const recurringHeadings =
  /^(핵심 정리|셀프 체크|다음 단계|참고 자료|직접 해 ?보기|전체 장 읽기|이 장이 다루는 것)$/;

export function isRecurringSection(anchor: string, heading: string): boolean {
  return recurringAnchors.has(anchor) || recurringHeadings.test(heading.trim());
}

/** 모음 페이지와 시리즈 소개의 slug(판 경로를 뺀 문서 주소) */
const aggregateSlugs = new Set(['/changes', '/commands', '/glossary']);

export function pageRole(kind: 'docs' | 'blog', slug: string): PageRole {
  if (kind === 'blog') return 'blog';
  if (slug === '/' || slug === '') return 'intro';
  return aggregateSlugs.has(slug) ? 'aggregate' : 'chapter';
}
