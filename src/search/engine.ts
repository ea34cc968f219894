import { findHighlightRanges, toSegments, type TextSegment } from './highlight';
import type { IndexedPage, IndexedSection, SearchIndexFile } from './indexFormat';
import { analyzeQuery, highlightTerms, type QueryWord, type TermAlternative } from './tokenize';

/**
 * 판 하나의 색인에서 검색합니다. 점수는 BM25를 페이지 단위와 절 단위로 함께 씁니다.
 * - 페이지 단위: 어느 장이 그 주제를 다루는가(단어가 장 전체에 얼마나 나오는가, 제목에 있는가)
 * - 절 단위: 검색어의 단어들이 한 절에 함께 나오는가(어느 절을 보여 줄지도 이것으로 고릅니다)
 * 검색어의 단어를 모두 담은 페이지가 위로 오도록 담은 단어의 비율을 제곱해 곱합니다.
 */

const k1 = 1.2;
/** 절은 길이 차이를 그대로 반영하고(BM25 기본값), 페이지는 덜 반영합니다. 짧은 블로그 글이 긴 장을 이기기 쉬워서입니다. */
const sectionB = 0.75;
const pageB = 0.5;
/** 제목에 검색어가 있으면 본문 BM25 점수 위에 더하는 배수. 장 제목은 그 장의 주제이므로 크게 칩니다. */
const titleBoost = 2;
/**
 * 블로그 글은 각 장을 줄여 다시 쓴 글이라, 같은 말이 나오면 짧은 블로그 글이 긴 장보다 점수가 높게 나옵니다.
 * 독자가 찾는 설명은 장에 있으므로 블로그 글의 점수를 이만큼 낮춥니다.
 */
const blogWeight = 0.75;
/** 절 점수를 페이지 점수에 더할 때의 비중 */
const sectionShare = 0.5;
/** 검색어가 본문에 그대로 이어서 나오는 절(`docker init`)은 단어가 흩어져 나오는 절보다 이만큼 크게 칩니다. */
const phraseBoost = 2;
/** 이어 나오는 검색어를 페이지 점수에 더할 때의 비중. 크면 짧은 글 하나에 한 번 나온 표현이 장 전체를 이깁니다. */
const phraseShare = 0.3;
/** 앞부분만 같은 단어(`컨테이너` → `컨테이너를`)는 같은 단어보다 조금 낮게 칩니다. */
const prefixWeight = 0.85;
/** 너무 짧은 앞부분(`c`)이 수천 단어로 퍼지지 않게 막는 상한 */
const maxPrefixExpansions = 400;

export interface SectionHit {
  readonly section: IndexedSection;
  readonly score: number;
}

export interface PageResult {
  readonly page: IndexedPage;
  readonly score: number;
  /** 검색어 단어 중 이 페이지가 담은 수 */
  readonly matchedWords: number;
  /** 점수가 높은 절부터(최대 3개) */
  readonly sections: readonly SectionHit[];
}

export interface SearchResults {
  readonly words: readonly QueryWord[];
  /** 발췌문과 대상 페이지에서 표시할 문자열 */
  readonly highlightTerms: readonly string[];
  readonly pages: readonly PageResult[];
}

interface MatchedTerm {
  readonly term: string;
  readonly weight: number;
}

function bm25(tf: number, length: number, averageLength: number, b: number): number {
  if (tf <= 0) return 0;
  return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / Math.max(averageLength, 1)));
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? '') < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function alternativeMatches(alternative: TermAlternative, candidate: string): number {
  if (candidate === alternative.term) return alternative.weight;
  if (alternative.match === 'plural' && candidate === `${alternative.term}s`) return alternative.weight;
  if (alternative.match === 'prefix' && candidate.startsWith(alternative.term)) {
    return alternative.weight * prefixWeight;
  }
  return 0;
}

export class SearchEngine {
  private readonly sortedTerms: readonly string[];
  private readonly pageLengths: readonly number[];
  private readonly averagePageLength: number;
  private readonly averageSectionLength: number;
  private readonly sectionsOfPage: readonly (readonly number[])[];

  constructor(private readonly index: SearchIndexFile) {
    this.sortedTerms = Object.keys(index.terms).sort();
    const pageLengths = index.pages.map(() => 0);
    const sectionsOfPage: number[][] = index.pages.map(() => []);
    index.sections.forEach((section, sectionIndex) => {
      pageLengths[section.page] = (pageLengths[section.page] ?? 0) + section.length;
      sectionsOfPage[section.page]?.push(sectionIndex);
    });
    this.pageLengths = pageLengths;
    this.sectionsOfPage = sectionsOfPage;
    this.averagePageLength =
      pageLengths.reduce((sum, length) => sum + length, 0) / Math.max(pageLengths.length, 1);
    this.averageSectionLength =
      index.sections.reduce((sum, section) => sum + section.length, 0) / Math.max(index.sections.length, 1);
  }

  get edition(): string {
    return this.index.edition;
  }

  private termsFor(alternative: TermAlternative): MatchedTerm[] {
    if (alternative.match !== 'prefix') {
      const candidates =
        alternative.match === 'plural' ? [alternative.term, `${alternative.term}s`] : [alternative.term];
      return candidates
        .filter((term) => this.index.terms[term] !== undefined)
        .map((term) => ({ term, weight: alternative.weight }));
    }
    const matched: MatchedTerm[] = [];
    for (
      let position = lowerBound(this.sortedTerms, alternative.term);
      position < this.sortedTerms.length && matched.length < maxPrefixExpansions;
      position += 1
    ) {
      const term = this.sortedTerms[position] ?? '';
      if (!term.startsWith(alternative.term)) break;
      matched.push({ term, weight: alternativeMatches(alternative, term) });
    }
    return matched;
  }

  /**
   * 여러 단어 검색어가 입력한 그대로 이어서 나오는 곳을 하나의 단어처럼 BM25로 셉니다.
   * `docker init`은 `docker`와 `--init`이 따로 많이 나오는 2장보다 그대로 나오는 4장이 위로 옵니다.
   */
  private phraseScores(
    words: readonly QueryWord[],
    sectionMatched: ReadonlyMap<number, number>,
  ): { readonly pages: Map<number, number>; readonly sections: Set<number> } {
    const pages = new Map<number, number>();
    const sections = new Set<number>();
    if (words.length < 2) return { pages, sections };
    const phrase = words.map((word) => word.text).join(' ');
    const counts = new Map<number, number>();
    for (const [section, matched] of sectionMatched) {
      if (matched < words.length) continue;
      const indexed = this.index.sections[section];
      const text = indexed?.text.toLowerCase() ?? '';
      let occurrences = 0;
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length))
        occurrences += 1;
      if (occurrences === 0 || !indexed) continue;
      sections.add(section);
      counts.set(indexed.page, (counts.get(indexed.page) ?? 0) + occurrences);
    }
    const pageCount = this.index.pages.length;
    const idf = Math.log(1 + (pageCount - counts.size + 0.5) / (counts.size + 0.5));
    for (const [page, count] of counts) {
      pages.set(
        page,
        phraseShare * idf * bm25(count, this.pageLengths[page] ?? 0, this.averagePageLength, pageB),
      );
    }
    return { pages, sections };
  }

  search(query: string): SearchResults {
    const words = analyzeQuery(query);
    const pageCount = this.index.pages.length;
    const pageScores = new Float64Array(pageCount);
    const pageMatched = new Uint16Array(pageCount);
    const sectionScores = new Map<number, number>();
    const sectionMatched = new Map<number, number>();

    for (const word of words) {
      // 한 단어의 여러 형태가 같은 절에 함께 걸려도(`컨테이너`와 `컨테이너를`) 한 번만 세도록 최댓값을 씁니다.
      const sectionTf = new Map<number, number>();
      for (const alternative of word.alternatives) {
        for (const { term, weight } of this.termsFor(alternative)) {
          const postings = this.index.terms[term] ?? [];
          for (let i = 0; i + 1 < postings.length; i += 2) {
            const section = postings[i] ?? 0;
            const tf = (postings[i + 1] ?? 0) * weight;
            if (tf > (sectionTf.get(section) ?? 0)) sectionTf.set(section, tf);
          }
        }
      }
      const pageTf = new Map<number, number>();
      for (const [section, tf] of sectionTf) {
        const page = this.index.sections[section]?.page ?? 0;
        pageTf.set(page, (pageTf.get(page) ?? 0) + tf);
      }
      const titleWeights = new Map<number, number>();
      this.index.pages.forEach((page, pageIndex) => {
        let best = 0;
        for (const titleTerm of page.titleTerms) {
          for (const alternative of word.alternatives) {
            best = Math.max(best, alternativeMatches(alternative, titleTerm));
          }
        }
        if (best > 0) titleWeights.set(pageIndex, best);
      });
      const matchingPages = new Set([...pageTf.keys(), ...titleWeights.keys()]);
      if (matchingPages.size === 0) continue;
      const idf = Math.log(1 + (pageCount - matchingPages.size + 0.5) / (matchingPages.size + 0.5));
      for (const page of matchingPages) {
        const body = bm25(pageTf.get(page) ?? 0, this.pageLengths[page] ?? 0, this.averagePageLength, pageB);
        pageScores[page] =
          (pageScores[page] ?? 0) + idf * (body + titleBoost * (titleWeights.get(page) ?? 0));
        pageMatched[page] = (pageMatched[page] ?? 0) + 1;
      }
      for (const [section, tf] of sectionTf) {
        const length = this.index.sections[section]?.length ?? 0;
        sectionScores.set(
          section,
          (sectionScores.get(section) ?? 0) + idf * bm25(tf, length, this.averageSectionLength, sectionB),
        );
        sectionMatched.set(section, (sectionMatched.get(section) ?? 0) + 1);
      }
    }

    const wordCount = Math.max(words.length, 1);
    const coordination = (matched: number): number => (matched / wordCount) ** 2;
    const phraseScores = this.phraseScores(words, sectionMatched);
    const pages: PageResult[] = [];
    for (let page = 0; page < pageCount; page += 1) {
      const matched = pageMatched[page] ?? 0;
      const indexedPage = this.index.pages[page];
      if (matched === 0 || !indexedPage) continue;
      const sections = (this.sectionsOfPage[page] ?? [])
        .filter((section) => sectionScores.has(section))
        .map((section) => {
          const score = (sectionScores.get(section) ?? 0) * coordination(sectionMatched.get(section) ?? 0);
          // 보여 줄 절을 고를 때만 검색어가 그대로 나오는 절을 앞세웁니다.
          return { section, score, rank: score * (phraseScores.sections.has(section) ? phraseBoost : 1) };
        })
        .sort((x, y) => y.rank - x.rank);
      const bestSection = Math.max(0, ...sections.map((section) => section.score));
      pages.push({
        page: indexedPage,
        matchedWords: matched,
        score:
          ((pageScores[page] ?? 0) + sectionShare * bestSection + (phraseScores.pages.get(page) ?? 0)) *
          coordination(matched) *
          (indexedPage.kind === 'blog' ? blogWeight : 1),
        sections: sections.slice(0, 3).flatMap(({ section, score }) => {
          const indexed = this.index.sections[section];
          return indexed ? [{ section: indexed, score }] : [];
        }),
      });
    }
    pages.sort((x, y) => y.score - x.score);
    return { words, highlightTerms: highlightTerms(query), pages };
  }
}

/**
 * 절 본문에서 검색어가 가장 많이 모인 곳을 잘라 발췌문을 만듭니다. 잘린 쪽에는 `…`를 붙입니다.
 */
export function makeSnippet(text: string, terms: readonly string[], maxLength = 150): TextSegment[] {
  const ranges = findHighlightRanges(text, terms);
  if (text.length <= maxLength) return toSegments(text, ranges);
  let windowStart = 0;
  let bestDistinct = -1;
  for (const range of ranges) {
    const start = Math.max(0, range.start - 30);
    const distinct = new Set(
      ranges
        .filter((other) => other.start >= start && other.end <= start + maxLength)
        .map((other) => text.slice(other.start, other.end).toLowerCase()),
    ).size;
    if (distinct > bestDistinct) {
      bestDistinct = distinct;
      windowStart = start;
    }
  }
  // 단어 가운데에서 자르지 않도록 앞쪽 공백까지 물립니다.
  if (windowStart > 0) {
    const space = text.lastIndexOf(' ', windowStart);
    if (space >= 0 && windowStart - space < 15) windowStart = space + 1;
  }
  const windowEnd = Math.min(text.length, windowStart + maxLength);
  const window = text.slice(windowStart, windowEnd);
  const shifted = ranges
    .filter((range) => range.start >= windowStart && range.end <= windowEnd)
    .map((range) => ({ start: range.start - windowStart, end: range.end - windowStart }));
  const segments = toSegments(window, shifted);
  if (windowStart > 0) segments.unshift({ text: '…', highlighted: false });
  if (windowEnd < text.length) segments.push({ text: '…', highlighted: false });
  return segments;
}
