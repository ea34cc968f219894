import {
  searchIndexFormat,
  type IndexedPage,
  type IndexedSection,
  type SearchIndexFile,
} from '../../src/search/indexFormat';
import { indexTerms } from '../../src/search/tokenize';
import type { ExtractedPage } from './extract';

/** 절 제목에 나온 단어는 본문보다 이만큼 크게 셉니다. */
const headingWeight = 3;

export interface PageToIndex {
  readonly url: string;
  readonly kind: IndexedPage['kind'];
  readonly content: ExtractedPage;
}

/** 한 판의 페이지들로 색인 파일을 만듭니다. */
export function buildSearchIndex(edition: string, pagesToIndex: readonly PageToIndex[]): SearchIndexFile {
  const pages: IndexedPage[] = [];
  const sections: IndexedSection[] = [];
  const postings = new Map<string, Map<number, number>>();
  const count = (term: string, section: number, weight: number): void => {
    let bySection = postings.get(term);
    if (!bySection) {
      bySection = new Map();
      postings.set(term, bySection);
    }
    bySection.set(section, (bySection.get(section) ?? 0) + weight);
  };

  for (const { url, kind, content } of pagesToIndex) {
    const pageNumber = pages.length;
    pages.push({
      url,
      kind,
      title: content.title,
      titleTerms: [...new Set(indexTerms(content.title).terms)],
    });
    for (const section of content.sections) {
      const sectionNumber = sections.length;
      const heading = indexTerms(section.heading);
      const body = indexTerms(section.text);
      for (const term of heading.terms) count(term, sectionNumber, headingWeight);
      for (const term of body.terms) count(term, sectionNumber, 1);
      sections.push({
        page: pageNumber,
        heading: section.heading,
        anchor: section.anchor,
        text: section.text,
        length: heading.wordCount + body.wordCount,
      });
    }
  }

  const terms: Record<string, number[]> = {};
  for (const term of [...postings.keys()].sort()) {
    terms[term] = [...(postings.get(term) ?? [])].flat();
  }
  return { format: searchIndexFormat, edition, pages, sections, terms };
}
