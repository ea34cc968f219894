import { usePluginData } from '@docusaurus/useGlobalData';
import type {
  BlogCategoriesGlobalData,
  CategorizedPost,
  ResolvedCategory,
} from '@site/plugins/blog-categories/types';

/** `plugins/blog-categories`가 빌드 때 만든 카테고리와 글 목록 */
export function useBlogCategories(): BlogCategoriesGlobalData {
  return usePluginData('blog-categories') as BlogCategoriesGlobalData;
}

export interface PostCategory {
  readonly category: ResolvedCategory;
  /** 같은 카테고리의 다른 글, 최신 글이 앞 */
  readonly otherPosts: readonly CategorizedPost[];
}

/** 글 주소로 그 글의 카테고리와 같은 카테고리의 다른 글을 찾습니다. 카테고리 밖의 글이면 `null`입니다. */
export function usePostCategory(permalink: string): PostCategory | null {
  const { categories, posts } = useBlogCategories();
  const post = posts.find((candidate) => candidate.permalink === permalink);
  if (!post) return null;
  const category = categories.find((candidate) => candidate.key === post.categoryKey);
  if (!category) return null;
  return {
    category,
    otherPosts: posts.filter(
      (candidate) => candidate.categoryKey === post.categoryKey && candidate.permalink !== permalink,
    ),
  };
}
