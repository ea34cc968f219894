/**
 * 본문에서 검색어를 표시할 위치를 찾습니다. 결과 목록의 발췌문과 대상 페이지의 표시가 같은 규칙을 씁니다.
 */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

const wordChar = /[\p{L}\p{N}]/u;

/**
 * `terms`(정규화한 소문자, 긴 것부터)가 단어의 시작에 나오는 곳을 찾아 겹치지 않는 범위로 돌려줍니다.
 * 단어 시작에서만 찾는 것은 `run`이 `runc`에서는 표시되어도 `overrun` 가운데에서는 표시되지 않게 하기 위해서입니다.
 */
export function findHighlightRanges(text: string, terms: readonly string[]): TextRange[] {
  const lower = text.toLowerCase();
  // 소문자로 바꾸며 길이가 달라지는 드문 문자가 있으면 위치가 어긋나므로 표시하지 않습니다.
  if (lower.length !== text.length || terms.length === 0) return [];
  const ranges: TextRange[] = [];
  let index = 0;
  while (index < lower.length) {
    const atWordStart = index === 0 || !wordChar.test(lower[index - 1] ?? '');
    const term = atWordStart ? terms.find((candidate) => lower.startsWith(candidate, index)) : undefined;
    if (term) {
      ranges.push({ start: index, end: index + term.length });
      index += term.length;
    } else {
      index += 1;
    }
  }
  return ranges;
}

/** 표시할 부분과 아닌 부분으로 나눈 글. React 요소로 그릴 때 HTML을 끼워 넣지 않기 위해 씁니다. */
export interface TextSegment {
  readonly text: string;
  readonly highlighted: boolean;
}

export function toSegments(text: string, ranges: readonly TextRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start > cursor) segments.push({ text: text.slice(cursor, range.start), highlighted: false });
    segments.push({ text: text.slice(range.start, range.end), highlighted: true });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), highlighted: false });
  return segments;
}
