import { canonicalTagKey } from '@site/src/data/tagAliases';

/** 선택을 담는 주소의 검색 매개변수 이름 (`?tags=network,docker`). 태그 목록 폼의 버튼 이름이기도 합니다. */
export const selectionParameter = 'tags';

/**
 * 주소의 `?tags=network,docker`를 읽어 정식 태그 키 목록으로 바꿉니다.
 * 별칭(`asac7` 등)은 정식 태그로 바꾸고, 모르는 태그와 겹친 태그는 뺍니다.
 */
export function parseSelectedTags(search: string, knownKeys: ReadonlySet<string>): string[] {
  const params = new URLSearchParams(search);
  const keys = params
    .getAll(selectionParameter)
    .flatMap((value) => value.split(','))
    .map((value) => canonicalTagKey(value.trim()))
    .filter((key) => knownKeys.has(key));
  return [...new Set(keys)];
}

/** 선택을 주소의 검색 부분으로 씁니다. 쉼표는 인코딩하지 않아 주소를 읽기 쉽게 둡니다. */
export function selectionSearch(keys: readonly string[]): string {
  return keys.length === 0
    ? ''
    : `?${selectionParameter}=${keys.map((key) => encodeURIComponent(key)).join(',')}`;
}

/** 한글을 조합형과 완성형 어느 쪽으로 입력해도 같게 비교하려고 NFC로 맞추고 소문자로 바꿉니다. */
export function normalizeForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('ko').trim();
}
