/**
 * 문서 버전(판)의 이름. 문서 플러그인의 버전 이름을 독자가 읽는 이름으로 바꿀 때 씁니다.
 * `current`는 개정판, `2025.02`는 원래 글에 가까운 초판입니다.
 * 여기에 없는 버전은 문서 플러그인의 `label`을 그대로 씁니다.
 */
export const editionLabels: Readonly<Record<string, string>> = {
  current: '개정판',
  '2025.02': '초판 (2025.02)',
};

/** 판을 보여 줄 순서: 개정판이 먼저, 그다음 초판입니다. */
export const editionOrder: readonly string[] = ['current', '2025.02'];

export function editionLabel(versionName: string, fallback: string): string {
  return editionLabels[versionName] ?? fallback;
}
