import './manualPrism';
import { useMemo, type CSSProperties, type ReactNode } from 'react';
import Prism from 'prismjs';
import type { HighlightProps, Token } from 'prism-react-renderer';
import { styleOfToken, themeDictionary } from './themeStyle';

/**
 * `prism-react-renderer`의 `Highlight`와 같은 render-prop API와 같은 출력. 번들(Rspack, webpack, 서버 렌더링 포함)은
 * `prism-react-renderer`를 이 모듈로 잇습니다(`../index.ts`). 원래 패키지는 언어 30여 개를 미리 붙인 Prism을 안고 있어, 모듈을 읽을 때
 * `insertBefore`가 매번 모든 문법을 훑는 데 휴대폰에서 수백 ms를 씁니다. 여기서는 `prismjs` 기본 묶음(markup, css,
 * clike, javascript)에 `additionalLanguages`만 붙입니다. 같은 출력인지는 `tests/unit/highlight.test.ts`가 모든 글의
 * 코드 블록을 두 구현으로 그려 비교합니다.
 */
export { Prism };

type TokenStream = Prism.TokenStream;

function appendTypes(types: readonly string[], add: string | string[]): string[] {
  return types.length > 0 && types[types.length - 1] === add ? [...types] : types.concat(add);
}

/** Prism의 토큰 나무를 줄마다의 평평한 토큰 목록으로 바꿉니다. 빈 줄은 내용 `\n`인 토큰 하나가 됩니다. */
export function normalizeTokens(stream: TokenStream): Token[][] {
  let line: Token[] = [];
  const lines: Token[][] = [line];
  const closeLine = (): void => {
    const [only, ...others] = line;
    if (only === undefined) line.push({ types: ['plain'], content: '\n', empty: true });
    else if (others.length === 0 && only.content === '') line[0] = { ...only, content: '\n', empty: true };
  };
  const visit = (items: TokenStream, types: string[]): void => {
    for (const item of Array.isArray(items) ? items : [items]) {
      if (typeof item === 'string') {
        const [first = '', ...rest] = item.split(/\r\n|\r|\n/);
        const textTypes = types.length > 0 ? types : ['plain'];
        line.push({ types: textTypes, content: first });
        for (const part of rest) {
          closeLine();
          line = [{ types: textTypes, content: part }];
          lines.push(line);
        }
        continue;
      }
      const tokenTypes = item.alias
        ? appendTypes(appendTypes(types, item.type), item.alias)
        : appendTypes(types, item.type);
      visit(item.content, tokenTypes);
    }
  };
  visit(stream, []);
  closeLine();
  return lines;
}

export function Highlight({
  children,
  language: languageProp,
  code,
  theme,
  prism = Prism,
}: HighlightProps): ReactNode {
  if (theme === undefined) throw new Error('Highlight: theme이 없습니다 (themeConfig.prism.theme)');
  const language = languageProp.toLowerCase();
  const dictionary = useMemo(() => themeDictionary(theme, language), [theme, language]);
  const grammar = prism.languages[language];
  const tokens = useMemo(() => {
    if (grammar === undefined) return normalizeTokens([code]);
    const env = { code, grammar, language, tokens: [] as TokenStream };
    prism.hooks.run('before-tokenize', env);
    env.tokens = prism.tokenize(code, grammar);
    prism.hooks.run('after-tokenize', env);
    return normalizeTokens(env.tokens);
  }, [prism, code, grammar, language]);

  const tokenStyle = (token: Token): CSSProperties | undefined => styleOfToken(dictionary, token);

  return children({
    tokens,
    className: `prism-code language-${language}`,
    style: dictionary.root,
    getLineProps: ({ className, style, line, ...rest }) => ({
      ...rest,
      className: ['token-line', className].filter(Boolean).join(' '),
      style: style == null ? dictionary.plain : { ...dictionary.plain, ...style },
    }),
    getTokenProps: ({ token, className, style, ...rest }) => ({
      ...rest,
      className: ['token', ...token.types, className].filter(Boolean).join(' '),
      children: token.content,
      style: style == null ? tokenStyle(token) : { ...tokenStyle(token), ...style },
    }),
  });
}
