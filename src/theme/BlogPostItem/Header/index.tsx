import type { ReactNode } from 'react';
import Header from '@theme-original/BlogPostItem/Header';
import type HeaderType from '@theme/BlogPostItem/Header';
import type { WrapperProps } from '@docusaurus/types';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import BlogCategoryBreadcrumb from '@site/src/components/BlogCategoryBreadcrumb';
import { usePostCategory } from '@site/src/lib/blogCategories';

type Props = WrapperProps<typeof HeaderType>;

/** 글 머리 위에 원래 블로그처럼 카테고리(`정리용 › Docker`)를 보여 줍니다. 목록에서도 같습니다. */
export default function HeaderWrapper(props: Props): ReactNode {
  const { metadata } = useBlogPost();
  const postCategory = usePostCategory(metadata.permalink);
  return (
    <>
      {postCategory && <BlogCategoryBreadcrumb trail={postCategory.category.trail} />}
      <Header {...props} />
    </>
  );
}
