import { editions } from '../data/editions';

/**
 * 문서 버전 이름을 독자가 읽는 판 이름으로 바꿉니다. 플러그인(Node)도 이 파일을 읽으므로
 * `@site` 별칭 대신 상대 경로로 가져옵니다.
 */
const editionsInOrder = [editions.revised, editions.first];

/** 판 이름. `src/data/editions.ts`에 없는 버전은 문서 플러그인이 붙인 라벨을 그대로 씁니다. */
export function editionLabel(versionName: string, fallback: string): string {
  return editionsInOrder.find((edition) => edition.version === versionName)?.label ?? fallback;
}

/** 판을 보여 줄 순서: 개정판이 먼저, 그다음 초판, 모르는 버전은 맨 뒤입니다. */
export function editionRank(versionName: string): number {
  const rank = editionsInOrder.findIndex((edition) => edition.version === versionName);
  return rank === -1 ? editionsInOrder.length : rank;
}
