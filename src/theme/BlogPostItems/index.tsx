import type { ReactNode } from 'react';
import type { WrapperProps } from '@docusaurus/types';
import { useLocation } from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import BlogPostItems from '@theme-original/BlogPostItems';
import type BlogPostItemsType from '@theme/BlogPostItems';
import { blogSite } from '@site/src/data/blog';
import styles from './styles.module.css';

type Props = WrapperProps<typeof BlogPostItemsType>;

/**
 * 블로그 글 목록(`/blog`, `/blog/page/N`)에는 Docusaurus가 `<h1>`을 그리지 않습니다. 태그·저자·카테고리 페이지는
 * 머리글에 제목이 있으므로, 목록 페이지일 때만 글 목록 앞에 블로그 제목을 `<h1>`으로 둡니다. 목록 페이지
 * 컴포넌트 전체를 꺼내지(eject) 않으려고 글 목록(`BlogPostItems`)을 감쌉니다.
 */
export default function BlogPostItemsWrapper(props: Props): ReactNode {
  const { pathname } = useLocation();
  const listPath = useBaseUrl(`/${blogSite.routeBasePath}`);
  const isListPage = pathname === listPath || pathname.startsWith(`${listPath}/page/`);
  return (
    <>
      {isListPage ? <h1 className={styles.title}>{blogSite.title}</h1> : null}
      <BlogPostItems {...props} />
    </>
  );
}
