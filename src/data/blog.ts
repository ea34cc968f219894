/**
 * 블로그의 이름과 주소. 블로그 플러그인 설정(config/blog.ts)과 목록 페이지의 제목(src/theme/BlogPostItems)이
 * 같은 값을 쓰도록 여기 한 번만 적습니다.
 */
export const blogSite = {
  title: '도커 스터디 블로그',
  description: '정리용 > Docker 카테고리에 올렸던 글을 다시 쓴 블로그입니다.',
  /** 사이트 안의 블로그 경로(baseUrl 뒤) */
  routeBasePath: 'blog',
} as const;
