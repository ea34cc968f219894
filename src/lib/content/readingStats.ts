/**
 * 장의 읽는 시간과 절 수. 빌드할 때 `plugins/reading-stats`가 두 판의 장 MDX에서 계산해 홈 카드와 장 첫머리에 넘깁니다.
 *
 * 가정(README "읽기 진행"에 같은 말):
 * - 본문은 코드 블록 밖의 한글 음절을 분당 500자로 읽습니다. 한국어 성인의 묵독 속도로 흔히 드는 값이고,
 *   이 시리즈의 글은 낯선 용어가 많아 빠른 쪽의 값(600자 이상)은 쓰지 않았습니다.
 * - 코드 블록(명령, 출력 예, Dockerfile, Mermaid 그림의 원본)은 따로 세어, 빈 줄을 뺀 줄을 분당 30줄로 봅니다.
 *   명령은 한 줄씩 읽고 출력 예는 훑어보므로 둘의 중간 값입니다. 본문의 영어 낱말은 세지 않습니다.
 * - 더한 값을 분 단위로 올림합니다.
 * - 절은 `##` 제목의 수입니다. 읽기 진행("절 N개 중 M개")도 같은 `##` 절을 셉니다.
 */
import { countHangulSyllables, proseText, type MarkdownDocument } from './markdown';

export const syllablesPerMinute = 500;
export const codeLinesPerMinute = 30;

export interface ReadingStats {
  /** 읽는 데 걸리는 시간(분, 올림) */
  readonly minutes: number;
  /** `##` 절의 수 */
  readonly sections: number;
  /** 코드 블록 밖의 한글 음절 수 */
  readonly syllables: number;
  /** 코드 블록의 빈 줄이 아닌 줄 수 */
  readonly codeLines: number;
}

export function readingStats(document: MarkdownDocument): ReadingStats {
  const syllables = countHangulSyllables(proseText(document));
  const codeLines = document.codeBlocks.reduce(
    (sum, block) => sum + block.contentLines.filter((line) => line.trim() !== '').length,
    0,
  );
  return {
    minutes: Math.ceil(syllables / syllablesPerMinute + codeLines / codeLinesPerMinute),
    sections: document.headings.filter((heading) => heading.level === 2).length,
    syllables,
    codeLines,
  };
}
