/**
 * 블로그 카테고리. Docusaurus 블로그에는 카테고리가 없어서, 원래 블로그의 `정리용 > Docker`
 * 구조를 이 파일에 적고 `plugins/blog-categories`가 글의 `category` 앞부분과 맞춰 봅니다.
 * 여기에 없는 카테고리를 쓴 글은 빌드를 멈춥니다.
 *
 * 글의 앞부분에는 라벨을 `/`로 이어 씁니다. 예: `category: 정리용/Docker`.
 * 주소에는 ASCII `slug`를 씁니다(`/blog/category/notes/docker`). 한글 경로는 공유할 때
 * `%EC%A0%95...`처럼 길게 인코딩되고, 글 주소(`/blog/docker-concepts`)도 영어라서 맞췄습니다.
 */
export interface BlogCategory {
  /** 화면과 글의 앞부분에 쓰는 이름. 원래 블로그의 이름 그대로입니다. */
  readonly label: string;
  /** 주소의 한 조각. 소문자 ASCII와 `-`만 씁니다. */
  readonly slug: string;
  /** 카테고리 페이지와 목록에 보여 줄 한 문장 설명 */
  readonly description: string;
  readonly children?: readonly BlogCategory[];
}

export const blogCategories = [
  {
    label: '정리용',
    slug: 'notes',
    description: '배운 것을 정리하는 글',
    children: [
      {
        label: 'Docker',
        slug: 'docker',
        description: 'ASAC 7기 수업에서 배운 Docker를 개념부터 심화까지 정리한 글',
      },
    ],
  },
] as const satisfies readonly BlogCategory[];

/** 카테고리 경로의 구분자. 앞부분의 `정리용/Docker`와 화면의 `정리용 › Docker`가 이 순서를 따릅니다. */
export const categoryPathSeparator = '/';
