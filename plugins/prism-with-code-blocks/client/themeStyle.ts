import type { CSSProperties } from 'react';
import type { PrismTheme, Token } from 'prism-react-renderer';

/**
 * 테마에서 토큰 종류마다의 모양을 만드는 규칙(`prism-react-renderer`와 같음). `Highlight`(./highlight.tsx)가 쓰고, 하이드레이션하지
 * 않은 장 본문(src/theme/DocItem/Content)이 테마가 바뀔 때 서버 HTML의 코드 블록을 다시 칠할 때도 씁니다. Prism을 불러오지
 * 않으므로 다시 칠하기만 하는 쪽은 Prism을 내려받지 않습니다.
 */
export type ThemeDictionary = Record<string, CSSProperties> & { root: CSSProperties; plain: CSSProperties };

export function themeDictionary(theme: PrismTheme, language: string): ThemeDictionary {
  const styles: Record<string, CSSProperties> = {};
  for (const entry of theme.styles) {
    if (entry.languages && !entry.languages.includes(language)) continue;
    for (const type of entry.types) styles[type] = { ...styles[type], ...entry.style };
  }
  return { ...styles, root: theme.plain, plain: { ...theme.plain, backgroundColor: undefined } };
}

export function styleOfToken(
  dictionary: ThemeDictionary,
  { types, empty }: Pick<Token, 'types' | 'empty'>,
): CSSProperties | undefined {
  const [onlyType, ...otherTypes] = types;
  if (onlyType === 'plain' && otherTypes.length === 0) return empty ? { display: 'inline-block' } : undefined;
  if (onlyType !== undefined && otherTypes.length === 0 && empty) return dictionary[onlyType];
  return Object.assign(empty ? { display: 'inline-block' } : {}, ...types.map((type) => dictionary[type]));
}
