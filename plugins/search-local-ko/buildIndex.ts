import {
  searchIndexFormat,
  type IndexedPage,
  type IndexedSection,
  type SearchIndexFile,
} from '../../src/search/indexFormat';
import { indexTerms } from '../../src/search/tokenize';
import { isRecurringSection } from '../../src/search/weights';
import type { SectionKeywords } from '../../src/data/searchKeywords/types';
import type { ExtractedPage } from './extract';

export interface PageToIndex {
  readonly url: string;
  readonly kind: IndexedPage['kind'];
  /** 순위에서의 종류(`src/search/weights.ts`의 `pageRole`). 없으면 문서는 장, 블로그는 블로그 글 */
  readonly role?: IndexedPage['role'];
  readonly content: ExtractedPage;
  /** 이 페이지의 절마다 학습자가 칠 말(`src/data/searchKeywords`). 키는 절 id입니다. */
  readonly keywords?: SectionKeywords;
}

/** 절 id의 영어 단어들(`port-publishing` → `port`, `publishing`). 한글 id(블로그 글)는 제목과 같은 말이라 쓰지 않습니다. */
function anchorTerms(anchor: string): string[] {
  return /^[a-z0-9-]+$/.test(anchor) ? anchor.split('-').filter((part) => part.length >= 2) : [];
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

  for (const { url, kind, role, content, keywords = {} } of pagesToIndex) {
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
      const headingTerms = [...new Set([...heading.terms, ...anchorTerms(section.anchor)])];
      const learnerWords = keywords[section.anchor] ?? [];
      const keywordTerms = [...new Set(learnerWords.flatMap((keyword) => indexTerms(keyword).terms))];
      sections.push({
        page: pageNumber,
        heading: section.heading,
        anchor: section.anchor,
        level: section.level,
        parent: section.level === 3 ? parent : -1,
        // 제목의 id(`run-options`, `storage-comparison`)는 글쓴이가 그 절에 붙인 영어 이름이라 제목의 단어로 함께 칩니다.
        headingTerms,
        keywordTerms: keywordTerms.filter((term) => !headingTerms.includes(term)),
        keywords: learnerWords.join('\n'),
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
