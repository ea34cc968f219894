import type { ReactNode } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import BlogLayout from '@theme/BlogLayout';
import type { BlogSidebar } from '@docusaurus/plugin-content-blog';
import type { CategoryIndexData } from '@site/plugins/blog-categories/types';
import styles from './styles.module.css';

export interface Props {
  readonly data: CategoryIndexData;
  readonly sidebar: BlogSidebar;
}

type IndexedCategory = CategoryIndexData['categories'][number];

function CategoryTree({
  categories,
  parentKey,
}: {
  readonly categories: readonly IndexedCategory[];
  readonly parentKey: string | null;
}): ReactNode {
  const level = categories.filter((category) => category.parentKey === parentKey);
  if (level.length === 0) return null;
  return (
    <ul className={parentKey === null ? clsx('clean-list', styles.tree) : styles.subtree}>
      {level.map((category) => (
        <li key={category.key} className={styles.node}>
          <Link to={category.permalink} className={styles.name}>
            {category.label}
          </Link>{' '}
          <span className={styles.count}>({category.postCount})</span>
          <p className={styles.description}>{category.description}</p>
          <CategoryTree categories={categories} parentKey={category.key} />
        </li>
      ))}
    </ul>
  );
}

/** 모든 카테고리를 원래 블로그의 분류 전체보기처럼 나무 모양으로 보여 줍니다. */
export default function BlogCategoryIndex({ data, sidebar }: Props): ReactNode {
  return (
    <BlogLayout
      title="카테고리"
      description="블로그 글을 원래 블로그의 카테고리별로 모아 봅니다."
      sidebar={sidebar}
    >
      <Heading as="h1">카테고리</Heading>
      <p>원래 블로그의 분류를 그대로 옮겼습니다. 괄호 안의 숫자는 하위 카테고리를 포함한 글 수입니다.</p>
      <CategoryTree categories={data.categories} parentKey={null} />
    </BlogLayout>
  );
}
