import { findHighlightRanges, toSegments, type TextSegment } from './highlight';
import type { IndexedPage, IndexedSection, PageRole, SearchIndexFile } from './indexFormat';
import { recurringWeight, roleWeight } from './weights';
import {
  analyzeQuery,
  asksDifference,
  commandPhrases,
  indexForms,
  indexTerms,
  normalizeText,
  queryIntents,
  splitWords,
  termsToHighlight,
  type QueryWord,
  type TermAlternative,
} from './tokenize';

/**
 * 판 하나의 색인에서 검색합니다. 결과의 단위는 절(제목 하나와 그 아래 본문)입니다.
 * 절의 점수는 검색어의 단어마다 더합니다(BM25F와 같은 생각).
 * - 절 제목에 있는 단어는 본문의 단어보다 훨씬 크게, 위 `##` 제목과 페이지 제목에 있는 단어는 그보다 작게 칩니다.
 *   제목은 그 절이 무엇에 대한 글인지를 말하고, 본문의 단어는 지나가며 언급한 것일 수 있어서입니다.
 * - 본문은 BM25(단어가 자주 나올수록, 절이 짧을수록 높게)로 셉니다.
 * - 검색어의 단어를 모두 담은 절이 위로 오도록 담은 단어의 비율을 곱합니다(제곱하면 한 단어만 빠진 주제 절이 지나치게 밀립니다).
 * - 페이지 종류와 되풀이되는 절의 무게(`weights.ts`)를 곱합니다. 검색어가 그 페이지나 절의 제목이면 낮추지 않습니다.
 * 결과 목록은 절을 점수순으로 늘어놓고, 같은 페이지의 절은 그 페이지 아래에 모읍니다.
 */

/**
 * 순위를 정하는 값들. `scripts/search-accuracy.ts --sweep`이 값마다 다른 값을 넣어 보고 검색어 묶음마다 첫 결과가 얼마나 바뀌는지 잽니다.
 */
export interface RankingWeights {
  /** 페이지 종류의 무게(`weights.ts`) */
  readonly roles: Readonly<Record<PageRole, number>>;
  /** 되풀이되는 절의 무게(`weights.ts`) */
  readonly recurring: number;
  /** BM25의 단어 빈도 포화 */
  readonly k1: number;
  /** 절 본문 BM25의 길이 보정 */
  readonly sectionB: number;
  /** 절 제목에 검색어 단어가 있을 때 더하는 값(본문 BM25의 최댓값은 k1 + 1 = 2.2) */
  readonly headingBoost: number;
  /**
   * 학습자의 말(`keywordTerms`)에 있을 때, 절 제목에 있을 때의 몫에 곱하는 값. 제목보다 낮게 두어, 제목이 검색어를 말하는
   * 절이 있으면 그 절이 앞서고, 없을 때 학습자의 말로 그 절을 찾게 합니다.
   */
  readonly keywordWeight: number;
  /**
   * 학습자의 말 한 줄이 검색어의 단어를 여럿 담으면(`package.json 먼저 COPY 이유`) 그 줄은 학습자가 물은 말 그대로입니다.
   * 한 줄이 담은 검색어 단어가 하나 늘 때마다 학습자의 말의 무게에 이만큼 더합니다(제목의 무게 1을 넘지 않게).
   */
  readonly keywordLineWeight: number;
  /**
   * 검색어가 모음 페이지의 항목을 통째로 부를 때(`다이제스트 뜻`, 장에 없는 `docker compose restart`) 그 항목에 주는 무게.
   * 모음 페이지의 무게(`weights.ts`) 대신 쓰되 1보다 낮게 두어, 같은 용어를 제목으로 설명하는 장의 절이 있으면 그 절이 앞서게 합니다.
   */
  readonly namedEntryWeight: number;
  /** 절의 이 비율보다 많은 곳에 나오는 단어(`docker`)는 검색어가 어느 페이지나 절을 부르는지 따질 때 세지 않습니다. */
  readonly ubiquitousShare: number;
  /** 바로 위 `##` 제목에만 있을 때(자기 제목에도 있으면 자기 제목만 칩니다. 그래야 `##` 절이 그 아래 `###`보다 앞섭니다) */
  readonly parentBoost: number;
  /** 페이지 제목에 있을 때 */
  readonly titleBoost: number;
  /** 검색어가 페이지 제목 그대로(`변경 내역`, `용어집`)이면 그 페이지의 절을 이만큼 올립니다. */
  readonly askedForPageBoost: number;
  /** 검색어의 이웃한 두 단어가 절 제목(또는 본문)에도 이웃해 나오면(`포트 공개`) 이만큼까지 더 칩니다. */
  readonly pairHeadingBoost: number;
  readonly pairTextBoost: number;
  /** 검색어에 친 명령(`docker container ls`)이 본문이나 제목에 그 순서 그대로 나오면 이만큼까지 곱합니다. */
  readonly commandBoost: number;
  /** 검색어의 물음(`~ 차이` → "무엇이 다른가")을 절 제목이 묻고 있으면 이만큼 곱합니다. */
  readonly intentBoost: number;
  /** 제목 id가 검색어의 영어 단어를 모두 담은 절에 곱하는 값 */
  readonly anchorBoost: number;
  /** 비교하는 검색어에서 제목이 비교하는 것 중 일부만 담은 절의 제목 몫에 곱하는 값(0: 제목 몫을 주지 않습니다) */
  readonly partialComparison: number;
  /** 장 전체가 그 단어를 얼마나 다루는가(페이지 BM25)를 절 점수에 더하는 비중 */
  readonly pageShare: number;
  /** 장 전체 BM25의 길이 보정 */
  readonly pageB: number;
  /**
   * 제목의 주제(물음 앞의 `X는`, 콜론 뒤의 이름)가 아닌 곳에 나온 단어의 몫. `짧은 명령은 어떤 관리 명령과 같은가`는
   * 짧은 명령에 대한 절이고, `관리 명령`은 그 절이 견주는 대상일 뿐입니다.
   */
  readonly outsideTopic: number;
}

export const defaultRankingWeights: RankingWeights = {
  roles: roleWeight,
  recurring: recurringWeight,
  k1: 1.2,
  sectionB: 0.75,
  headingBoost: 8,
  keywordWeight: 0.2,
  keywordLineWeight: 0.1,
  namedEntryWeight: 0.7,
  ubiquitousShare: 0.8,
  parentBoost: 1,
  titleBoost: 0.6,
  askedForPageBoost: 2,
  pairHeadingBoost: 0.5,
  pairTextBoost: 0.25,
  commandBoost: 1,
  intentBoost: 2.5,
  anchorBoost: 1.5,
  partialComparison: 0,
  pageShare: 0.25,
  pageB: 0.5,
  outsideTopic: 0.6,
};

/** 앞부분만 같은 단어(`컨테이너` → `컨테이너를`)는 같은 단어보다 조금 낮게 칩니다. */
const prefixWeight = 0.85;
/** 너무 짧은 앞부분(`c`)이 수천 단어로 퍼지지 않게 막는 상한 */
const maxPrefixExpansions = 400;
/** 제목에서 물음이 시작되는 말. 이 앞까지가 제목의 주제입니다. */
const questionWords = new Set([
  '어떻게',
  '무엇',
  '무엇을',
  '무엇이',
  '무엇인가',
  '왜',
  '어디',
  '어디에',
  '언제',
  '어떤',
  '어느',
  '누가',
  '얼마나',
  '무슨',
]);
/** 드롭다운과 결과 페이지가 한 페이지 아래에 보여 주는 절 수 */
const sectionsPerPage = 3;

export interface SectionHit {
  readonly section: IndexedSection;
  readonly score: number;
}

export interface PageResult {
  readonly page: IndexedPage;
  /** 이 페이지에서 가장 높은 절의 점수 */
  readonly score: number;
  /** 검색어 단어 중 이 페이지가 담은 수 */
  readonly matchedWords: number;
  /** 점수가 높은 절부터(최대 3개). 첫 절이 이 페이지의 대표 결과입니다. */
  readonly sections: readonly SectionHit[];
}

export interface SearchResults {
  readonly words: readonly QueryWord[];
  /** 발췌문과 대상 페이지에서 표시할 문자열 */
  readonly highlightTerms: readonly string[];
  /** 절 단위 결과, 점수순 */
  readonly sections: readonly SectionHit[];
  /** 같은 결과를 페이지로 묶은 것. 페이지 순서는 그 페이지의 가장 높은 절의 순서입니다. */
  readonly pages: readonly PageResult[];
}

interface MatchedTerm {
  readonly term: string;
  readonly weight: number;
}

function bm25(tf: number, length: number, averageLength: number, b: number, k1: number): number {
  if (tf <= 0) return 0;
  return (tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * length) / Math.max(averageLength, 1)));
}

/**
 * 제목의 주제 단어들의 색인 형태. 책의 제목은 `X는 어떻게 …는가` 꼴의 물음이라 `은`/`는`이 붙은 첫 단어까지(물음 말이
 * 먼저 나오면 그 앞까지)가 주제이고, 콜론 뒤(`…: up, logs, ps, down`)는 그 절이 다루는 것의 이름입니다.
 * 주제를 가를 수 없는 제목(`어떤 옵션을 가장 자주 쓰는가`)은 모든 단어가 주제입니다.
 */
function topicTerms(heading: string, anchor: string): Set<string> {
  const normalized = normalizeText(heading);
  const words = splitWords(normalized);
  let end = words.length;
  for (let position = 0; position < words.length; position += 1) {
    const text = words[position]?.text ?? '';
    if (questionWords.has(text)) {
      end = position;
      break;
    }
    if (/[은는]$/.test(text)) {
      end = position + 1;
      break;
    }
  }
  if (end === 0) end = words.length;
  const colon = normalized.indexOf(':');
  const topic = words.filter((word, position) => position < end || (colon >= 0 && word.start > colon));
  const terms = new Set(topic.flatMap((word) => indexForms(word.text)));
  if (/^[a-z0-9-]+$/.test(anchor)) for (const part of anchor.split('-')) terms.add(part);
  return terms;
}

/** 오타를 고쳐 찾는 가장 짧은 단어, 고친 형태의 무게, 한 단어에서 쓰는 고친 형태의 수 */
const minTypoLength = 4;
const typoWeight = 0.7;
const maxTypoFixes = 3;

/** 두 단어가 한 번의 고침(바꾸기, 더하기, 빼기, 이웃한 두 글자 맞바꾸기)으로 같아지는가(같은 단어는 아님) */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  if (a.length === b.length) {
    if (a.slice(start + 1) === b.slice(start + 1)) return true;
    return (
      a[start] === b[start + 1] && a[start + 1] === b[start] && a.slice(start + 2) === b.slice(start + 2)
    );
  }
  const [longer, shorter] = a.length > b.length ? [a, b] : [b, a];
  return longer.slice(start + 1) === shorter.slice(start);
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

/** 이 단어들(제목이나 학습자의 말 한 줄)에 물음의 형태(`다른가`, `무엇인가`)로 시작하는 단어가 있는가 */
function asksWith(terms: readonly string[], wanted: readonly string[]): boolean {
  return terms.some((term) => wanted.some((form) => term.startsWith(form)));
}

function bestMatch(word: QueryWord, terms: readonly string[]): number {
  let best = 0;
  for (const term of terms) {
    for (const alternative of word.alternatives) best = Math.max(best, alternativeMatches(alternative, term));
  }
  return best;
}

export class SearchEngine {
  private readonly sortedTerms: readonly string[];
  private readonly pageLengths: readonly number[];
  private readonly averagePageLength: number;
  private readonly averageSectionLength: number;
  /** 명령을 찾을 때 만드는 절 제목과 본문의 소문자 형태(처음 쓸 때 만듭니다) */
  private readonly lowerTexts: (string | undefined)[] = [];
  /** 절마다 제목의 주제 단어(`topicTerms`). 단어마다 모든 절에서 찾으므로 배열로 한 번만 만듭니다. */
  private readonly topics: readonly (readonly string[])[];
  /** 절마다 제목의 단어 수 */
  private readonly headingSizes: readonly number[];
  /** 절마다 학습자의 말 한 줄씩의 색인 형태 */
  private readonly keywordLines: readonly (readonly string[])[][];

  constructor(
    private readonly index: SearchIndexFile,
    private readonly weights: RankingWeights = defaultRankingWeights,
  ) {
    // 본문의 단어와 제목에만 나오는 단어를 함께 둡니다(앞부분 일치와 복합어 나누기가 제목의 단어도 알아야 합니다).
    this.sortedTerms = [
      ...new Set([
        ...Object.keys(index.terms),
        ...index.sections.flatMap((section) => section.headingTerms),
        ...index.sections.flatMap((section) => section.keywordTerms),
        ...index.pages.flatMap((page) => page.titleTerms),
      ]),
    ].sort();
    const pageLengths = index.pages.map(() => 0);
    index.sections.forEach((section) => {
      pageLengths[section.page] = (pageLengths[section.page] ?? 0) + section.length;
    });
    this.pageLengths = pageLengths;
    this.averagePageLength =
      pageLengths.reduce((sum, length) => sum + length, 0) / Math.max(pageLengths.length, 1);
    this.averageSectionLength =
      index.sections.reduce((sum, section) => sum + section.length, 0) / Math.max(index.sections.length, 1);
    const headingText = (section: IndexedSection): string =>
      section.level === 1 ? (index.pages[section.page]?.title ?? '') : section.heading;
    this.topics = index.sections.map((section) => [...topicTerms(headingText(section), section.anchor)]);
    this.headingSizes = index.sections.map((section) => splitWords(normalizeText(section.heading)).length);
    this.keywordLines = index.sections.map((section) =>
      section.keywords === '' ? [] : section.keywords.split('\n').map((line) => indexTerms(line).terms),
    );
  }

  /** 절 제목과 본문(소문자)에 이 명령이 그대로 나오는가 */
  private holdsPhrase(section: number, phrase: string): boolean {
    let text = this.lowerTexts[section];
    if (text === undefined) {
      const current = this.index.sections[section];
      text = normalizeText(`${current?.heading ?? ''}\n${current?.text ?? ''}`);
      this.lowerTexts[section] = text;
    }
    for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
      // 뒤에 붙은 한글 조사(`docker ps는`)는 괜찮고, 영어나 숫자가 이어지면(`docker pseudo`) 다른 단어입니다.
      if (!/[a-z0-9_]/.test(text.charAt(at + phrase.length))) return true;
    }
    return false;
  }

  get edition(): string {
    return this.index.edition;
  }

  /** `###` 절의 위 `##` 절 */
  parentOf(section: IndexedSection): IndexedSection | undefined {
    return section.parent >= 0 ? this.index.sections[section.parent] : undefined;
  }

  /** 절이 속한 페이지 */
  pageOf(section: IndexedSection): IndexedPage | undefined {
    return this.index.pages[section.page];
  }

  /** 색인에 이 형태(또는 이 형태로 시작하는 단어)가 있는가 */
  hasTerm(term: string, prefix: boolean): boolean {
    if (!prefix) return this.sortedTerms[lowerBound(this.sortedTerms, term)] === term;
    return (this.sortedTerms[lowerBound(this.sortedTerms, term)] ?? '').startsWith(term);
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
   * 어느 형태로도 색인에 없는 단어(`ENTRYPIONT`, `컨테이녀`)는 한 글자를 바꾸거나 더하거나 빼거나 이웃한 두 글자를
   * 맞바꾸면 되는 색인의 단어로도 찾습니다(첫 글자는 같아야 하고, 네 글자 이상일 때만). 오타를 고친 형태는 조금 낮게 칩니다.
   */
  private withTypoFixes(word: QueryWord): QueryWord {
    const found = word.alternatives.some((alternative) =>
      this.hasTerm(alternative.term, alternative.match === 'prefix'),
    );
    if (found || word.text.length < minTypoLength) return word;
    // 첫 글자가 같은 단어는 정렬된 목록에서 한 덩어리이므로 그 덩어리만 봅니다.
    const first = word.text.charAt(0);
    const fixes: TermAlternative[] = [];
    for (
      let position = lowerBound(this.sortedTerms, first);
      position < this.sortedTerms.length && fixes.length < maxTypoFixes;
      position += 1
    ) {
      const term = this.sortedTerms[position] ?? '';
      if (!term.startsWith(first)) break;
      if (withinOneEdit(term, word.text)) fixes.push({ term, match: 'exact', weight: typoWeight });
    }
    return fixes.length > 0 ? { ...word, alternatives: [...word.alternatives, ...fixes] } : word;
  }

  search(query: string): SearchResults {
    const words = analyzeQuery(query, (term) => this.hasTerm(term, true)).map((word) =>
      this.withTypoFixes(word),
    );
    const { sections: indexed, pages: indexedPages } = this.index;
    const sectionCount = indexed.length;
    const scores = new Float64Array(sectionCount);
    const matched = new Uint16Array(sectionCount);
    /** 페이지 제목이나 절 제목이 검색어의 단어를 모두 담았는가: 그러면 그 페이지와 절을 낮추지 않습니다. */
    const titleHits = new Uint16Array(indexedPages.length);
    const headingHits = new Uint16Array(sectionCount);
    /**
     * 거의 모든 절에 나오는 단어(`docker`)는 페이지나 절을 부르는 말이 아닙니다(`도커 용어 정리`는 용어집을 부릅니다).
     * 그런 단어를 빼고 센 제목의 단어 수와, 그런 단어를 뺀 검색어의 단어 수
     */
    const namingTitleHits = new Uint16Array(indexedPages.length);
    const namingHeadingHits = new Uint16Array(sectionCount);
    let namingWords = 0;
    /** 절 제목에 든 단어의 몫. 비교하는 검색어에서는 제목이 비교하는 것 중 일부만 담으면 줄입니다. */
    const headingScores = new Float64Array(sectionCount);

    /** 절마다 학습자의 말 한 줄씩이 담은 검색어 단어의 수 */
    const lineCoverage = this.keywordLines.map((lines) =>
      lines.map((line) => words.filter((word) => bestMatch(word, line) > 0).length),
    );
    /** 절마다, 학습자의 말 한 줄이 담은 검색어 단어의 가장 많은 수에 따른 학습자의 말의 무게 */
    const learnerWeights = lineCoverage.map((counts) => {
      const extra = Math.max(0, Math.max(0, ...counts) - 1) * this.weights.keywordLineWeight;
      return Math.min(1, this.weights.keywordWeight + extra);
    });

    for (const word of words) {
      // 한 단어의 여러 형태가 같은 절에 함께 걸려도(`컨테이너`와 `컨테이너를`) 한 번만 세도록 최댓값을 씁니다.
      const bodyTf = new Map<number, number>();
      for (const alternative of word.alternatives) {
        for (const { term, weight } of this.termsFor(alternative)) {
          const postings = this.index.terms[term] ?? [];
          for (let i = 0; i + 1 < postings.length; i += 2) {
            const section = postings[i] ?? 0;
            const tf = (postings[i + 1] ?? 0) * weight;
            if (tf > (bodyTf.get(section) ?? 0)) bodyTf.set(section, tf);
          }
        }
      }
      const heading = indexed.map((section, number) => {
        const learnerWord = (learnerWeights[number] ?? 0) * bestMatch(word, section.keywordTerms);
        const anywhere = bestMatch(word, section.headingTerms);
        if (anywhere === 0) return learnerWord;
        const inTopic = bestMatch(word, this.topics[number] ?? []);
        return Math.max(inTopic, this.weights.outsideTopic * anywhere, learnerWord);
      });
      const title = indexedPages.map((page) => bestMatch(word, page.titleTerms));
      const pageTf = new Float64Array(indexedPages.length);
      for (const [section, tf] of bodyTf) {
        const page = indexed[section]?.page ?? 0;
        pageTf[page] = (pageTf[page] ?? 0) + tf;
      }
      let documentFrequency = 0;
      for (let section = 0; section < sectionCount; section += 1) {
        if (bodyTf.has(section) || (heading[section] ?? 0) > 0) documentFrequency += 1;
      }
      const naming = documentFrequency <= this.weights.ubiquitousShare * sectionCount;
      if (naming) namingWords += 1;
      if (documentFrequency === 0 && !title.some((weight) => weight > 0)) continue;
      const idf = Math.log(1 + (sectionCount - documentFrequency + 0.5) / (documentFrequency + 0.5));
      const pagesWithWord = pageTf.filter((tf) => tf > 0).length;
      const pageIdf = Math.log(1 + (indexedPages.length - pagesWithWord + 0.5) / (pagesWithWord + 0.5));
      title.forEach((weight, page) => {
        if (weight > 0) titleHits[page] = (titleHits[page] ?? 0) + 1;
        if (weight > 0 && naming) namingTitleHits[page] = (namingTitleHits[page] ?? 0) + 1;
      });

      for (let section = 0; section < sectionCount; section += 1) {
        const current = indexed[section];
        if (!current) continue;
        const tf = bodyTf.get(section) ?? 0;
        const own = heading[section] ?? 0;
        const above = own === 0 && current.parent >= 0 ? (heading[current.parent] ?? 0) : 0;
        const onPage = title[current.page] ?? 0;
        if (tf === 0 && own === 0 && above === 0 && onPage === 0) continue;
        const body = bm25(
          tf,
          current.length,
          this.averageSectionLength,
          this.weights.sectionB,
          this.weights.k1,
        );
        const page = bm25(
          pageTf[current.page] ?? 0,
          this.pageLengths[current.page] ?? 0,
          this.averagePageLength,
          this.weights.pageB,
          this.weights.k1,
        );
        scores[section] =
          (scores[section] ?? 0) +
          idf * (body + this.weights.parentBoost * above + this.weights.titleBoost * onPage) +
          this.weights.pageShare * pageIdf * page;
        headingScores[section] = (headingScores[section] ?? 0) + idf * this.weights.headingBoost * own;
        matched[section] = (matched[section] ?? 0) + 1;
        if (own > 0) headingHits[section] = (headingHits[section] ?? 0) + 1;
        if (own > 0 && naming) namingHeadingHits[section] = (namingHeadingHits[section] ?? 0) + 1;
      }
    }

    const wordCount = Math.max(words.length, 1);
    const intents = queryIntents(query);
    const phrases = commandPhrases(query);
    const comparing = asksDifference(query);
    const latinWords = words.map((word) => word.text).filter((text) => /^[a-z0-9]+$/.test(text));
    /** 이웃한 검색어 단어의 쌍마다, 두 단어가 본문에 쓰일 수 있는 형태들 */
    const pairs = words.slice(1).map((word, index) => {
      const forms = (queryWord: QueryWord | undefined): string[] =>
        (queryWord?.alternatives ?? []).map((alternative) => alternative.term);
      return { left: forms(words[index]), right: forms(word) };
    });
    const pairShare = (text: string): number => {
      if (pairs.length === 0) return 0;
      const lower = text.toLowerCase();
      const found = pairs.filter(({ left, right }) =>
        left.some((a) => right.some((b) => lower.includes(`${a} ${b}`) || lower.includes(`${a}${b}`))),
      ).length;
      return found / pairs.length;
    };
    // 모음 페이지의 항목(용어집의 용어, 명령어 사전의 명령)을 검색어가 그대로 부르면 그 항목이 답일 수 있습니다:
    // 그 용어가 무엇인지 묻거나(`다이제스트 뜻`), 친 명령을 그대로 담은 장의 절이 없을 때(`docker compose restart`)입니다.
    const asksWhatItIs = intents.some((terms) => terms.includes('무엇인가'));
    const dockerCommands = phrases.filter((phrase) => phrase.startsWith('docker '));
    const chapterHoldsCommand =
      dockerCommands.length > 0 &&
      indexed.some(
        (current, number) =>
          (matched[number] ?? 0) > 0 &&
          indexedPages[current.page]?.role !== 'aggregate' &&
          dockerCommands.every((phrase) => this.holdsPhrase(number, phrase)),
      );
    const entryAnswers = asksWhatItIs || (dockerCommands.length > 0 && !chapterHoldsCommand);
    const hits: SectionHit[] = [];
    for (let section = 0; section < sectionCount; section += 1) {
      const count = matched[section] ?? 0;
      const current = indexed[section];
      if (count === 0 || !current) continue;
      const page = indexedPages[current.page];
      if (!page) continue;
      // 검색어가 그 페이지(`용어집`)나 그 절(`핵심 정리`)의 제목이면 낮추지 않습니다.
      const askedForPage =
        namingWords > 0
          ? (namingTitleHits[current.page] ?? 0) >= namingWords
          : (titleHits[current.page] ?? 0) >= wordCount;
      const askedForSection =
        namingWords > 0
          ? (namingHeadingHits[section] ?? 0) >= namingWords
          : (headingHits[section] ?? 0) >= wordCount;
      // 항목의 제목 전체를 불러야 합니다: `buildx 란`은 `docker buildx version` 항목을 묻는 말이 아닙니다.
      // 학습자의 말을 적어 둔 모음 페이지의 절(첫머리, 기준 버전)은, 그 제목과 학습자의 말이 검색어를 모두 담으면
      // (`명령어 치트시트`, `개정판 바뀐 점`) 그 절을 찾는 말입니다.
      const namedEntry =
        page.role === 'aggregate' &&
        askedForSection &&
        ((entryAnswers && current.level === 3 && (this.headingSizes[section] ?? 0) <= wordCount) ||
          current.keywords !== '');
      const role = askedForPage
        ? this.weights.askedForPageBoost
        : namedEntry
          ? this.weights.namedEntryWeight
          : this.weights.roles[page.role];
      const recurring = current.recurring && !askedForSection ? this.weights.recurring : 1;
      const near =
        count >= 2
          ? 1 +
            this.weights.pairHeadingBoost *
              Math.max(pairShare(current.heading), pairShare(current.keywords)) +
            this.weights.pairTextBoost * pairShare(current.text)
          : 1;
      const commands =
        phrases.length > 0
          ? 1 +
            (this.weights.commandBoost *
              phrases.filter((phrase) => this.holdsPhrase(section, phrase)).length) /
              phrases.length
          : 1;
      // 제목이 그 물음을 묻거나, 학습자의 말 한 줄이 검색어의 단어를 모두 담고 그 물음을 묻는 절(`이미지 컨테이너 차이`)
      const asks = intents.some(
        (wanted) =>
          asksWith(current.headingTerms, wanted) ||
          (this.keywordLines[section] ?? []).some(
            (line, number) => lineCoverage[section]?.[number] === words.length && asksWith(line, wanted),
          ),
      )
        ? this.weights.intentBoost
        : 1;
      // `X와 Y 차이`: 제목이 X만 말하는 절(`바인드 마운트는 언제 쓰는가`)은 X에 대한 절이지 차이에 대한 절이 아닙니다.
      const ownHeading = headingHits[section] ?? 0;
      const partial =
        comparing && wordCount >= 2 && ownHeading > 0 && ownHeading < wordCount
          ? this.weights.partialComparison
          : 1;
      // 제목 id가 검색어의 영어 단어를 모두 담으면(`docker info` → `#docker-info`, `iptables` → `#nat-and-iptables`)
      // 글쓴이가 그 절을 그 이름으로 부른 것입니다.
      const parts = current.anchor.split('-');
      const namedByEnglish =
        latinWords.length > 0 &&
        latinWords.every((word) => parts.some((part) => part === word || part === `${word}s`));
      // 제목 id의 단어와 검색어의 단어(와 그 번역)가 서로 모두 맞으면(`도커 왜` → `#why-docker`, `이미지란` → `#image`)
      // 그 절도 검색어의 이름을 단 절입니다.
      const names = (word: QueryWord, part: string): boolean =>
        word.alternatives.some((alternative) => part === alternative.term || part === `${alternative.term}s`);
      const namedInFull =
        current.anchor !== '' &&
        parts.every((part) => words.some((word) => names(word, part))) &&
        words.every((word) => parts.some((part) => names(word, part)));
      const named = namedByEnglish || namedInFull ? this.weights.anchorBoost : 1;
      hits.push({
        section: current,
        score:
          ((scores[section] ?? 0) + (headingScores[section] ?? 0) * partial) *
          (count / wordCount) *
          role *
          recurring *
          near *
          asks *
          commands *
          named,
      });
    }
    hits.sort((x, y) => y.score - x.score);

    const groups = new Map<number, { sections: SectionHit[]; matchedWords: number }>();
    for (const hit of hits) {
      const group = groups.get(hit.section.page) ?? { sections: [], matchedWords: 0 };
      groups.set(hit.section.page, group);
      if (group.sections.length < sectionsPerPage) group.sections.push(hit);
    }
    const pages: PageResult[] = [];
    for (const [pageNumber, group] of groups) {
      const page = indexedPages[pageNumber];
      const best = group.sections[0];
      if (!page || !best) continue;
      pages.push({
        page,
        score: best.score,
        matchedWords: Math.max(...group.sections.map((hit) => matched[indexed.indexOf(hit.section)] ?? 0)),
        sections: group.sections,
      });
    }
    return { words, highlightTerms: termsToHighlight(words), sections: hits, pages };
  }
}

/** 문장 끝: 마침표·물음표·느낌표 뒤의 공백. 표의 칸과 목록 항목은 이미 블록(`\n`)으로 나뉘어 있습니다. */
const sentenceEnd = /(?<=[.?!])\s+/u;

/**
 * 발췌문을 만듭니다. 절 본문의 블록(문단, 목록 항목, 표의 칸, 코드 줄) 가운데 검색어가 가장 많이 든 블록 하나를 고르고,
 * 그 안에서 검색어가 든 문장부터 문장 단위로 `maxLength`까지 담습니다. 블록을 넘어 잇지 않으므로 앞 문단의 끝과 표의 칸이
 * 한 문장처럼 붙지 않습니다. 문장 하나가 `maxLength`보다 길 때만 단어 경계에서 자르고 `…`를 붙입니다.
 */
export function makeSnippet(text: string, terms: readonly string[], maxLength = 150): TextSegment[] {
  const blocks = text.split('\n').filter((block) => block.trim() !== '');
  if (blocks.length === 0) return [];
  const distinctHits = (part: string): number =>
    new Set(findHighlightRanges(part, terms).map((range) => part.slice(range.start, range.end).toLowerCase()))
      .size;
  let block = blocks[0] ?? '';
  let bestHits = distinctHits(block);
  for (const candidate of blocks.slice(1)) {
    const hits = distinctHits(candidate);
    if (hits > bestHits) {
      block = candidate;
      bestHits = hits;
    }
  }
  const sentences = block.split(sentenceEnd);
  let startAt = 0;
  let startHits = -1;
  sentences.forEach((sentence, index) => {
    const hits = distinctHits(sentence);
    if (hits > startHits) {
      startHits = hits;
      startAt = index;
    }
  });
  let snippet = sentences[startAt] ?? '';
  for (const next of sentences.slice(startAt + 1)) {
    if (snippet.length + 1 + next.length > maxLength) break;
    snippet = `${snippet} ${next}`;
  }
  if (snippet.length <= maxLength) return toSegments(snippet, findHighlightRanges(snippet, terms));
  // 문장 하나가 길면 첫 검색어가 보이도록 그 앞쪽부터 단어 경계에서 자릅니다.
  const first = findHighlightRanges(snippet, terms)[0]?.start ?? 0;
  let from = Math.max(0, first - 30);
  const space = snippet.lastIndexOf(' ', from);
  if (from > 0 && space >= 0 && from - space < 15) from = space + 1;
  let to = Math.min(snippet.length, from + maxLength);
  const lastSpace = snippet.lastIndexOf(' ', to);
  if (to < snippet.length && lastSpace > from) to = lastSpace;
  const window = snippet.slice(from, to);
  const segments = toSegments(window, findHighlightRanges(window, terms));
  if (from > 0) segments.unshift({ text: '…', highlighted: false });
  if (to < snippet.length) segments.push({ text: '…', highlighted: false });
  return segments;
}
