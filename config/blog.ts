import type { Options as BlogOptions } from '@docusaurus/plugin-content-blog';
import rehypeScrollableTables from '../plugins/rehype-scrollable-tables';
import { blogSite } from '../src/data/blog';

/**
 * 블로그 설정. 빌드 실패 테스트(`tests/build-failures/blog-fixtures.test.ts`)의 작은 사이트도 이 설정을
 * 그대로 써서, 선언하지 않은 태그를 막는 규칙(onInlineTags: 'throw')이 실제 설정과 같은지 확인합니다.
 */
export const blogOptions = {
  routeBasePath: blogSite.routeBasePath,
  blogTitle: blogSite.title,
  blogDescription: blogSite.description,
  blogSidebarTitle: '전체 글',
  blogSidebarCount: 'ALL',
  postsPerPage: 10,
  showReadingTime: true,
  tags: 'tags.yml',
  authorsMapPath: 'authors.yml',
  onInlineTags: 'throw',
  onInlineAuthors: 'throw',
  onUntruncatedBlogPosts: 'throw',
  rehypePlugins: [rehypeScrollableTables],
  feedOptions: {
    type: ['rss', 'atom'],
    title: blogSite.title,
    description: '커널부터 이해하는 Docker 학습 노트',
    language: 'ko',
    copyright: '글은 CC BY 4.0으로 공개합니다.',
  },
} satisfies BlogOptions;
