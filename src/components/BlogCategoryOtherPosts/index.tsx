import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import type { CategorizedPost, ResolvedCategory } from '@site/plugins/blog-categories/types';
import { formatDotDate } from '@site/src/lib/postDate';
import styles from './styles.module.css';

export interface Props {
  readonly category: ResolvedCategory;
  /** 지금 글을 뺀 같은 카테고리의 글, 최신 글이 앞 */
  readonly posts: readonly CategorizedPost[];
}

/** 원래 블로그가 글 끝에 붙이던 "카테고리의 다른 글" 상자입니다. */
export default function BlogCategoryOtherPosts({ category, posts }: Props): ReactNode {
  if (posts.length === 0) return null;
  const headingId = 'category-other-posts';
  const name = category.trail.map((crumb) => crumb.label).join(' > ');
  return (
    <section className={styles.box} aria-labelledby={headingId}>
      {/* 본문 제목이 아니므로 Heading의 # 링크(앵커)를 붙이지 않습니다. */}
      <h2 id={headingId} className={styles.heading}>
        ‘<Link to={category.permalink}>{name}</Link>’ 카테고리의 다른 글
      </h2>
      <ul className={clsx('clean-list', styles.list)}>
        {posts.map((post) => (
          <li key={post.permalink} className={styles.item}>
            <Link to={post.permalink} className={styles.title}>
              {post.title}
            </Link>
            <time className={styles.date} dateTime={post.date}>
              {formatDotDate(post.date)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
