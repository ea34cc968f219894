import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import BlogLayout from '@theme/BlogLayout';
import type { BlogSidebar } from '@docusaurus/plugin-content-blog';
import type { CategoryPageData } from '@site/plugins/blog-categories/types';
// 플러그인이 이 파일을 경로로 가리키므로 다른 사이트(빌드 실패 테스트의 작은 사이트)에서도 찾을 수 있게 상대 경로로 가져옵니다.
import BlogCategoryBreadcrumb from '../BlogCategoryBreadcrumb';
import { formatDotDate } from '../../lib/postDate';
import { useBlogCategories } from '../../lib/blogCategories';
import styles from './styles.module.css';

export interface Props {
  /** `plugins/blog-categories`가 만든 이 카테고리의 데이터 */
  readonly data: CategoryPageData;
  readonly sidebar: BlogSidebar;
}

/** 한 카테고리(와 하위 카테고리)의 글 목록 페이지 */
export default function BlogCategoryPage({ data, sidebar }: Props): ReactNode {
  const { category, children, posts } = data;
  const { indexPermalink } = useBlogCategories();
  const parents = category.trail.slice(0, -1);
  return (
    <BlogLayout title={`${category.label} 카테고리`} description={category.description} sidebar={sidebar}>
      <header className="margin-bottom--lg">
        {parents.length > 0 && <BlogCategoryBreadcrumb trail={parents} />}
        <Heading as="h1">{category.trail.map((crumb) => crumb.label).join(' › ')}</Heading>
        <p className={styles.description}>{category.description}</p>
        {children.length > 0 && (
          <nav aria-label="하위 카테고리">
            <ul className={clsx('clean-list', styles.children)}>
              {children.map((child) => (
                <li key={child.key}>
                  <Link to={child.permalink}>{child.label}</Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <p className={styles.meta}>
          글 {posts.length}편 · <Link to={indexPermalink}>모든 카테고리</Link>
        </p>
      </header>
      <ol className={clsx('clean-list', styles.posts)} aria-label={`${category.label} 카테고리의 글`}>
        {posts.map((post) => (
          <li key={post.permalink} className={styles.post}>
            <Heading as="h2" className={styles.postTitle}>
              <Link to={post.permalink}>{post.title}</Link>
            </Heading>
            <time className={styles.date} dateTime={post.date}>
              {formatDotDate(post.date)}
            </time>
            <p className={styles.postDescription}>{post.description}</p>
          </li>
        ))}
      </ol>
    </BlogLayout>
  );
}
