import { chaptersIn, type EditionKey } from '../data/chapters';

const units = ['', '한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉'] as const;
const tens = ['', '열', '스물', '서른', '마흔', '쉰'] as const;

/**
 * 장 수를 글에 쓰는 고유어 수 관형사로 바꿉니다: 6 → `여섯`, 7 → `일곱`, 12 → `열두`, 20 → `스무`.
 * 59를 넘으면 숫자로 씁니다. "여섯 개의 장"처럼 독자가 읽는 수는 손으로 적지 않고 이 함수로 데이터에서 만듭니다.
 */
export function koreanCountWord(count: number): string {
  if (!Number.isInteger(count) || count < 1 || count > 59) return String(count);
  if (count === 20) return '스무';
  return `${tens[Math.floor(count / 10)] ?? ''}${units[count % 10] ?? ''}`;
}

/** 판에 실린 장의 수 (`src/data/chapters.ts`의 `editions`) */
export function chapterCount(edition: EditionKey = 'revised'): number {
  return chaptersIn(edition).length;
}

/** `여섯 개의 장`처럼 판에 실린 장의 수를 말하는 말 */
export function chapterCountPhrase(edition: EditionKey = 'revised'): string {
  return `${koreanCountWord(chapterCount(edition))} 개의 장`;
}
