/**
 * 본문 인라인 코드를 어디서 줄 바꿈해도 되는지 정합니다(src/theme/CodeInline, tests/browser/reading-surfaces.test.ts).
 * 플래그나 짧은 토큰(`--no-pause`, `hello-web:1.0`)은 한 덩어리로 두고, 긴 토큰(경로, `--opt=값`)은 `/ . = ,` 뒤에서만
 * 끊습니다. 낱말 사이의 공백은 그대로 줄 바꿈 자리입니다. 브라우저 기본(`overflow-wrap: break-word`)은 하이픈 뒤나
 * 아무 글자에서나 끊어 "--" / "no-pause"처럼 잘못 복사하기 쉬운 모양을 만들었습니다.
 */

/** 이보다 긴 조각은 한 덩어리로 두지 않습니다(좁은 화면의 제목에서도 한 줄에 들어가는 길이). */
export const maxUnbrokenLength = 20;

/** 긴 토큰을 끊어도 되는 글자: 이 글자 뒤에서 끊습니다. */
const breakAfter = /(?<=[/.=,])/;

export type InlineCodePart =
  /** 공백: 줄 바꿈 자리 */
  | { readonly kind: 'space'; readonly text: string }
  /** 한 덩어리로 둘 조각 */
  | { readonly kind: 'unbroken'; readonly text: string }
  /** 너무 길어 한 덩어리로 둘 수 없는 조각(브라우저가 알아서 끊음) */
  | { readonly kind: 'loose'; readonly text: string }
  /** 긴 토큰 안의 줄 바꿈 자리(`<wbr>`) */
  | { readonly kind: 'break' };

/** 영문자·숫자·밑줄·한글만 있는 토큰은 브라우저도 안에서 끊지 않으므로 따로 감쌀 필요가 없습니다. */
const plainWord = /^[\p{L}\p{N}_]+$/u;

export function splitInlineCode(text: string): InlineCodePart[] {
  const parts: InlineCodePart[] = [];
  for (const token of text.split(/(\s+)/)) {
    if (token === '') continue;
    if (/^\s+$/.test(token)) {
      parts.push({ kind: 'space', text: token });
    } else if (plainWord.test(token)) {
      parts.push({ kind: 'loose', text: token });
    } else if (token.length <= maxUnbrokenLength) {
      parts.push({ kind: 'unbroken', text: token });
    } else {
      token.split(breakAfter).forEach((piece, index) => {
        if (index > 0) parts.push({ kind: 'break' });
        parts.push({ kind: piece.length <= maxUnbrokenLength ? 'unbroken' : 'loose', text: piece });
      });
    }
  }
  return parts;
}

/**
 * 브라우저에서 잰 줄 바꿈 자리가 규칙에 맞는지: `index`는 새 줄이 시작하는 글자의 위치입니다. 공백 앞뒤, 긴 토큰의
 * `/ . = ,` 뒤, 한 덩어리로 둘 수 없는 긴 조각 안은 괜찮습니다.
 */
export function isAllowedBreak(text: string, index: number): boolean {
  let offset = 0;
  for (const part of splitInlineCode(text)) {
    if (part.kind === 'break') continue;
    const start = offset;
    offset += part.text.length;
    if (index === start) return true;
    if (index > start && index < offset) return part.kind === 'space' || part.kind === 'loose';
  }
  return true;
}
