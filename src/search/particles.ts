/**
 * 한국어 단어 끝의 조사(와 `하다`/`되다` 활용 어미 일부)를 떼어 내는 작은 규칙 집합입니다.
 *
 * 검색 엔진은 `컨테이너를`을 한 단어로 색인하므로, 그대로 두면 `컨테이너`로는 `컨테이너에서`를
 * 찾을 수 있어도(앞부분 일치) `컨테이너를 실행`으로는 `컨테이너가 실행`을 찾지 못합니다.
 * 형태소 분석기는 사전 때문에 수 MB가 되므로 쓰지 않고, 문서에 실제로 나오는 끝말만 목록으로 둡니다.
 * 잘못 떼는 경우(`정의` → `정`)가 있어도 색인에는 원래 형태를 함께 넣으므로 원래 단어 검색은 잃지 않습니다.
 */

const hangulSyllable = /^[\uac00-\ud7a3]$/;

/** 긴 것부터 맞춰 봐야 `에서는`을 `는`만 떼고 멈추지 않습니다. */
const particles: readonly string[] = [
  // 세 글자 이상
  '에서부터',
  '으로부터',
  '에서는',
  '에서도',
  '에서의',
  '에서만',
  '으로는',
  '으로도',
  '으로서',
  '으로써',
  '으로의',
  '에게는',
  '에게도',
  '까지는',
  '까지도',
  '부터는',
  '끼리는',
  '끼리도',
  '이라는',
  '이라고',
  '이라면',
  '이지만',
  '이므로',
  '입니다',
  '이라도',
  // 두 글자
  '과의',
  '와의',
  '에는',
  '에도',
  '에만',
  '로는',
  '로도',
  '로서',
  '로써',
  '로의',
  '라는',
  '라고',
  '에서',
  '에게',
  '한테',
  '으로',
  '까지',
  '부터',
  '처럼',
  '보다',
  '마다',
  // `컨테이너끼리 통신`: 학습자가 흔히 붙이는 접미사
  '끼리',
  '조차',
  '만큼',
  '이나',
  '이며',
  '이고',
  '이다',
  '이란',
  '이든',
  // `초판이랑 개정판`: 말할 때 쓰는 `와`/`과`
  '이랑',
  // 한 글자
  '과',
  '와',
  '랑',
  '을',
  '를',
  '이',
  '가',
  '은',
  '는',
  '의',
  '에',
  '로',
  '도',
  '만',
  '란',
];

/**
 * `실행하는`, `생성됩니다`처럼 한자어 명사에 붙은 `하다`/`되다` 활용. 학습자는 `실행하는 법`처럼
 * 동사로 검색하기도 하므로 명사 부분(`실행`)도 색인합니다. 말하듯 치는 끝(`재시작돼요`, `삭제했는데`, `설치함`)도
 * 같이 뗍니다. 명사가 두 글자 이상일 때만 뗍니다.
 */
const predicateEndings: readonly string[] = [
  '하겠습니다',
  '하니까',
  '되니까',
  '했는데',
  '됐는데',
  '했더니',
  '됐더니',
  '하더니',
  '하는데',
  '되는데',
  '했어요',
  '됐어요',
  '하나요',
  '되나요',
  '했습니다',
  '합니다',
  '됩니다',
  '하려면',
  '되려면',
  '해야',
  '하는',
  '되는',
  '하면',
  '되면',
  '하고',
  '되고',
  '하여',
  '되어',
  '해서',
  '돼서',
  '하지',
  '되지',
  '하기',
  '되기',
  '한다',
  '된다',
  '했다',
  '됐다',
  '해요',
  '돼요',
  '되요',
  '했어',
  '됐어',
  '했음',
  '됐음',
  '해도',
  '돼도',
  '하니',
  '되니',
  '함',
  '됨',
  '한',
  '된',
  '할',
  '될',
  '해',
  '돼',
];

/** 뒤에 조사가 붙을 수 있는 복수 접미사 */
const pluralSuffix = '들';

function isHangul(text: string): boolean {
  for (const char of text) {
    if (!hangulSyllable.test(char)) return false;
  }
  return text.length > 0;
}

function stripLongestSuffix(word: string, suffixes: readonly string[], minStem: number): string | undefined {
  for (const suffix of suffixes) {
    if (word.length - suffix.length >= minStem && word.endsWith(suffix)) {
      return word.slice(0, word.length - suffix.length);
    }
  }
  return undefined;
}

/**
 * 단어 끝의 조사나 `하다`/`되다` 활용을 뗀 형태를 돌려줍니다. 뗄 것이 없으면 `undefined`.
 * 단어 전체가 한글일 때만 다룹니다(`cgroups를`처럼 영어에 붙은 조사는 토크나이저가 따로 나눕니다).
 */
export function stripParticle(word: string): string | undefined {
  if (!isHangul(word) || word.length < 2) return undefined;
  // 활용 어미를 먼저 봐야 `실행하는`이 조사 `는`만 떼인 `실행하`로 끝나지 않습니다.
  // 명사가 두 글자 이상이어야 하므로 `제한`, `이해`, `권한` 같은 두 글자 명사는 그대로 둡니다.
  let stem = stripLongestSuffix(word, predicateEndings, 2);
  if (stem === undefined) stem = stripLongestSuffix(word, particles, 1);
  if (stem === undefined) return undefined;
  // `컨테이너들을` → `컨테이너들` → `컨테이너`
  if (stem.length >= 3 && stem.endsWith(pluralSuffix)) stem = stem.slice(0, -1);
  return stem;
}
