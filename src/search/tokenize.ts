import { stripParticle } from './particles';
import { synonymsOf } from './synonyms';

/**
 * 색인과 검색어가 같은 규칙으로 단어를 나누도록 둘 다 이 파일을 씁니다.
 * (빌드 때 Node에서 색인을 만들고, 브라우저에서 검색어를 나눕니다.)
 */

/** 전각 문자와 호환 문자를 풀고 소문자로 바꿉니다. 길이가 바뀌지 않는 문자만 쓰는 본문이라 위치가 그대로 맞습니다. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * 글자와 숫자의 연속. 단어 안의 `.`, `-`, `_`, `+`는 이어 붙여 `docker-proxy`, `memory.max`,
 * `gw-priority`를 한 단어로 봅니다. 앞에 붙은 점(`.dockerignore`)은 단어에 넣지 않습니다.
 */
const wordPattern = /[\p{L}\p{N}]+(?:[._+-][\p{L}\p{N}]+)*/gu;
const joinerPattern = /[._+-]/;
/** `cgroups를`, `WSL2에서`: 영어·숫자 뒤에 한글이 붙은 단어 */
const latinThenHangul = /^([a-z0-9][a-z0-9._+-]*?)([\uac00-\ud7a3]+)$/;
const hangulOnly = /^[\uac00-\ud7a3]+$/;
/** `타입1`: 한글 뒤에 숫자를 붙여 쓴 단어 */
const hangulThenDigits = /^([\uac00-\ud7a3]+)(v?\d+)$/;
const latinWord = /^[a-z]+$/;
const digitsOnly = /^\d+$/;

export interface Word {
  /** 정규화한 본문에서 단어의 시작 위치 */
  readonly start: number;
  readonly text: string;
}

/** 정규화한 본문을 단어로 나눕니다. */
export function splitWords(normalized: string): Word[] {
  return [...normalized.matchAll(wordPattern)].map((match) => ({ start: match.index, text: match[0] }));
}

/**
 * 한 단어를 색인할 때 넣을 모든 형태. 원래 형태를 언제나 넣고, 뗄 수 있으면 조사를 뗀 형태,
 * 영어에 붙은 한글(`cgroups를` → `cgroups`), 이어 쓴 단어의 조각(`docker-proxy` → `docker`, `proxy`)을 더합니다.
 */
export function indexForms(word: string): string[] {
  const forms = new Set<string>([word]);
  const add = (form: string): void => {
    forms.add(form);
    const stripped = stripParticle(form);
    if (stripped !== undefined) forms.add(stripped);
    const mixed = latinThenHangul.exec(form);
    if (mixed?.[1]) {
      forms.add(mixed[1]);
      if (joinerPattern.test(mixed[1])) {
        for (const part of mixed[1].split(joinerPattern)) if (part) forms.add(part);
      }
    }
  };
  add(word);
  if (joinerPattern.test(word)) {
    for (const part of word.split(joinerPattern)) if (part) add(part);
  }
  return [...forms];
}

/** 명령줄 플래그(`-d`, `--init`)는 앞의 `-`까지 한 형태로: 맨 앞이나 공백·괄호·따옴표 뒤의 `-`/`--` */
const flagStart = /(?:^|[\s([`'"=])(--?)$/u;

/**
 * 단어 앞에 `-`나 `--`가 붙어 있으면(`docker run -d`, `--init과`) 플래그 형태(`-d`, `--init`)를 돌려줍니다.
 * 한 글자 플래그(`-d`, `-p`)는 `d`, `p`로는 아무 데나 걸리므로, 플래그로 쓴 곳만 따로 찾을 수 있게 합니다.
 */
export function flagForm(normalized: string, word: Word): string | undefined {
  const dashes = flagStart.exec(normalized.slice(Math.max(0, word.start - 3), word.start))?.[1];
  if (dashes === undefined) return undefined;
  const latin = latinThenHangul.exec(word.text)?.[1] ?? word.text;
  return /^[a-z0-9][a-z0-9-]*$/.test(latin) ? `${dashes}${latin}` : undefined;
}

/**
 * 본문 전체를 색인 형태의 목록으로 바꿉니다. `WSL 2`, `Type 1`처럼 영어 단어 뒤에 숫자만 띄어 쓴 것은
 * 붙인 형태(`wsl2`)도 넣어 `WSL2`로 찾을 수 있게 합니다.
 */
export function indexTerms(text: string): { readonly terms: string[]; readonly wordCount: number } {
  const normalized = normalizeText(text);
  const words = splitWords(normalized);
  const terms: string[] = [];
  words.forEach((word, index) => {
    terms.push(...indexForms(word.text));
    const flag = flagForm(normalized, word);
    if (flag !== undefined) terms.push(flag);
    const next = words[index + 1];
    if (
      next &&
      latinWord.test(word.text) &&
      digitsOnly.test(next.text) &&
      next.start === word.start + word.text.length + 1
    ) {
      terms.push(word.text + next.text);
    }
  });
  return { terms, wordCount: words.length };
}

/** 검색어 한 단어를 색인에서 찾는 방법 */
export interface TermAlternative {
  readonly term: string;
  /** `prefix`: 이 형태로 시작하는 모든 색인 단어, `exact`: 같은 단어만, `plural`: 같은 단어와 `-s` */
  readonly match: 'prefix' | 'exact' | 'plural';
  /** 원래 형태 1, 바꾼 형태는 조금 낮게 쳐서 원래 단어가 있는 글이 위로 오게 합니다. */
  readonly weight: number;
}

export interface QueryWord {
  /** 검색어에 입력한 그대로(정규화만) */
  readonly text: string;
  readonly alternatives: readonly TermAlternative[];
}

/** 플래그로 입력한 단어(`-d`)가 플래그가 아닌 곳(`d`)에 걸릴 때의 무게 */
const flagOnlyAsWord = 0.3;

/** 앞부분 일치는 한 글자 영어(`v`, `1`)에 쓰면 너무 많이 걸리므로, 한글이거나 두 글자 이상일 때만 씁니다. */
function prefixOrExact(term: string): TermAlternative['match'] {
  return hangulOnly.test(term) || term.length >= 2 ? 'prefix' : 'exact';
}

/**
 * 학습자가 검색어 끝에 붙이는 말(`~하는 법`, `~ 뜻`, `~가 뭐야`). 다른 단어가 있으면 검색에서 뺍니다.
 * 제목과 본문에 흔히 나와 아무 절에나 걸리기 때문입니다.
 */
const fillerWords = new Set([
  // `달라진 점`, `좋은 점`의 `점`
  '점',
  // `안 될 때`: 책의 제목도 `~ 때는`으로 묻지만, 무엇이 안 되는지가 주제입니다.
  '될',
  '때',
  // 띄어 쓴 조사와 말끝(`environment 랑 env_file 둘 다`, `COPY 만`, `이유가 뭐예요`)
  '랑',
  '이랑',
  '만',
  '둘',
  '다',
  '뭐예요',
  '뭐에요',
  '뭔가요',
  // `뭐가 우선`, `뭐가 다름`(`다름`이 물음입니다)
  '뭐가',
  '법',
  '뭐야',
  '뭐',
  '뭔가',
  '란',
  '뜻',
  '좀',
  '어떻게',
  '무엇',
  '하는',
  '하는법',
  '쓰나',
  '씀',
  // 검색어에 붙는 말투와 하소연(`~ 뜸`, `안 됨`, `자꾸`, `했는데`). 무엇이 잘못됐는지가 아니라 잘못됐다는 사실만 말하고,
  // 책의 본문 어디에나 나오는 말이라(`됩니다`, `합니다`) 앞부분 일치로 아무 절에나 걸립니다.
  '뜸',
  '뜹니다',
  '뜨는데',
  '나옴',
  '남',
  '안',
  '됨',
  '안됨',
  '돼',
  '되나',
  '되나요',
  '됐는데',
  '했는데',
  '하는데',
  '해도',
  '할때',
  '할때마다',
  '하면',
  '하려면',
  '해야됨',
  '해야',
  '자꾸',
  '계속',
  '너무',
  '그냥',
  '싹',
  '한번에',
  '뭐임',
  '뭔데',
  '뭐지',
  '무슨',
  '그럼',
  '거임',
  '건가',
  '건지',
  '같은거임',
  '뭐하는거',
  '하는거',
  '싶음',
  '싶어요',
  '방법',
  '법좀',
  '라고',
  '이라고',
  // 띄어 쓴 조사(`docker stop 이 오래 걸릴 때`, `docker ps 와 docker container ls`)
  '이',
  '가',
  '은',
  '는',
  '을',
  '를',
  '와',
  '과',
  '의',
  '에',
  '로',
  '으로',
  '에서',
  // 영어로 묻는 사람의 기능어(`why is my image so big`, `what is docker-proxy`). 본문과 제목 id(`what-is-wsl2`,
  // `why-docker`)에 흔해, 남겨 두면 묻는 것과 상관없는 절이 이름이 맞는 절처럼 올라옵니다. 한 글자 `a`, `i`는
  // `docker run -it 에서 i`처럼 플래그 글자로도 치므로 남깁니다.
  ...['an', 'the', 'is', 'are', 'was', 'be', 'my', 'your', 'me', 'it', 'its', 'this', 'that'],
  ...['to', 'of', 'in', 'on', 'at', 'for', 'from', 'with', 'by', 'and', 'or', 'so', 'do', 'does', 'did'],
  ...['can', 'should', 'how', 'what', 'which', 'when', 'where', 'who', 'not', 'between', 'about'],
]);

/**
 * 검색어가 무엇을 묻는지 알려 주는 말. 본문에서 찾지 않고, 절 제목이 그렇게 묻는 절을 올립니다.
 * 책의 제목은 질문 꼴이라 `~ 차이`는 "무엇이 다른가", `~ 뭐야`/`~란`은 "무엇인가"로 묻습니다.
 */
const intentWords: readonly (readonly [words: readonly string[], headingTerms: readonly string[]])[] = [
  [
    [
      '차이',
      '차이점',
      '차이가',
      'vs',
      '비교',
      '다른점',
      '다름',
      '다른가',
      'difference',
      'differences',
      'compare',
    ],
    ['다른가', '다르', '차이', '비교'],
  ],
  [
    [
      '뭐야',
      '뭔가',
      '뭐',
      '란',
      '뜻',
      '의미',
      '정의',
      '뜻이에요',
      '뜻이야',
      '뜻하나요',
      '뜻하는',
      '의미하나요',
      '의미하는',
    ],
    ['무엇인가'],
  ],
];

/** `이미지란`, `OCI란`처럼 단어에 붙여 쓴 `~란`도 "무엇인가"를 묻습니다. */
const asksWhatIsSuffix = /[^란]란$/u;

/** 검색어에서 찾은 물음(`~ 차이`, `~ 뭐야`): 절 제목의 이 형태로 시작하는 단어 중 하나 */
export function queryIntents(query: string): (readonly string[])[] {
  const words = splitWords(normalizeText(query)).map((word) => word.text);
  const typed = askedForms(words);
  if (words.some((word) => asksWhatIsSuffix.test(word))) typed.add('란');
  return intentWords.filter(([words]) => words.some((word) => typed.has(word))).map(([, terms]) => terms);
}

const commandWord = /^[a-z0-9][a-z0-9._+-]*$/;

/**
 * 검색어에서 띄어 쓴 영어 단어가 둘 이상 이어진 곳(`docker run -d`, `docker container ls`, `copy on write`).
 * 명령이나 영어 용어를 그대로 친 것이므로, 본문에 그 순서 그대로 나오는 절이 그 명령을 다루는 절입니다.
 * 플래그는 `-`까지(`-d`), 한글이나 다른 기호가 끼면(`docker ps 와 docker container ls`) 거기서 끊습니다.
 */
export function commandPhrases(query: string): string[] {
  const normalized = normalizeText(query);
  const phrases: string[] = [];
  let run: string[] = [];
  let runEnd = -1;
  const flush = (): void => {
    if (run.length >= 2) phrases.push(run.join(' '));
    run = [];
  };
  for (const word of splitWords(normalized)) {
    if (!commandWord.test(word.text)) {
      flush();
      continue;
    }
    // 앞 단어와 사이에 공백(과 플래그의 `-`)만 있어야 이어진 명령입니다.
    if (run.length > 0 && !/^\s+-{0,2}$/.test(normalized.slice(runEnd, word.start))) flush();
    run.push(flagForm(normalized, word) ?? word.text);
    runEnd = word.start + word.text.length;
  }
  flush();
  return phrases;
}

/** 한글 음절을 초성·중성·종성 번호로 나누고 다시 붙입니다. */
const syllableParts = (syllable: string): [number, number, number] => {
  const code = syllable.charCodeAt(0) - 0xac00;
  return [Math.floor(code / 588), Math.floor((code % 588) / 28), code % 28];
};
const joinSyllable = (initial: number, vowel: number, final: number): string =>
  String.fromCharCode(0xac00 + initial * 588 + vowel * 28 + final);

/**
 * 학습자는 `깨짐`, `안됨`, `느림`처럼 명사형(받침 ㅁ)으로 칩니다. 책은 `깨지는가`, `느린`처럼 쓰므로
 * 받침 ㅁ을 뗀 형태(`깨지`)로 시작하는 단어도 찾습니다.
 */
function withoutNominalEnding(word: string): string | undefined {
  if (!hangulOnly.test(word) || word.length < 2) return undefined;
  const [initial, vowel, final] = syllableParts(word.charAt(word.length - 1));
  // 16: 받침 ㅁ
  if (final !== 16) return undefined;
  return word.slice(0, -1) + joinSyllable(initial, vowel, 0);
}

/** 줄어든 모음을 줄기의 모음으로: ㅕ(이+어) → ㅣ, ㅝ(우+어) → ㅜ, ㅘ(오+아) → ㅗ, ㅙ(되+어) → ㅚ */
const contractedVowels: ReadonlyMap<number, number> = new Map([
  [6, 20],
  [14, 13],
  [9, 8],
  [10, 11],
]);
/** 말할 때 붙는 끝말(긴 것부터). `요`는 따로 먼저 뗍니다. */
const spokenEndings = [
  '었는데',
  '았는데',
  '더니',
  '는데',
  '었어',
  '았어',
  '였어',
  '었음',
  '았음',
  '었다',
  '았다',
  '나',
  '네',
  '죠',
  '지',
  '어',
  '아',
];

/**
 * 말하듯 친 활용형의 줄기와 관형형. `보여요` → `보이`, `보인`; `바뀌었어` → `바뀌`, `바뀐`; `지워요` → `지우`, `지운`.
 * 형태소 분석기 없이 학습자가 흔히 치는 끝말만 다룹니다. 색인에 없는 형태는 쓰지 않으므로 틀린 줄기는 버려집니다.
 */
export function spokenVerbForms(word: string): string[] {
  if (!hangulOnly.test(word) || word.length < 2) return [];
  let stem = word.endsWith('요') ? word.slice(0, -1) : word;
  const ending = spokenEndings.find(
    (candidate) => stem.length > candidate.length && stem.endsWith(candidate),
  );
  if (ending) stem = stem.slice(0, -ending.length);
  // `바뀌었`의 `었`처럼 남은 과거 표지는 뗍니다.
  if (stem.length >= 2 && /[었았였]$/.test(stem)) stem = stem.slice(0, -1);
  let last = stem.charAt(stem.length - 1);
  if (stem.length < 1 || !hangulOnly.test(last)) return [];
  // 줄기와 한 글자로 줄어든 과거 표지(`지웠` = 지우+었, `갔` = 가+았, `됐` = 되+었)는 받침 ㅆ(20)을 뗍니다.
  const [pastInitial, pastVowel, pastFinal] = syllableParts(last);
  if (pastFinal === 20 && stem !== word) {
    stem = stem.slice(0, -1) + joinSyllable(pastInitial, pastVowel, 0);
    last = stem.charAt(stem.length - 1);
  }
  const [initial, vowel, final] = syllableParts(last);
  const restored = final === 0 ? contractedVowels.get(vowel) : undefined;
  const base = restored === undefined ? stem : stem.slice(0, -1) + joinSyllable(initial, restored, 0);
  if (base === word || base.length < 2) return [];
  const [baseInitial, baseVowel, baseFinal] = syllableParts(base.charAt(base.length - 1));
  // 관형형(`바뀐`)은 받침이 없는 줄기에 ㄴ(4)을 붙인 꼴입니다.
  const modifier = baseFinal === 0 ? base.slice(0, -1) + joinSyllable(baseInitial, baseVowel, 4) : undefined;
  return modifier === undefined ? [base] : [base, modifier];
}

/** 검색어가 둘 이상을 비교하는가(`볼륨과 바인드 마운트 차이`) */
export function asksDifference(query: string): boolean {
  const typed = askedForms(splitWords(normalizeText(query)).map((word) => word.text));
  return (intentWords[0]?.[0] ?? []).some((word) => typed.has(word));
}

const intentTyped = new Set(intentWords.flatMap(([words]) => words));
/** 물음 말이면 그 형태. 조사가 붙은 물음 말(`의미가 뭐예요`, `차이는`)은 조사를 뗀 형태입니다. */
function intentForm(text: string): string | undefined {
  if (intentTyped.has(text)) return text;
  const stem = stripParticle(text);
  return stem !== undefined && intentTyped.has(stem) ? stem : undefined;
}
/** 검색어 어디에 있어도 물음인 말. 나머지 물음 말은 용어의 일부일 수 있습니다(`사용자 정의 네트워크`의 `정의`). */
const intentAnywhere = new Set(['vs', '비교', 'difference', 'differences', 'compare']);

/** 검색어의 물음 부분(`questionPart`)의 말을 물음 말 형태로(`의미가` → `의미`) */
function askedForms(typed: readonly string[]): Set<string> {
  return new Set(questionPart(typed).map((text) => intentForm(text) ?? text));
}

/**
 * 검색어에서 물음으로 읽는 말들: 검색어 끝에 이어진 물음·군말(`ENV ARG 차이가 뭐야`의 `차이가 뭐야`)과
 * 어디에 있어도 물음인 말(`볼륨 vs 바인드마운트`의 `vs`). 가운데의 `정의`는 용어의 일부로 둡니다.
 */
function questionPart(typed: readonly string[]): string[] {
  let start = typed.length;
  while (
    start > 0 &&
    (intentForm(typed[start - 1] ?? '') !== undefined || fillerWords.has(typed[start - 1] ?? ''))
  ) {
    start -= 1;
  }
  return typed.filter((text, position) => position >= start || intentAnywhere.has(text));
}

/** 붙여 쓴 두 말 사이의 잇는 조사 */
const joiningParticles = new Set(['이랑', '랑', '과', '와']);

/**
 * 띄어 쓰지 않은 복합어(`멀티스테이지`, `바인드마운트`, `cgroupv2`, `dockercompose`)를 색인에 있는 단어들로 나눕니다.
 * 색인에 그 형태가 그대로 없을 때만 나누고, 조각은 두 글자 이상, 가장 적은 조각으로 나눕니다. 한글과 영어가 섞인
 * 단어는 나누지 않습니다(`docker를`은 조사를 떼는 쪽이 맡습니다).
 */
function splitCompound(word: string, known: (term: string) => boolean): string[] | undefined {
  const hangul = hangulOnly.test(word);
  const splittable = hangul ? word.length >= 4 : /^[a-z0-9]{5,}$/.test(word);
  if (!splittable || known(word)) return undefined;
  const best: (string[] | undefined)[] = [[]];
  for (let end = 2; end <= word.length; end += 1) {
    for (let start = Math.max(0, end - 8); start <= end - 1; start += 1) {
      const before = best[start];
      const part = word.slice(start, end);
      // 끝에 붙은 한 글자 군말(`줄이는법`의 `법`)은 조각으로 받고, 나중에 군말로 뺍니다.
      const trailingFiller = end === word.length && part.length === 1 && fillerWords.has(part);
      // 두 말을 잇는 조사(`볼륨이랑바인드마운트`의 `이랑`)도 가운데 조각으로 받고, 나중에 군말로 뺍니다.
      const joiningParticle = start > 0 && end < word.length && joiningParticles.has(part);
      const wordPart = part.length >= 2 && (known(part) || synonymsOf(part).length > 0);
      if (!before || !(wordPart || trailingFiller || joiningParticle)) continue;
      const candidate = [...before, part];
      const current = best[end];
      if (!current || candidate.length < current.length) best[end] = candidate;
    }
  }
  const parts = best[word.length];
  // 영어는 두 단어를 붙인 것(`cgroupv2`, `dockercompose`)만 나눕니다. 더 잘게 나뉘는 말은 오타(`entrypiont`)이고,
  // 색인 단어의 앞부분 조각(`entryp` + `io` + `nt`)으로 찾으면 엉뚱한 절이 나옵니다.
  const maxParts = hangul ? word.length : 2;
  return parts && parts.length >= 2 && parts.length <= maxParts ? parts : undefined;
}

/**
 * 영어와 한글을 두 번 이상 오가며 붙여 쓴 말(`sudo없이docker쓰기`)은 글자 종류가 바뀌는 곳에서 나눕니다. 한 번만 바뀌는
 * 말(`docker를`, `타입1`)은 조사와 음차를 다루는 규칙이 맡으므로 그대로 둡니다. 나눈 조각의 군말(`를`)은 뒤에서 뺍니다.
 */
function splitScripts(text: string): string[] {
  const runs = text.match(/[a-z0-9._+-]+|[\uac00-\ud7a3]+|[^a-z0-9._+\-\uac00-\ud7a3]+/g) ?? [text];
  const letters = runs.filter((run) => /^[a-z0-9._+-]+$|^[\uac00-\ud7a3]+$/.test(run));
  return letters.length >= 3 && letters.join('') === text ? letters : [text];
}

/**
 * 검색어를 단어별 대안 목록으로 바꿉니다. 같은 단어가 두 번 나오면 한 번만 씁니다.
 * `known`(색인에 그 단어가 있는가)을 주면 띄어 쓰지 않은 복합어를 나눕니다.
 */
export function analyzeQuery(query: string, known?: (term: string) => boolean): QueryWord[] {
  const seen = new Set<string>();
  const result: QueryWord[] = [];
  const normalized = normalizeText(query);
  const typedWords = splitWords(normalized);
  /** 검색어에 플래그로 쓴 단어(`-d`)의 플래그 형태 */
  const flags = new Map(
    typedWords.flatMap((word) => {
      const flag = flagForm(normalized, word);
      return flag === undefined ? [] : [[word.text, flag] as const];
    }),
  );
  const typed = typedWords.map((word) => word.text);
  const asked = new Set(questionPart(typed).filter((text) => intentForm(text) !== undefined));
  // 플래그로 친 단어(`-it`의 `it`)는 군말과 글자가 같아도 남깁니다.
  const meaningful = typed.filter((text) => (flags.has(text) || !fillerWords.has(text)) && !asked.has(text));
  // 복합어를 나눈 뒤에도 군말 조각(`접근하는` → `접근` + `하는`)은 뺍니다. 뺄 것만 남으면 나눈 그대로 씁니다.
  const texts = (meaningful.length > 0 ? meaningful : typed).flatMap(splitScripts).flatMap((text) => {
    // 붙여 쓴 부정(`안열림`, `못찾음`)은 `안 열림`처럼 띄어 쓴 것과 같이 `안`을 군말로 봅니다.
    const negated =
      known && hangulOnly.test(text) && text.length >= 3 && /^[안못]/.test(text) && !known(text);
    if (negated) return [text.slice(1)];
    const parts = known ? (splitCompound(text, known) ?? [text]) : [text];
    const kept = parts.filter((part) => !fillerWords.has(part));
    return kept.length > 0 ? kept : parts;
  });
  for (const text of texts) {
    if (seen.has(text)) continue;
    seen.add(text);
    const alternatives = new Map<string, TermAlternative>();
    const put = (alternative: TermAlternative): void => {
      const existing = alternatives.get(alternative.term);
      if (!existing || existing.weight < alternative.weight) alternatives.set(alternative.term, alternative);
    };
    // `-d`는 플래그로 쓴 곳(`docker run -d`)을 찾고, 같은 글자의 다른 단어(`d`)는 낮게 칩니다.
    const flag = flags.get(text);
    if (flag !== undefined && (known === undefined || known(flag))) {
      put({ term: flag, match: 'exact', weight: 1 });
      put({ term: text, match: prefixOrExact(text), weight: flagOnlyAsWord });
      result.push({ text, alternatives: [...alternatives.values()] });
      continue;
    }
    // 동의어 목록에 있는 영어 단어(`mac`)는 그 단어 그대로만 찾습니다(`macvlan`의 앞부분으로 퍼지지 않게).
    const wholeWord = !hangulOnly.test(text) && synonymsOf(text).length > 0;
    put({ term: text, match: wholeWord ? 'plural' : prefixOrExact(text), weight: 1 });
    // 색인에 그대로 있는 말(`볼륨`)은 명사이고, 받침을 뗀 형태로 시작하는 단어가 색인에 있을 때만 씁니다(`단점` → `단저`는 없음).
    const verb = known === undefined || !known(text) ? withoutNominalEnding(text) : undefined;
    if (verb !== undefined && (known === undefined || known(verb)))
      put({ term: verb, match: 'prefix', weight: 0.8 });
    // 말하듯 친 활용형(`보여요`, `바뀌었어`, `지워요`)은 줄기(`보이`, `바뀌`, `지우`)와 그 관형형(`보인`, `바뀐`, `지운`)으로도 찾습니다.
    if (known !== undefined) {
      for (const form of spokenVerbForms(text)) {
        if (known(form)) put({ term: form, match: 'prefix', weight: 0.7 });
      }
    }
    const stem = stripParticle(text);
    // 조사를 뗀 형태는 색인에도 뗀 형태로 들어 있으므로 같은 단어만 찾습니다(`정의` → `정*`처럼 넓어지지 않게).
    if (stem !== undefined) put({ term: stem, match: 'exact', weight: 0.9 });
    const mixed = latinThenHangul.exec(text);
    if (mixed?.[1]) {
      const mixedWhole = synonymsOf(mixed[1]).length > 0;
      put({ term: mixed[1], match: mixedWhole ? 'plural' : prefixOrExact(mixed[1]), weight: 1 });
    }
    // `타입1`, `씨그룹v2`처럼 음차한 말에 숫자를 붙여 치면, 본문의 영어 표기와 숫자를 붙인 형태(`type1`)로도 찾습니다.
    const numbered = hangulThenDigits.exec(text);
    if (numbered?.[1] && numbered[2]) {
      for (const synonym of synonymsOf(numbered[1])) {
        if (!hangulOnly.test(synonym)) put({ term: `${synonym}${numbered[2]}`, match: 'exact', weight: 0.8 });
      }
    }
    for (const base of [text, stem, mixed?.[1]]) {
      if (base === undefined) continue;
      for (const synonym of synonymsOf(base)) {
        put({ term: synonym, match: hangulOnly.test(synonym) ? 'prefix' : 'plural', weight: 0.8 });
      }
    }
    result.push({ text, alternatives: [...alternatives.values()] });
  }
  return result;
}

/** 분석한 검색어에서 표시할 문자열들. 긴 것부터 맞춰야 `docker`가 `docker-proxy`의 일부만 표시하고 끝나지 않습니다. */
export function termsToHighlight(words: readonly QueryWord[]): string[] {
  const terms = new Set<string>();
  for (const word of words) {
    for (const alternative of word.alternatives) {
      if (alternative.term.length >= 1) terms.add(alternative.term);
    }
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

/**
 * 본문에서 표시(하이라이트)할 문자열들. 검색어 단어, 조사를 뗀 형태, 동의어입니다.
 * 본문에서는 단어의 시작에서만 표시하므로 `컨테이너`는 `컨테이너를`의 앞부분을 표시합니다.
 */
export function highlightTerms(query: string): string[] {
  return termsToHighlight(analyzeQuery(query));
}
