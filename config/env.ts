/**
 * 배포 위치를 정하는 환경 변수를 한곳에서 읽고 검증합니다.
 * 잘못된 값은 빌드를 시작하기 전에 무엇을 고쳐야 하는지 알려 주며 멈춥니다.
 */
export interface SiteEnv {
  /** 사이트의 원점, 예: `https://docker-study.github.io` (끝에 `/` 없음) */
  readonly url: string;
  /** 사이트가 놓이는 경로, 예: `/docker-study/` (앞뒤에 `/`) */
  readonly baseUrl: string;
  /** GitHub 저장소 소유자 (`docusaurus deploy`와 편집 링크에 쓰입니다) */
  readonly organizationName: string;
  /** GitHub 저장소 이름 */
  readonly projectName: string;
}

export const defaultSiteEnv: SiteEnv = {
  url: 'https://docker-study.github.io',
  baseUrl: '/docker-study/',
  organizationName: 'docker-study',
  projectName: 'docker-study',
};

export class SiteEnvError extends Error {
  override name = 'SiteEnvError';
}

type EnvSource = Readonly<Record<string, string | undefined>>;

function readSiteUrl(value: string | undefined): string {
  if (value === undefined || value === '') return defaultSiteEnv.url;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new SiteEnvError(`SITE_URL="${value}"는 URL이 아닙니다. 예: SITE_URL=https://<owner>.github.io`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new SiteEnvError(`SITE_URL="${value}"는 http(s) 주소여야 합니다.`);
  }
  if (parsed.pathname !== '/' || parsed.search !== '' || parsed.hash !== '') {
    throw new SiteEnvError(
      `SITE_URL="${value}"에는 경로를 넣지 않습니다. 원점만 쓰고(예: https://<owner>.github.io) 경로는 BASE_URL에 적으세요.`,
    );
  }
  return parsed.origin;
}

function readBaseUrl(value: string | undefined): string {
  if (value === undefined || value === '') return defaultSiteEnv.baseUrl;
  if (!/^\/([A-Za-z0-9._~-]+\/)*$/.test(value)) {
    throw new SiteEnvError(
      `BASE_URL="${value}"가 올바르지 않습니다. '/'로 시작하고 '/'로 끝나는 경로여야 합니다. 예: BASE_URL=/docker-study/ 또는 BASE_URL=/`,
    );
  }
  return value;
}

function readRepository(value: string | undefined): Pick<SiteEnv, 'organizationName' | 'projectName'> {
  if (value === undefined || value === '') {
    return {
      organizationName: defaultSiteEnv.organizationName,
      projectName: defaultSiteEnv.projectName,
    };
  }
  const [, owner, repository] = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value) ?? [];
  if (owner === undefined || repository === undefined) {
    throw new SiteEnvError(
      `GITHUB_REPOSITORY="${value}"는 "소유자/저장소" 형식이어야 합니다. 예: GITHUB_REPOSITORY=docker-study/docker-study`,
    );
  }
  return { organizationName: owner, projectName: repository };
}

/** `SITE_URL`, `BASE_URL`, `GITHUB_REPOSITORY`(GitHub Actions가 채워 줍니다)를 읽습니다. */
export function parseSiteEnv(env: EnvSource): SiteEnv {
  return {
    url: readSiteUrl(env.SITE_URL),
    baseUrl: readBaseUrl(env.BASE_URL),
    ...readRepository(env.GITHUB_REPOSITORY),
  };
}

/** 빌드 방식을 고르는 환경 변수. 사이트 주소와 달리 결과물의 내용은 바꾸지 않습니다. */
export interface BuildEnv {
  /**
   * Docusaurus Faster(Rspack, SWC, Lightning CSS)를 쓸지. 기본은 켬.
   * `DOCUSAURUS_FASTER=false`는 같은 내용을 webpack/Babel/Terser로 빌드해 `npm run bench`가 둘을 비교하게 합니다.
   */
  readonly faster: boolean;
  /**
   * 홈과 두 판의 시리즈 소개가 책 PDF(`/pdf/…`)로 링크할지. PDF는 빌드된 책 페이지를 인쇄해 만드므로 빌드가 끝난 뒤에야
   * 생깁니다. `BOOK_PDF=true`는 "이 빌드 뒤에 PDF를 만든다"는 약속이고 `npm run build`(`scripts/build.ts`)가 브라우저를
   * 찾았을 때 켜고 곧바로 PDF를 만듭니다. 기본은 끔: `docusaurus build`만 돌린 빌드는 없는 파일로 링크하지 않습니다.
   */
  readonly bookPdf: boolean;
}

export const defaultBuildEnv: BuildEnv = { faster: true, bookPdf: false };

const booleanValues: Readonly<Record<string, boolean>> = { true: true, '1': true, false: false, '0': false };

function readBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  const parsed = booleanValues[value.toLowerCase()];
  if (parsed === undefined) {
    throw new SiteEnvError(`${name}="${value}"는 true 또는 false여야 합니다. 예: ${name}=false`);
  }
  return parsed;
}

/** `DOCUSAURUS_FASTER`, `BOOK_PDF`를 읽습니다. */
export function parseBuildEnv(env: EnvSource): BuildEnv {
  return {
    faster: readBoolean('DOCUSAURUS_FASTER', env.DOCUSAURUS_FASTER, defaultBuildEnv.faster),
    bookPdf: readBoolean('BOOK_PDF', env.BOOK_PDF, defaultBuildEnv.bookPdf),
  };
}
