import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { BlogContent, BlogPost, BlogSidebar } from '@docusaurus/plugin-content-blog';
import { normalizeUrl } from '@docusaurus/utils';
import { blogCategories, categoryPathSeparator } from '../../src/data/categories';
import { findCategoryDefinitionProblems, postsInCategory, resolveCategories } from './resolve';
import type {
  BlogCategoriesGlobalData,
  CategorizedPost,
  CategoryIndexData,
  CategoryPageData,
  ResolvedCategory,
} from './types';

export type Options = {
  /** 읽을 블로그 플러그인의 id. 프리셋의 블로그는 `default`입니다. */
  readonly blogPluginId?: string;
  /** 블로그의 routeBasePath. 카테고리 주소가 그 아래(`/blog/category/...`)에 놓입니다. */
  readonly blogRouteBasePath?: string;
};

/** 오류 메시지에서 가리킬 파일. 카테고리를 고치려면 여기를 열면 됩니다. */
const categoriesFile = 'src/data/categories.ts';
const componentsDir = path.resolve(__dirname, '../../src/components');

export class BlogCategoryError extends Error {
  override name = 'BlogCategoryError';
}

function sourcePath(post: BlogPost): string {
  return post.metadata.source.replace(/^@site\//, '');
}

function readCategory(post: BlogPost, known: ReadonlyMap<string, ResolvedCategory>): string {
  const value = post.metadata.frontMatter.category;
  const list = [...known.keys()].join(', ');
  if (typeof value !== 'string' || value.trim() === '') {
    throw new BlogCategoryError(
      `${sourcePath(post)}: 앞부분에 category가 없습니다. 원래 블로그의 글은 모두 카테고리에 속하므로 ` +
        `category: 정리용/Docker처럼 적어 주세요. ${categoriesFile}에 정의된 카테고리: ${list}`,
    );
  }
  const key = value
    .split(categoryPathSeparator)
    .map((part) => part.trim())
    .join(categoryPathSeparator);
  if (!known.has(key)) {
    throw new BlogCategoryError(
      `${sourcePath(post)}: 알 수 없는 카테고리 "${value}"입니다. ` +
        `카테고리는 ${categoriesFile}에 정의합니다. 정의된 카테고리: ${list}`,
    );
  }
  return key;
}

export default function blogCategoriesPlugin(context: LoadContext, options: Options): Plugin {
  const blogPluginId = options.blogPluginId ?? 'default';
  const indexPermalink = normalizeUrl([context.baseUrl, options.blogRouteBasePath ?? 'blog', 'category']);

  return {
    name: 'blog-categories',

    async allContentLoaded({ allContent, actions }) {
      const blog = allContent['docusaurus-plugin-content-blog']?.[blogPluginId] as BlogContent | undefined;
      if (!blog) {
        throw new BlogCategoryError(
          `블로그 플러그인(id: ${blogPluginId})의 내용을 찾지 못했습니다. 블로그가 켜져 있는지 확인하세요.`,
        );
      }

      const categories = resolveCategories(blogCategories, indexPermalink, categoryPathSeparator);
      const problems = findCategoryDefinitionProblems(categories);
      if (problems.length > 0) {
        throw new BlogCategoryError(`${categoriesFile}의 정의가 잘못되었습니다:\n- ${problems.join('\n- ')}`);
      }
      const byKey = new Map(categories.map((category) => [category.key, category]));

      // 검증은 목록에서 빠지는 글(unlisted)까지 모든 글에 합니다. 잘못된 카테고리를 숨겨 두지 않도록요.
      const posts: CategorizedPost[] = blog.blogPosts
        .map((post) => ({ post, categoryKey: readCategory(post, byKey) }))
        .filter(({ post }) => !post.metadata.unlisted)
        .map(({ post, categoryKey }) => ({
          title: post.metadata.title,
          permalink: post.metadata.permalink,
          description: post.metadata.description,
          date: new Date(post.metadata.date).toISOString(),
          categoryKey,
        }))
        .sort((a, b) => b.date.localeCompare(a.date));

      const globalData: BlogCategoriesGlobalData = { indexPermalink, categories, posts };
      actions.setGlobalData(globalData);

      // 카테고리 페이지도 블로그와 같은 옆 목록을 보여 주도록, 블로그의 옆 목록(blogSidebarCount: 'ALL')을 그대로 만듭니다.
      const sidebar: BlogSidebar = {
        title: blog.blogSidebarTitle,
        items: posts.map((post) => ({
          title: post.title,
          permalink: post.permalink,
          unlisted: false,
          date: post.date,
        })),
      };
      const sidebarPath = await actions.createData('blog-category-sidebar.json', JSON.stringify(sidebar));

      const indexData: CategoryIndexData = {
        categories: categories.map((category) => ({
          ...category,
          postCount: postsInCategory(category, posts, categoryPathSeparator).length,
        })),
      };
      actions.addRoute({
        path: indexPermalink,
        component: path.join(componentsDir, 'BlogCategoryIndex'),
        exact: true,
        modules: {
          data: await actions.createData('blog-category-index.json', JSON.stringify(indexData)),
          sidebar: sidebarPath,
        },
      });

      for (const [index, category] of categories.entries()) {
        const pageData: CategoryPageData = {
          category,
          children: categories.filter((other) => other.parentKey === category.key),
          posts: postsInCategory(category, posts, categoryPathSeparator),
        };
        actions.addRoute({
          path: category.permalink,
          component: path.join(componentsDir, 'BlogCategoryPage'),
          exact: true,
          modules: {
            // 파일 이름에 한글을 넣지 않으려고 순번을 씁니다.
            data: await actions.createData(`blog-category-${index}.json`, JSON.stringify(pageData)),
            sidebar: sidebarPath,
          },
        });
      }
    },
  };
}
