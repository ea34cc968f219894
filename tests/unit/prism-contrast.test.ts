import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PrismTheme } from 'prism-react-renderer';
import { darkCodeTheme, lightCodeTheme } from '../../config/prism';
import { contrastRatio } from '../support/contrast';

/** 본문 크기 글자에 필요한 WCAG AA 대비 */
const minimumRatio = 4.5;

function lowContrastTokens(theme: PrismTheme): string[] {
  const background = theme.plain.backgroundColor;
  assert.ok(background, '코드 블록 테마에 배경색(plain.backgroundColor)이 없습니다');
  const colors = [
    { types: ['plain'], color: theme.plain.color },
    ...theme.styles.map((entry) => ({ types: entry.types, color: entry.style.color })),
  ];
  return colors.flatMap(({ types, color }) => {
    if (color === undefined) return [];
    const ratio = contrastRatio(color, background);
    return ratio < minimumRatio
      ? [`${types.join(', ')}: ${color} / ${background} = ${ratio.toFixed(2)}:1`]
      : [];
  });
}

for (const [name, theme] of [
  ['밝은 테마(vsLight 기반)', lightCodeTheme],
  ['어두운 테마(dracula 기반)', darkCodeTheme],
] as const) {
  test(`코드 블록 ${name}의 모든 토큰 색이 배경과 ${minimumRatio}:1 이상 대비된다`, () => {
    const problems = lowContrastTokens(theme);
    assert.deepEqual(
      problems,
      [],
      `대비가 모자란 토큰 색입니다. config/prism.ts의 withTokenColors로 더 진한(밝은) 색을 주세요:\n${problems.join('\n')}`,
    );
  });
}
