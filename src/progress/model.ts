/**
 * 독자의 읽기 진행: 저장하는 모양, 저장된 값을 읽고 검증하는 법, 장의 상태를 계산하는 법.
 * 브라우저에 기대지 않는 순수 함수만 두어 단위 테스트(tests/unit/progress-*.test.ts)가 Node에서 돌 수 있게 합니다.
 * 저장은 `./store.ts`, 스크롤 관찰은 `./tracker.ts`가 맡습니다.
 */
import { chapters, type ChapterId } from '../data/chapters';
import { editions } from '../data/editions';

/** 저장하는 모양의 판. 모양을 바꾸면 올리고, 이전 판의 값을 옮기는 코드를 `parseProgress`에 더하세요. */
export const progressVersion = 1;

export type EditionKey = keyof typeof editions;

export const editionKeys = Object.keys(editions) as readonly EditionKey[];

/** 한 판의 한 장에서 읽은 것 */
export interface ChapterRecord {
  /** 이 장의 `##` 절 수. 장을 한 번도 열지 않았으면 0 */
  readonly sectionCount: number;
  /** 지나간 절의 id (`##` 제목의 고정 id) */
  readonly read: readonly string[];
  /** 장 끝의 "다 읽음" 버튼으로 표시했는지 */
  readonly markedDone: boolean;
}

/** 독자가 마지막으로 읽던 곳. 홈의 "이어 읽기"가 가리킵니다. */
export interface LastPosition {
  readonly edition: EditionKey;
  readonly chapter: ChapterId;
  /** 읽던 절의 id. 첫 `##` 제목에 닿기 전이면 null */
  readonly section: string | null;
  /** 읽던 절의 제목. "이어 읽기" 링크 문구에 씁니다 */
  readonly sectionTitle: string | null;
  /** 기록한 시각 (epoch ms) */
  readonly at: number;
  /**
   * 멈춘 자리를 절보다 잘게: 화면 맨 위나 그 위에 있던 마지막 제목(`##`나 `###`)의 id와, 그 제목에서 화면 맨 위까지의
   * 거리(px). "이어 읽기"는 이 제목으로 가서 이만큼 더 내려갑니다. 절 제목으로만 돌아가면 긴 절에서 두세 화면 앞에
   * 떨어졌습니다(이슈 #19). 이 필드가 없던 때 저장한 값도 그대로 읽습니다.
   */
  readonly anchor?: string;
  readonly offset?: number;
}

export type EditionProgress = Readonly<Partial<Record<ChapterId, ChapterRecord>>>;

export interface ReadingProgress {
  readonly version: typeof progressVersion;
  readonly editions: Readonly<Record<EditionKey, EditionProgress>>;
  readonly last: LastPosition | null;
}

export type ChapterState =
  | { readonly kind: 'not-started' }
  /** 읽은 절 수와 장의 절 수. 화면에는 "절 12개 중 3개 읽음"으로 보입니다(맨 % 숫자는 무엇을 센 것인지 말하지 않았습니다) */
  | { readonly kind: 'in-progress'; readonly read: number; readonly total: number }
  | { readonly kind: 'done' };

const maxSections = 500;
const maxIdLength = 100;
const maxTitleLength = 200;
/** 제목에서 멈춘 곳까지의 거리의 상한(px). 장 하나보다 길면 틀린 값입니다. */
const maxOffset = 200_000;
const sectionIdPattern = /^[a-z0-9][a-z0-9-]*$/;
const chapterIds = new Set<string>(chapters.map((chapter) => chapter.id));

export function emptyProgress(): ReadingProgress {
  return { version: progressVersion, editions: { revised: {}, first: {} }, last: null };
}

export interface ParsedProgress {
  readonly progress: ReadingProgress;
  /**
   * 저장된 값을 그대로 둘 수 없는지: JSON이 아니거나, 판이 다르거나, 다른 사이트·다른 코드가 쓴 모양이거나,
   * 일부 항목이 틀려 버렸을 때 true. 그러면 저장소가 `progress`로 바꿔 씁니다.
   */
  readonly replace: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSectionId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxIdLength && sectionIdPattern.test(value);
}

function isChapterId(value: unknown): value is ChapterId {
  return typeof value === 'string' && chapterIds.has(value);
}

function isEditionKey(value: unknown): value is EditionKey {
  return typeof value === 'string' && (editionKeys as readonly string[]).includes(value);
}

function parseChapterRecord(value: unknown): ChapterRecord | null {
  if (!isRecord(value)) return null;
  const { sectionCount, read, markedDone } = value;
  if (typeof sectionCount !== 'number' || !Number.isInteger(sectionCount)) return null;
  if (sectionCount < 0 || sectionCount > maxSections) return null;
  if (!Array.isArray(read) || read.length > maxSections || !read.every(isSectionId)) return null;
  if (typeof markedDone !== 'boolean') return null;
  return { sectionCount, read: [...new Set(read)], markedDone };
}

function parseLastPosition(value: unknown): LastPosition | null {
  if (!isRecord(value)) return null;
  const { edition, chapter, section, sectionTitle, at } = value;
  if (!isEditionKey(edition) || !isChapterId(chapter)) return null;
  if (section !== null && !isSectionId(section)) return null;
  if (sectionTitle !== null && (typeof sectionTitle !== 'string' || sectionTitle.length > maxTitleLength)) {
    return null;
  }
  if (typeof at !== 'number' || !Number.isFinite(at)) return null;
  const { anchor, offset } = value;
  if (isSectionId(anchor) && typeof offset === 'number' && Number.isFinite(offset) && offset >= 0) {
    return {
      edition,
      chapter,
      section,
      sectionTitle,
      at,
      anchor,
      offset: Math.min(Math.round(offset), maxOffset),
    };
  }
  return { edition, chapter, section, sectionTitle, at };
}

/**
 * 저장소에서 읽은 문자열을 검증합니다. 어떤 입력에도 예외를 던지지 않습니다: 읽을 수 없는 값은 빈 진행으로,
 * 틀린 항목은 빼고 읽으며, 그때는 `replace`로 바꿔 쓰라고 알립니다.
 */
export function parseProgress(raw: string | null): ParsedProgress {
  if (raw === null) return { progress: emptyProgress(), replace: false };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), replace: true };
  }
  if (!isRecord(value) || value.version !== progressVersion || !isRecord(value.editions)) {
    return { progress: emptyProgress(), replace: true };
  }
  let replace = false;
  const parsedEditions: Record<EditionKey, Partial<Record<ChapterId, ChapterRecord>>> = {
    revised: {},
    first: {},
  };
  for (const [editionKey, editionValue] of Object.entries(value.editions)) {
    if (!isEditionKey(editionKey) || !isRecord(editionValue)) {
      replace = true;
      continue;
    }
    for (const [chapterId, recordValue] of Object.entries(editionValue)) {
      const record = isChapterId(chapterId) ? parseChapterRecord(recordValue) : null;
      if (record === null || !isChapterId(chapterId)) {
        replace = true;
        continue;
      }
      parsedEditions[editionKey][chapterId] = record;
    }
  }
  const last = value.last === null || value.last === undefined ? null : parseLastPosition(value.last);
  if (last === null && value.last !== null) replace = true;
  return { progress: { version: progressVersion, editions: parsedEditions, last }, replace };
}

export function serializeProgress(progress: ReadingProgress): string {
  return JSON.stringify(progress);
}

export function chapterState(record: ChapterRecord | undefined): ChapterState {
  if (record === undefined) return { kind: 'not-started' };
  if (record.markedDone) return { kind: 'done' };
  const read = record.read.length;
  if (record.sectionCount > 0 && read >= record.sectionCount) return { kind: 'done' };
  if (read === 0 || record.sectionCount === 0) return { kind: 'not-started' };
  return { kind: 'in-progress', read, total: record.sectionCount };
}

/** 화면 읽기 프로그램과 화면에 그대로 쓰는 상태 문구 */
export function describeChapterState(state: ChapterState): string {
  switch (state.kind) {
    case 'not-started':
      return '읽지 않음';
    case 'in-progress':
      return `절 ${state.total}개 중 ${state.read}개 읽음`;
    case 'done':
      return '다 읽음';
  }
}

export function chapterRecord(
  progress: ReadingProgress,
  edition: EditionKey,
  chapter: ChapterId,
): ChapterRecord | undefined {
  return progress.editions[edition][chapter];
}

/** 장 목록(`src/data/chapters.ts`)의 id 문자열로 상태를 찾습니다. 모르는 id는 읽지 않음입니다. */
export function chapterStateById(
  progress: ReadingProgress,
  edition: EditionKey,
  chapterId: string,
): ChapterState {
  return chapterState(isChapterId(chapterId) ? chapterRecord(progress, edition, chapterId) : undefined);
}

function withRecord(
  progress: ReadingProgress,
  edition: EditionKey,
  chapter: ChapterId,
  record: ChapterRecord,
): ReadingProgress {
  return {
    ...progress,
    editions: { ...progress.editions, [edition]: { ...progress.editions[edition], [chapter]: record } },
  };
}

/**
 * 장을 열었을 때 본 절 목록(`sectionIds`)과 새로 지나간 절(`passed`)을 더합니다. 전에 읽은 절 가운데
 * 지금 장에 없는 id(장이 고쳐져 절이 바뀐 경우)는 뺍니다. 바뀐 것이 없으면 같은 객체를 돌려줍니다.
 */
export function withSectionsRead(
  progress: ReadingProgress,
  edition: EditionKey,
  chapter: ChapterId,
  sectionIds: readonly string[],
  passed: readonly string[],
): ReadingProgress {
  const current = chapterRecord(progress, edition, chapter);
  const known = new Set(sectionIds.filter(isSectionId));
  const read = [...new Set([...(current?.read ?? []), ...passed])].filter((id) => known.has(id));
  const unchanged =
    current !== undefined &&
    current.sectionCount === known.size &&
    current.read.length === read.length &&
    current.read.every((id, index) => read[index] === id);
  if (unchanged) return progress;
  return withRecord(progress, edition, chapter, {
    sectionCount: known.size,
    read,
    markedDone: current?.markedDone ?? false,
  });
}

/**
 * "다 읽음" 버튼. 켜면 장을 다 읽은 것으로 표시하고, 끄면 표시와 함께 읽은 절 기록도 지워 장을 처음 상태로 돌립니다
 * (절을 모두 지나 다 읽음이 된 장도 끄면 다 읽음이 아니게 하려면 기록을 지워야 합니다).
 */
export function withMarkedDone(
  progress: ReadingProgress,
  edition: EditionKey,
  chapter: ChapterId,
  done: boolean,
): ReadingProgress {
  const current = chapterRecord(progress, edition, chapter);
  const sectionCount = current?.sectionCount ?? 0;
  return withRecord(
    progress,
    edition,
    chapter,
    done
      ? { sectionCount, read: current?.read ?? [], markedDone: true }
      : { sectionCount, read: [], markedDone: false },
  );
}

export function withLastPosition(progress: ReadingProgress, last: LastPosition): ReadingProgress {
  const previous = progress.last;
  if (
    previous !== null &&
    previous.edition === last.edition &&
    previous.chapter === last.chapter &&
    previous.section === last.section &&
    previous.sectionTitle === last.sectionTitle &&
    previous.anchor === last.anchor &&
    previous.offset === last.offset
  ) {
    return progress;
  }
  const sectionTitle = last.sectionTitle === null ? null : last.sectionTitle.slice(0, maxTitleLength);
  return { ...progress, last: { ...last, sectionTitle } };
}

export interface ChapterLocation {
  readonly edition: EditionKey;
  readonly chapter: ChapterId;
}

/**
 * 문서 주소(`baseUrl`을 포함한 경로, 예: `/docker-study/docs/2025.02/network`)가 어느 판의 어느 장인지.
 * 장이 아닌 문서(소개, 용어집)와 다른 주소는 null입니다.
 */
export function chapterAtPath(pathname: string, baseUrl: string): ChapterLocation | null {
  const base = baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl;
  if (!pathname.startsWith(`${base}/`)) return null;
  const sitePath = pathname.slice(base.length).replace(/\/$/, '');
  for (const edition of editionKeys) {
    for (const chapter of chapters) {
      if (sitePath === `${editions[edition].basePath}${chapter.slug}`) {
        return { edition, chapter: chapter.id };
      }
    }
  }
  return null;
}

/** 장의 주소(`baseUrl` 없이, 예: `/docs/2025.02/network#bridge`). Docusaurus `Link`의 `to`에 씁니다. */
export function chapterHref(edition: EditionKey, chapter: ChapterId, section: string | null): string {
  const slug = chapters.find((candidate) => candidate.id === chapter)?.slug ?? '';
  return `${editions[edition].basePath}${slug}${section === null ? '' : `#${section}`}`;
}

/** 스크롤 위치에서 읽은 절과 지금 읽는 절을 정하는 기준 (화면 높이에 대한 비율) */
export const readingLines = {
  /** 절의 끝(다음 `##` 제목, 마지막 절은 장의 끝)이 화면의 이 높이보다 위로 오면 그 절을 읽은 것으로 봅니다. */
  passed: 0.7,
  /** 제목이 이 높이보다 위에 있는 마지막 절이 지금 읽는 절입니다. */
  current: 0.4,
} as const;

export interface ReadingGeometry {
  /** 장의 `##` 제목들의 id와 화면 위쪽에서 잰 위치(px, `getBoundingClientRect().top`) */
  readonly headings: readonly { readonly id: string; readonly top: number }[];
  /** 장 끝 표시의 위치(px) */
  readonly endTop: number;
  readonly viewportHeight: number;
}

export interface ReadingSnapshot {
  /** 끝이 기준선 위로 지나간 절의 id */
  readonly passed: readonly string[];
  /** 지금 읽는 절의 순번(`headings` 안), 첫 제목 전이면 null */
  readonly currentIndex: number | null;
}

/** 한 순간의 제목 위치에서 지나간 절과 지금 읽는 절을 계산합니다. */
export function readingSnapshot({ headings, endTop, viewportHeight }: ReadingGeometry): ReadingSnapshot {
  const passedLine = viewportHeight * readingLines.passed;
  const currentLine = viewportHeight * readingLines.current;
  const passed: string[] = [];
  let currentIndex: number | null = null;
  headings.forEach((heading, index) => {
    const end = headings[index + 1]?.top ?? endTop;
    if (end < passedLine) passed.push(heading.id);
    if (heading.top < currentLine) currentIndex = index;
  });
  return { passed, currentIndex };
}

/**
 * 한 번의 측정 사이에 이보다 많은 절이 한꺼번에 기준선을 넘으면 읽으며 지나간 것이 아니라 건너뛴 것(목차나
 * 절 링크, End 키, 스크롤 막대 끌기)으로 봅니다. 손가락이나 휠로 빠르게 넘겨도 측정은 매 프레임 일어나므로
 * 보통 한 번에 한 절씩 넘어갑니다.
 */
export const maxSectionsPassedAtOnce = 3;

/**
 * 직전 측정에서 기준선 위에 있던 절(`above`)과 지금 위에 있는 절(`now`)에서 새로 지나간 절을 고릅니다.
 * 첫 측정(`above`가 undefined)은 기준만 정하고 아무것도 세지 않습니다: 페이지를 열 때 이미 위에 있는 절
 * (다시 불러온 스크롤 위치, 절 주소로 바로 간 경우)은 스크롤해 지나간 것이 아닙니다.
 */
export function sectionsPassedSince(
  above: ReadonlySet<string> | undefined,
  now: readonly string[],
): readonly string[] {
  if (above === undefined) return [];
  const crossed = now.filter((id) => !above.has(id));
  return crossed.length > maxSectionsPassedAtOnce ? [] : crossed;
}
