/**
 * 본문은 `namespace`, `bridge`처럼 영어로 쓰는데 학습자는 `네임스페이스`, `브리지`처럼 한글로 찾거나
 * 그 반대로 찾는 용어들입니다. 검색어에만 적용하며(색인은 본문 그대로), 양쪽 방향으로 씁니다.
 * 용어집(`src/data/glossary.ts`)의 한국어·영어 표기와 어긋나지 않게 한 단어짜리만 둡니다.
 */
const pairs: readonly (readonly [korean: string, english: string])[] = [
  ['도커', 'docker'],
  ['컨테이너', 'container'],
  ['이미지', 'image'],
  ['레지스트리', 'registry'],
  ['레이어', 'layer'],
  ['볼륨', 'volume'],
  ['네트워크', 'network'],
  ['브리지', 'bridge'],
  ['브릿지', 'bridge'],
  ['오버레이', 'overlay'],
  ['네임스페이스', 'namespace'],
  ['하이퍼바이저', 'hypervisor'],
  ['도커파일', 'dockerfile'],
  ['컴포즈', 'compose'],
  ['빌드킷', 'buildkit'],
  ['데몬', 'daemon'],
  ['태그', 'tag'],
  ['다이제스트', 'digest'],
  ['캐시', 'cache'],
  ['엔트리포인트', 'entrypoint'],
  ['루트리스', 'rootless'],
  ['리눅스', 'linux'],
  ['윈도우', 'windows'],
  ['맥', 'macos'],
];

const table = new Map<string, string[]>();
for (const [korean, english] of pairs) {
  table.set(korean, [...(table.get(korean) ?? []), english]);
  table.set(english, [...(table.get(english) ?? []), korean]);
}

/** 정규화한(소문자) 단어의 다른 표기들. 없으면 빈 배열. */
export function synonymsOf(term: string): readonly string[] {
  return table.get(term) ?? [];
}
