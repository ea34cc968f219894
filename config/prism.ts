import { themes, type PrismTheme } from 'prism-react-renderer';

/**
 * 코드 블록 테마. vsLight와 dracula를 쓰되, 배경과의 대비가 WCAG AA(4.5:1)에 못 미치는 토큰 색만 바꿉니다.
 * - vsLight `attr-name`(ini의 키 등) #ff0000은 흰 배경에서 4.0:1 → #d40000 (5.5:1)
 * - dracula `comment` #6272a4는 #282a36 배경에서 3.0:1 → #8a99cc (5.1:1). 셸 예제의 주석이 모두 이 색입니다.
 * `tests/unit/prism-contrast.test.ts`가 두 테마의 모든 토큰 색을 검사합니다.
 */
function withTokenColors(theme: PrismTheme, colors: Readonly<Record<string, string>>): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map((entry) => {
      const override = entry.types.map((type) => colors[type]).find((color) => color !== undefined);
      return override === undefined ? entry : { ...entry, style: { ...entry.style, color: override } };
    }),
  };
}

export const lightCodeTheme = withTokenColors(themes.vsLight, { 'attr-name': '#d40000' });
export const darkCodeTheme = withTokenColors(themes.dracula, { comment: '#8a99cc' });

/**
 * Prism 기본 묶음(markup, css, clike, javascript) 밖에서 글이 쓰는 언어. `docker`는 `dockerfile`이라는 이름도 붙이고,
 * `js-extras`는 `prism-react-renderer`가 붙여 두던 JavaScript 보강(메서드, `console` 등)입니다.
 * 글에 새 언어를 쓰면 여기에 더합니다(`tests/built/code-highlighting.test.ts`가 빠진 언어를 알려 줍니다).
 */
export const additionalPrismLanguages = [
  'js-extras',
  'bash',
  'docker',
  'json',
  'yaml',
  'ini',
  'nginx',
  'powershell',
];
