import type { ReactNode } from 'react';
import Footer from '@theme-original/BlogPostItem/Footer';
import type FooterType from '@theme/BlogPostItem/Footer';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import BlogCategoryOtherPosts from '@site/src/components/BlogCategoryOtherPosts';
import { usePostCategory } from '@site/src/lib/blogCategories';

type Props = WrapperProps<typeof FooterType>;

/** 글 페이지에서만 글 끝에 "카테고리의 다른 글" 상자를 붙입니다. 목록 화면에는 붙이지 않습니다. */
export default function FooterWrapper(props: Props): ReactNode {
  const { metadata, isBlogPostPage } = useBlogPost();
  const postCategory = usePostCategory(metadata.permalink);
  return (
    <>
      <Footer {...props} />
      {isBlogPostPage && postCategory && (
        <BlogCategoryOtherPosts category={postCategory.category} posts={postCategory.otherPosts} />
      )}
    </>
  );
}
