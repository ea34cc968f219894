/**
 * 시리즈의 여섯 장. 홈 카드, 블로그 글, 변경 내역, 콘텐츠 테스트가 모두 이 목록을 기준으로 삼습니다.
 */
export interface Chapter {
  /** 문서 id이자 파일 이름(확장자 제외). `docs/<id>.mdx`에 있습니다. */
  readonly id: string;
  /** 문서의 `slug`. 두 판(초판, 개정판)에서 같습니다. */
  readonly slug: string;
  /** 원래 글의 번호. 심화 글은 번호 대신 `*`를 썼습니다. */
  readonly number: string;
  /** 홈 카드와 목록에 쓰는 짧은 제목 */
  readonly title: string;
  /** 원래 블로그에 올라간 제목 그대로 */
  readonly originalTitle: string;
  /** 원래 글이 올라간 날짜 (YYYY-MM-DD) */
  readonly publishedOn: string;
  /** 카드에 보여 줄 한 문장 요약 */
  readonly summary: string;
  /** 원래 글의 본문이 남아 있는지. 심화 글만 남아 있고, 나머지는 제목만 남아 본문을 새로 썼습니다 */
  readonly originalBodySurvives: boolean;
}

export const chapters = [
  {
    id: '01-concepts',
    slug: '/concepts',
    number: '1.1',
    title: 'Docker 개념',
    originalTitle: '[Docker] 1.1 Docker 개념',
    publishedOn: '2025-02-21',
    summary:
      '이미지, 컨테이너, 레지스트리가 어떻게 맞물리는지, 그리고 docker 명령이 runc에 닿기까지의 구조를 봅니다.',
    originalBodySurvives: false,
  },
  {
    id: '02-containers',
    slug: '/containers',
    number: '2',
    title: 'Docker 컨테이너',
    originalTitle: '[Docker] 2. Docker 컨테이너',
    publishedOn: '2025-02-21',
    summary: '컨테이너의 수명 주기, docker run의 옵션, 데이터를 어디에 두어야 하는지와 자원 제한을 익힙니다.',
    originalBodySurvives: false,
  },
  {
    id: '03-network',
    slug: '/network',
    number: '3',
    title: 'Docker Network',
    originalTitle: '[Docker] 3. Docker Network',
    publishedOn: '2025-02-21',
    summary:
      'bridge부터 macvlan까지 네트워크 드라이버, 포트 공개와 NAT, 컨테이너 이름으로 통신하는 법을 다룹니다.',
    originalBodySurvives: false,
  },
  {
    id: '04-workflow',
    slug: '/workflow',
    number: '4',
    title: 'Docker Workflow',
    originalTitle: '[Docker] 4. Docker Workflow',
    publishedOn: '2025-02-22',
    summary:
      'Dockerfile에서 빌드, 태그, 푸시, 배포까지 이어지는 흐름과 Compose 개발 루프, CI 파이프라인을 따라갑니다.',
    originalBodySurvives: false,
  },
  {
    id: '05-commands-and-dockerfile',
    slug: '/commands-and-dockerfile',
    number: '5',
    title: '명령어 분류와 Dockerfile 최적화',
    originalTitle: '[Docker] 5. 명령어 분류와 Dockerfile 최적화',
    publishedOn: '2025-02-22',
    summary:
      'CLI 명령을 객체별로 정리하고, Dockerfile 명령어와 캐시, 멀티 스테이지 빌드로 이미지를 줄이는 법을 배웁니다.',
    originalBodySurvives: false,
  },
  {
    id: '06-deep-dive',
    slug: '/deep-dive',
    number: '*',
    title: '심화 내용',
    originalTitle: '*. 심화 내용',
    publishedOn: '2025-02-22',
    summary:
      'Docker가 Linux에 기대는 이유(namespace, cgroups), 하이퍼바이저의 유형, Windows와 macOS에서 가상화가 필요한 이유를 파고듭니다.',
    originalBodySurvives: true,
  },
] as const satisfies readonly Chapter[];

export type ChapterId = (typeof chapters)[number]['id'];
