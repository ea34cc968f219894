/**
 * 검색 품질 기준. 학습자가 실제로 칠 법한 검색어와, 그때 상위 5개 결과 안에 반드시 나와야 하는 페이지입니다.
 * `tests/browser/search-quality.test.ts`가 빌드한 사이트의 진짜 검색 상자에 하나씩 입력해 확인합니다.
 * 검색어는 한국어, 영어, 둘을 섞은 것, 조사를 붙인 것과 뗀 것을 고루 담습니다.
 */
export type SearchEdition = 'current' | '2025.02';

export interface SearchQueryCase {
  /** 검색 상자에 입력하는 그대로 */
  readonly query: string;
  /** 어느 판을 읽다가 검색하는가. 검색 상자는 그 판의 색인만 찾습니다. */
  readonly edition: SearchEdition;
  /** 상위 5개 결과 안에 모두 있어야 하는 페이지 (base 경로를 뺀 permalink) */
  readonly expect: readonly string[];
  /** 첫 번째 결과여야 하는 페이지. 답이 분명한 검색어에만 적습니다. */
  readonly first?: string;
  /** 결과에 나오면 안 되는 페이지 (다른 판의 같은 장 등) */
  readonly exclude?: readonly string[];
  /** 이 검색어가 무엇을 확인하는가 */
  readonly checks: string;
}

const revised = (slug: string): string => `/docs${slug}`;
const first = (slug: string): string => `/docs/2025.02${slug}`;

export const searchQueries = [
  {
    query: 'cgroups',
    edition: 'current',
    expect: [revised('/deep-dive')],
    first: revised('/deep-dive'),
    checks: '영어 용어 (본문에는 `cgroups는`, `cgroups가`처럼 조사가 붙어 있음)',
  },
  {
    query: '브리지 네트워크',
    edition: 'current',
    expect: [revised('/network')],
    first: revised('/network'),
    checks: '한국어 두 단어',
  },
  {
    query: '멀티 스테이지 빌드',
    edition: 'current',
    expect: [revised('/commands-and-dockerfile')],
    first: revised('/commands-and-dockerfile'),
    checks: '한국어 세 단어, 흔한 단어(빌드)와 드문 단어(스테이지)',
  },
  {
    query: '컨테이너를 실행',
    edition: 'current',
    expect: [revised('/containers')],
    checks: '조사가 붙은 검색어: `컨테이너를`이 `컨테이너가`, `컨테이너의`가 있는 글도 찾아야 함',
  },
  {
    query: '컨테이너',
    edition: 'current',
    expect: [revised('/containers'), revised('/concepts')],
    checks: '조사 없는 검색어가 `컨테이너를`, `컨테이너가`, `컨테이너에서`를 찾음',
  },
  {
    query: 'latest 태그',
    edition: 'current',
    expect: [revised('/workflow')],
    first: revised('/workflow'),
    checks: '영어 + 한국어 용어',
  },
  {
    query: 'provenance SBOM',
    edition: 'current',
    expect: [revised('/workflow'), revised('/commands-and-dockerfile')],
    checks:
      'CI 빌드 증명 (4장 `#ci-attestations`와 5장 `#attestations` 모두 이 주제만 다루는 절이라 첫 결과는 정하지 않음)',
  },
  {
    query: '캐시 마운트',
    edition: 'current',
    expect: [revised('/commands-and-dockerfile')],
    first: revised('/commands-and-dockerfile'),
    checks: 'BuildKit 기능',
  },
  {
    query: '루트가 아닌 사용자로 실행',
    edition: 'current',
    expect: [revised('/commands-and-dockerfile')],
    checks: '문장형 검색어, 조사와 활용 어미',
  },
  {
    query: '이미지를 작게 만드는 방법',
    edition: 'current',
    expect: [revised('/commands-and-dockerfile')],
    first: revised('/commands-and-dockerfile'),
    checks: '절 제목에 가까운 문장형 검색어',
  },
  {
    query: '재시작 정책',
    edition: 'current',
    expect: [revised('/containers')],
    first: revised('/containers'),
    checks: '한국어 용어',
  },
  {
    query: '셸이 없는 이미지 디버깅',
    edition: 'current',
    expect: [revised('/containers')],
    first: revised('/containers'),
    checks: '조사가 붙은 단어가 섞인 문장형 검색어',
  },
  {
    query: 'docker stop SIGKILL',
    edition: 'current',
    expect: [revised('/containers')],
    first: revised('/containers'),
    checks: '명령과 신호 이름',
  },
  {
    query: 'docker-proxy',
    edition: 'current',
    expect: [revised('/network')],
    first: revised('/network'),
    checks: '하이픈으로 이은 프로그램 이름',
  },
  {
    query: 'veth',
    edition: 'current',
    expect: [revised('/network')],
    first: revised('/network'),
    checks: '짧은 영어 용어',
  },
  {
    query: 'unshare',
    edition: 'current',
    expect: [revised('/deep-dive')],
    first: revised('/deep-dive'),
    checks: 'Linux 명령',
  },
  {
    query: 'Type 1 하이퍼바이저',
    edition: 'current',
    expect: [revised('/deep-dive')],
    first: revised('/deep-dive'),
    checks: '영어, 숫자, 한국어',
  },
  {
    query: 'containerd 이미지 스토어',
    edition: 'current',
    expect: [revised('/concepts')],
    first: revised('/concepts'),
    checks: '개정판에서 추가된 절',
  },
  {
    query: 'docker init',
    edition: 'current',
    expect: [revised('/workflow')],
    first: revised('/workflow'),
    checks: '흔한 두 단어가 함께 있어야 하는 명령',
  },
  {
    query: '네트워크 드라이버',
    edition: 'current',
    expect: [revised('/network')],
    first: revised('/network'),
    checks: '`네트워크의 드라이버를`처럼 조사가 붙은 본문',
  },
  {
    query: '네트워크의 드라이버를',
    edition: 'current',
    expect: [revised('/network')],
    first: revised('/network'),
    checks: '검색어의 두 단어 모두에 조사',
  },
  {
    query: 'WSL2',
    edition: 'current',
    expect: [revised('/deep-dive')],
    first: revised('/deep-dive'),
    checks: '영어와 숫자 (`WSL2에서`, `WSL 2`)',
  },
  {
    query: 'wsl 2 백엔드',
    edition: 'current',
    expect: [revised('/deep-dive')],
    first: revised('/deep-dive'),
    checks: '소문자로 입력한 영어 + 한국어',
  },
  {
    query: 'overlay2',
    edition: 'current',
    expect: [revised('/concepts')],
    first: revised('/concepts'),
    checks: '스토리지 드라이버 이름',
  },
  {
    query: 'containerd와 runc',
    edition: 'current',
    expect: [revised('/concepts'), revised('/deep-dive')],
    checks: '영어 단어에 붙은 조사(`와`). 1장(구조)과 6장(LXC에서 runc로) 모두 답입니다.',
  },
  {
    query: 'OCI 런타임',
    edition: 'current',
    expect: [revised('/concepts')],
    checks: '영어 약어 + 한국어',
  },
  {
    query: '볼륨과 바인드 마운트',
    edition: 'current',
    expect: [revised('/containers')],
    first: revised('/containers'),
    checks: '조사 `과`가 붙은 한국어 용어',
  },
  {
    query: 'tmpfs',
    edition: 'current',
    expect: [revised('/containers')],
    first: revised('/containers'),
    checks: '드문 영어 용어',
  },
  {
    query: '메모리 제한',
    edition: 'current',
    expect: [revised('/containers'), revised('/deep-dive')],
    checks: '자원 제한은 2장(옵션)과 6장(cgroups) 모두에 나옴',
  },
  {
    query: 'docker exec',
    edition: 'current',
    expect: [revised('/containers')],
    first: revised('/containers'),
    checks: '명령어',
  },
  {
    query: 'PID 1 신호',
    edition: 'current',
    expect: [revised('/containers')],
    first: revised('/containers'),
    checks: '숫자가 든 용어',
  },
  {
    query: 'OOM',
    edition: 'current',
    expect: [revised('/containers')],
    first: revised('/containers'),
    checks: '대문자 약어, 본문에는 `OOM이`, `OOM killer`',
  },
  {
    query: '포트 공개',
    edition: 'current',
    expect: [revised('/network')],
    first: revised('/network'),
    checks: '한국어 용어',
  },
  {
    query: 'iptables NAT',
    edition: 'current',
    expect: [revised('/network')],
    first: revised('/network'),
    checks: '영어 두 단어',
  },
  {
    query: 'macvlan',
    edition: 'current',
    expect: [revised('/network')],
    first: revised('/network'),
    checks: '네트워크 드라이버 이름',
  },
  {
    query: '사용자 정의 bridge DNS',
    edition: 'current',
    expect: [revised('/network')],
    first: revised('/network'),
    checks: '한국어와 영어를 섞은 검색어',
  },
  {
    query: 'docker0',
    edition: 'current',
    expect: [revised('/network')],
    first: revised('/network'),
    checks: '영어와 숫자가 붙은 인터페이스 이름',
  },
  {
    query: '다이제스트로 고정',
    edition: 'current',
    expect: [revised('/workflow')],
    first: revised('/workflow'),
    checks: '조사 `로`가 붙은 검색어',
  },
  {
    query: '.env 파일',
    edition: 'current',
    expect: [revised('/workflow')],
    first: revised('/workflow'),
    checks: '점으로 시작하는 파일 이름',
  },
  {
    query: 'GitHub Actions',
    edition: 'current',
    expect: [revised('/workflow')],
    first: revised('/workflow'),
    checks: '고유 명사',
  },
  {
    query: 'compose watch',
    edition: 'current',
    expect: [revised('/workflow')],
    first: revised('/workflow'),
    checks: '대소문자가 다른 영어',
  },
  {
    query: '빌드 캐시',
    edition: 'current',
    expect: [revised('/commands-and-dockerfile')],
    first: revised('/commands-and-dockerfile'),
    checks: '한국어 용어',
  },
  {
    query: '.dockerignore',
    edition: 'current',
    expect: [revised('/commands-and-dockerfile')],
    checks: '점으로 시작하는 파일 이름 (4장에도 나옴)',
  },
  {
    query: 'ENTRYPOINT와 CMD',
    edition: 'current',
    expect: [revised('/commands-and-dockerfile')],
    first: revised('/commands-and-dockerfile'),
    checks: 'Dockerfile 명령어, 조사가 붙은 영어',
  },
  {
    query: '네임스페이스',
    edition: 'current',
    expect: [revised('/deep-dive')],
    first: revised('/deep-dive'),
    checks: '본문은 `namespace`로 쓰는 용어를 한글 음차로 검색',
  },
  {
    query: 'user namespace',
    edition: 'current',
    expect: [revised('/deep-dive')],
    first: revised('/deep-dive'),
    checks: '영어 두 단어',
  },
  {
    query: '하이퍼바이저 유형',
    edition: 'current',
    expect: [revised('/deep-dive')],
    first: revised('/deep-dive'),
    checks: '한국어 용어',
  },
  {
    query: 'Hyper-V',
    edition: 'current',
    expect: [revised('/deep-dive')],
    first: revised('/deep-dive'),
    checks: '하이픈이 든 이름',
  },
  {
    query: 'macOS 가상 머신',
    edition: 'current',
    expect: [revised('/deep-dive')],
    checks: '영어와 한국어 섞기',
  },
  {
    query: 'LXC',
    edition: 'current',
    expect: [revised('/deep-dive')],
    first: revised('/deep-dive'),
    checks: '대문자 약어',
  },
  {
    query: '도커 데몬',
    edition: 'current',
    expect: [revised('/concepts')],
    checks: '본문은 `Docker`로 쓰는 단어를 한글로 검색',
  },
  {
    query: 'rootless 모드',
    edition: 'current',
    // 1장은 rootless 모드를 6장으로 넘기는 한 문장만 있고, 설명하는 곳은 시작하기(언제 고르는가)와 6장(원리)입니다.
    expect: [revised('/getting-started'), revised('/deep-dive')],
    checks: '영어 + 한국어',
  },
  {
    query: 'gw-priority',
    edition: 'current',
    expect: [revised('/network')],
    first: revised('/network'),
    checks: '개정판에만 있는 옵션',
  },
  {
    query: '네트워크 드라이버',
    edition: '2025.02',
    expect: [first('/network')],
    first: first('/network'),
    exclude: [revised('/network')],
    checks: '초판을 읽는 중에는 초판 페이지만',
  },
  {
    query: 'cgroups',
    edition: '2025.02',
    expect: [first('/deep-dive')],
    first: first('/deep-dive'),
    exclude: [revised('/deep-dive'), revised('/containers')],
    checks: '초판을 읽는 중에는 초판 페이지만',
  },
  {
    query: '컨테이너를 실행',
    edition: '2025.02',
    expect: [first('/containers')],
    exclude: [revised('/containers')],
    checks: '초판에서도 조사가 붙은 검색어',
  },
  {
    query: 'overlay2',
    edition: '2025.02',
    expect: [first('/concepts')],
    first: first('/concepts'),
    exclude: [revised('/concepts')],
    checks: '초판을 읽는 중에는 초판 페이지만',
  },
] as const satisfies readonly SearchQueryCase[];

/** 절 단위 기준(첫 결과가 가야 할 절)은 따로 둔 파일에 있습니다. */
export { sectionQueries, type SectionQueryCase } from './searchSectionQueries';
