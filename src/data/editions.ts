/** 시리즈의 두 판. 버전 설정, 배너 문구, 변경 내역 페이지가 같은 이름과 경로를 쓰도록 한곳에 둡니다. */
export interface Edition {
  /** Docusaurus 문서 버전 이름 (`current`는 개정판) */
  readonly version: string;
  readonly label: string;
  /** 이 판 문서의 경로 앞부분 */
  readonly basePath: string;
}

export const editions = {
  revised: { version: 'current', label: '개정판', basePath: '/docs' },
  first: { version: '2025.02', label: '초판 (2025.02)', basePath: '/docs/2025.02' },
} as const satisfies Record<string, Edition>;

export type EditionKey = keyof typeof editions;

/** Docusaurus 문서 버전 이름(`current`, `2025.02`)의 판 키. 모르는 버전이면 undefined */
export function editionKeyOfVersion(version: string): EditionKey | undefined {
  return (Object.keys(editions) as EditionKey[]).find((key) => editions[key].version === version);
}
