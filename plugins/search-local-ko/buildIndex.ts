import {
  searchIndexFormat,
  type IndexedPage,
  type IndexedSection,
  type SearchIndexFile,
} from '../../src/search/indexFormat';
import { indexTerms } from '../../src/search/tokenize';
import { isRecurringSection } from '../../src/search/weights';
import type { ExtractedPage } from './extract';

export interface PageToIndex {
  readonly url: string;
  readonly kind: IndexedPage['kind'];
  /** 순위에서의 종류(`src/search/weights.ts`의 `pageRole`). 없으면 문서는 장, 블로그는 블로그 글 */
  readonly role?: IndexedPage['role'];
  readonly content: ExtractedPage;
}

/** 한 판의 페이지들로 색인 파일을 만듭니다. */
export function buildSearchIndex(edition: string, pagesToIndex: readonly PageToIndex[]): SearchIndexFile {
  const pages: IndexedPage[] = [];
  const sections: IndexedSection[] = [];
  const postings = new Map<string, Map<number, number>>();
  const count = (term: string, section: number): void => {
    let bySection = postings.get(term);
    if (!bySection) {
      bySection = new Map();
      postings.set(term, bySection);
    }
    bySection.set(section, (bySection.get(section) ?? 0) + 1);
  };

  for (const { url, kind, role, content } of pagesToIndex) {
    const pageNumber = pages.length;
    pages.push({
      url,
      kind,
      role: role ?? (kind === 'blog' ? 'blog' : 'chapter'),
      title: content.title,
      titleTerms: [...new Set(indexTerms(content.title).terms)],
    });
    let parent = -1;
    for (const section of content.sections) {
      const sectionNumber = sections.length;
      // 첫 `##` 앞의 도입부는 페이지 제목(h1)이 그 제목입니다. `용어집`, `변경 내역`으로 찾으면 그 페이지 첫머리로 갑니다.
      const heading = indexTerms(section.level === 1 ? content.title : section.heading);
      const body = indexTerms(section.text);
      for (const term of body.terms) count(term, sectionNumber);
      if (section.level <= 2) parent = -1;
      sections.push({
        page: pageNumber,
        heading: section.heading,
        anchor: section.anchor,
        level: section.level,
        parent: section.level === 3 ? parent : -1,
        headingTerms: [...new Set(heading.terms)],
        recurring: isRecurringSection(section.anchor, section.heading),
        text: section.text,
        length: heading.wordCount + body.wordCount,
      });
      if (section.level === 2) parent = sectionNumber;
    }
  }

  const terms: Record<string, number[]> = {};
  for (const term of [...postings.keys()].sort()) {
    terms[term] = [...(postings.get(term) ?? [])].flat();
  }
  return { format: searchIndexFormat, edition, pages, sections, terms };
}
