/**
 * 원래 블로그의 태그 구름은 한 생각을 여러 철자로 적었습니다(`asac7기`, `asac7`, `ASAC` …).
 * 사이트는 생각마다 정식 태그 하나(`blog/tags.yml`의 키)만 쓰고, 다른 철자의 태그 주소는
 * 정식 태그 페이지로 넘겨 줍니다(`config/redirects.ts`가 이 파일에서 리다이렉트를 만듭니다).
 *
 * 철자에서 주소를 만드는 규칙은 `variantTagPaths`에 있습니다. 결과는 다음과 같습니다.
 *
 * | 원래 철자       | 리다이렉트를 만드는 주소 (`/blog/tags/` 아래)    | 정식 태그 |
 * | --------------- | ------------------------------------------------ | --------- |
 * | `asac7기`       | `asac7기` (브라우저는 `asac7%EA%B8%B0`로 요청)    | `asac`    |
 * | `asac7`         | `asac7`                                          | `asac`    |
 * | `asac7#asac`    | `asac7-asac`, 그리고 `#` 앞부분 `asac7`            | `asac`    |
 * | `acas#acas7기`  | `acas-acas7기`, 그리고 `#` 앞부분 `acas`           | `asac`    |
 * | `asac#asac7기`  | `asac-asac7기` (`#` 앞부분 `asac`은 정식 태그 자체) | `asac`    |
 * | `acac`          | `acac`                                           | `asac`    |
 * | `ASAC`          | `ASAC`                                           | `asac`    |
 * | `Nginx`         | `Nginx`                                          | `nginx`   |
 *
 * 왜 이렇게 정했는지:
 * - `#`은 주소에서 조각(fragment)의 시작이라 경로에 넣을 수 없습니다. `/blog/tags/asac7#asac`을
 *   그대로 치면 브라우저는 `/blog/tags/asac7`만 요청하므로 `#` 앞부분의 주소도 리다이렉트로 받습니다.
 *   링크로 공유할 수 있는 경로로는 `#`을 `-`로 바꾼 주소를 씁니다. `%23`으로 인코딩한 경로는 파일 이름에
 *   `#`이 들어가야 하고 서버마다 다르게 풀어서 쓰지 않습니다.
 * - 대소문자는 그대로 둡니다. GitHub Pages는 대소문자를 가리므로 `/blog/tags/ASAC`은 `/blog/tags/asac`과
 *   다른 주소입니다. 리다이렉트 파일은 `ASAC/index.html`로 써지므로, 대소문자를 가리지 않는 파일
 *   시스템(macOS, Windows)에서도 정식 페이지 `asac.html`과 부딪히지 않습니다.
 * - 한글 철자는 경로에 그대로 둡니다. 브라우저가 UTF-8로 인코딩해 요청하고, GitHub Pages는 디코딩한
 *   이름의 파일(`asac7기/index.html`)을 돌려줍니다.
 */
export interface TagAlias {
  /** 원래 태그 구름에 보이던 철자 그대로 */
  readonly variant: string;
  /** `blog/tags.yml`의 정식 태그 키 */
  readonly canonical: string;
}

export const tagAliases = [
  { variant: 'asac7기', canonical: 'asac' },
  { variant: 'asac7', canonical: 'asac' },
  { variant: 'asac7#asac', canonical: 'asac' },
  { variant: 'acas#acas7기', canonical: 'asac' },
  { variant: 'asac#asac7기', canonical: 'asac' },
  { variant: 'acac', canonical: 'asac' },
  { variant: 'ASAC', canonical: 'asac' },
  { variant: 'Nginx', canonical: 'nginx' },
] as const satisfies readonly TagAlias[];

/**
 * 태그 구름에 있지만 이 사이트의 글에는 쓰지 않는 태그입니다. 원래 블로그의 다른 시리즈(React 훅, Git,
 * 서버 접속) 것이라 Docker 글에 붙이면 안 됩니다. 누군가 이 이름을 새 태그로 만들어 내지 않도록 여기에
 * 적어 두고, 콘텐츠 테스트가 어떤 글도 쓰지 않는지 확인합니다.
 */
export interface UnusedCloudTag {
  readonly name: string;
  /** 원래 블로그에서 이 태그를 쓰던 글의 갈래 */
  readonly series: string;
}

export const unusedCloudTags = [
  { name: 'useReducer', series: 'React 훅' },
  { name: 'useContext', series: 'React 훅' },
  { name: 'useState', series: 'React 훅' },
  { name: 'memo', series: 'React 훅' },
  { name: 'useMemo', series: 'React 훅' },
  { name: 'useRef', series: 'React 훅' },
  { name: 'useCallback', series: 'React 훅' },
  { name: 'react', series: 'React 훅' },
  { name: 'useEffect', series: 'React 훅' },
  { name: 'useLayoutEffect', series: 'React 훅' },
  { name: 'git', series: 'Git' },
  { name: 'ssh', series: '서버 접속' },
] as const satisfies readonly UnusedCloudTag[];

/**
/**
 * 철자 하나에서 리다이렉트를 만들 주소 조각(`/blog/tags/` 아래)을 구합니다.
 * `#`이 있으면 `#`을 `-`로 바꾼 것과 `#` 앞부분 두 가지를 씁니다. 정식 태그와 같은 조각은 뺍니다.
 */
export function variantTagPaths(alias: TagAlias): string[] {
  const { variant } = alias;
  const candidates = variant.includes('#')
    ? [variant.replaceAll('#', '-'), variant.split('#')[0] ?? '']
    : [variant];
  return [...new Set(candidates)].filter((segment) => segment !== '' && segment !== alias.canonical);
}

/** 모든 철자의 주소 조각과 정식 태그. 두 철자가 같은 조각을 만들면 한 번만 둡니다. */
export function aliasRedirectTable(): { readonly segment: string; readonly canonical: string }[] {
  const table = new Map<string, string>();
  for (const alias of tagAliases) {
    for (const segment of variantTagPaths(alias)) {
      const existing = table.get(segment);
      if (existing !== undefined && existing !== alias.canonical) {
        throw new Error(
          `src/data/tagAliases.ts: 주소 조각 "${segment}"가 "${existing}"와 "${alias.canonical}" 두 태그를 가리킵니다.`,
        );
      }
      table.set(segment, alias.canonical);
    }
  }
  return [...table].map(([segment, canonical]) => ({ segment, canonical }));
}

/** 철자(대소문자 무시)를 정식 태그 키로 바꿉니다. 별칭이 아니면 소문자로만 바꿉니다(태그 키는 모두 소문자입니다). */
export function canonicalTagKey(name: string): string {
  const lower = name.toLowerCase();
  const alias = tagAliases.find(
    (candidate) =>
      candidate.variant.toLowerCase() === lower ||
      variantTagPaths(candidate).some((segment) => segment.toLowerCase() === lower),
  );
  return alias ? alias.canonical : lower;
}
