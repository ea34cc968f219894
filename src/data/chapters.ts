import type { EditionKey } from './editions';

/**
 * 시리즈의 장. 홈 카드, 블로그 글, 책, 변경 내역, 콘텐츠 테스트가 모두 이 목록을 기준으로 삼습니다.
 * 순서가 장 번호이고 사이드바 순서(`sidebar_position`은 이 목록에서의 자리, 1부터)입니다.
 */

/** 판의 키(`src/data/editions.ts`): `revised`는 개정판(`docs/`), `first`는 초판(`versioned_docs/version-2025.02/`) */
export type { EditionKey };

/** 2025년 2월 원래 블로그에 올라간 글. 그 시리즈를 옮긴 장에만 있습니다 */
export interface OriginalPost {
  /** 원래 블로그에 올라간 제목 그대로. 블로그 글의 `title`이 이것과 같습니다 */
  readonly title: string;
  /** 원래 글이 올라간 날짜 (YYYY-MM-DD, 한국 시간) */
  readonly publishedOn: string;
  /** 원래 글의 본문이 남아 있는지. 심화 글만 남아 있고, 나머지는 제목만 남아 본문을 새로 썼습니다 */
  readonly bodySurvives: boolean;
}

export interface Chapter {
  /** 문서 id이자 파일 이름(확장자 제외). `docs/<id>.mdx`에 있습니다. */
  readonly id: string;
  /** 문서의 `slug`. 장이 실린 모든 판에서 같습니다. */
  readonly slug: string;
  /**
   * 장 번호: 이 목록에서의 자리(1부터). 홈 카드, 두 판의 사이드바, 변경 내역, 책의 차례가 모두 이 번호를
   * `chapterNumberLabel`·`numberedChapterTitle`로 보입니다. 원래 글의 번호(`1.1`, `*.`)는 원래 제목(`original.title`)에만 남습니다
   */
  readonly number: string;
  /** 홈 카드와 목록에 쓰는 짧은 제목 */
  readonly title: string;
  /** 카드에 보여 줄 한 문장 요약 */
  readonly summary: string;
  /**
   * 이 장이 실린 판. 초판(2025.02)은 얼려 두었으므로 새 장은 `['revised']`입니다. 책, 사이드바, 변경 내역, 검색,
   * 테스트가 이 목록을 따릅니다
   */
  readonly editions: readonly EditionKey[];
  /** 원래 블로그 글. 원래 시리즈를 옮긴 장에만 있고, 그 글은 `blog/`에 같은 제목과 날짜로 있어야 합니다 */
  readonly original?: OriginalPost;
}

export const chapters = [
  {
    id: '01-concepts',
    slug: '/concepts',
    number: '1',
    title: 'Docker 개념',
    summary:
      '이미지, 컨테이너, 레지스트리가 어떻게 맞물리는지, 그리고 docker 명령이 runc에 닿기까지의 구조를 봅니다.',
    editions: ['revised', 'first'],
    original: { title: '[Docker] 1.1 Docker 개념', publishedOn: '2025-02-21', bodySurvives: false },
  },
  {
    id: '02-containers',
    slug: '/containers',
    number: '2',
    title: 'Docker 컨테이너',
    summary: '컨테이너의 수명 주기, docker run의 옵션, 데이터를 어디에 두어야 하는지와 자원 제한을 익힙니다.',
    editions: ['revised', 'first'],
    original: { title: '[Docker] 2. Docker 컨테이너', publishedOn: '2025-02-21', bodySurvives: false },
  },
  {
    id: '03-network',
    slug: '/network',
    number: '3',
    title: 'Docker Network',
    summary:
      'bridge부터 macvlan까지 네트워크 드라이버, 포트 공개와 NAT, 컨테이너 이름으로 통신하는 법을 다룹니다.',
    editions: ['revised', 'first'],
    original: { title: '[Docker] 3. Docker Network', publishedOn: '2025-02-21', bodySurvives: false },
  },
  {
    id: '04-workflow',
    slug: '/workflow',
    number: '4',
    title: 'Docker Workflow',
    summary:
      'Dockerfile에서 빌드, 태그, 푸시, 배포까지 이어지는 흐름과 Compose 개발 루프, CI 파이프라인을 따라갑니다.',
    editions: ['revised', 'first'],
    original: { title: '[Docker] 4. Docker Workflow', publishedOn: '2025-02-22', bodySurvives: false },
  },
  {
    id: '05-commands-and-dockerfile',
    slug: '/commands-and-dockerfile',
    number: '5',
    title: '명령어 분류와 Dockerfile 최적화',
    summary:
      'CLI 명령을 객체별로 정리하고, Dockerfile 명령어와 캐시, 멀티 스테이지 빌드로 이미지를 줄이는 법을 배웁니다.',
    editions: ['revised', 'first'],
    original: {
      title: '[Docker] 5. 명령어 분류와 Dockerfile 최적화',
      publishedOn: '2025-02-22',
      bodySurvives: false,
    },
  },
  {
    id: '06-deep-dive',
    slug: '/deep-dive',
    number: '6',
    title: '심화 내용',
    summary:
      'Docker가 Linux에 기대는 이유(namespace, cgroups), 하이퍼바이저의 유형, Windows와 macOS에서 가상화가 필요한 이유를 파고듭니다.',
    editions: ['revised', 'first'],
    original: { title: '*. 심화 내용', publishedOn: '2025-02-22', bodySurvives: true },
  },
] as const satisfies readonly Chapter[];

export type ChapterId = (typeof chapters)[number]['id'];

type ChapterEntry = (typeof chapters)[number];

/** 판 `E`에 실린 장 */
export type ChapterIn<E extends EditionKey> = ChapterEntry extends infer C
  ? C extends { readonly editions: readonly (infer K)[] }
    ? E extends K
      ? C
      : never
    : never
  : never;

/** 판 `edition`에 실린 장, chapters의 순서대로 */
export function chaptersIn<E extends EditionKey>(edition: E): ChapterIn<E>[] {
  return chapters.filter((chapter): chapter is ChapterIn<E> =>
    (chapter.editions as readonly EditionKey[]).includes(edition),
  );
}

/** 원래 블로그 시리즈를 옮긴 장 (블로그에 같은 제목의 글이 있어야 하는 장) */
export const originalSeriesChapters = chapters.filter(
  (chapter): chapter is Extract<ChapterEntry, { readonly original: OriginalPost }> => 'original' in chapter,
);

/** 카드와 책의 장 번호: `1장` */
export function chapterNumberLabel(chapter: Pick<Chapter, 'number'>): string {
  return `${chapter.number}장`;
}

/** 사이드바와 변경 내역의 장 제목: `1. Docker 개념` */
export function numberedChapterTitle(chapter: Pick<Chapter, 'number' | 'title'>): string {
  return `${chapter.number}. ${chapter.title}`;
}

/** 문서 파일 이름(확장자 제외, 예: `01-concepts`)의 장. 장이 아닌 문서면 undefined */
export function chapterOfFile(fileId: string): Chapter | undefined {
  return (chapters as readonly Chapter[]).find((chapter) => chapter.id === fileId);
}

/** 변경 내역 페이지에서 한 장의 부분의 제목 id. 초판 배너와 그 부분의 검색 낱말이 이 id로 그 장의 부분을 가리킵니다 */
export function changesAnchorOf(chapter: Pick<Chapter, 'id'>): string {
  return `changes-${chapter.id}`;
}
