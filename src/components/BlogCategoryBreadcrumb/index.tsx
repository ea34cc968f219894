import type { ReactNode } from 'react';
import { Fragment } from 'react';
import Link from '@docusaurus/Link';
import type { CategoryCrumb } from '@site/plugins/blog-categories/types';
import styles from './styles.module.css';

export interface Props {
  /** 최상위 카테고리부터 글이 속한 카테고리까지 */
  readonly trail: readonly CategoryCrumb[];
}

/** 원래 블로그의 글 머리처럼 `정리용 › Docker`를 보여 주고, 칸마다 카테고리 페이지로 잇습니다. */
export default function BlogCategoryBreadcrumb({ trail }: Props): ReactNode {
  return (
    <nav className={styles.breadcrumb} aria-label="카테고리">
      {trail.map((crumb, index) => (
        <Fragment key={crumb.key}>
          {index > 0 && (
            <span className={styles.separator} aria-hidden="true">
              {' › '}
            </span>
          )}
          <Link
            className={styles.link}
            to={crumb.permalink}
            aria-current={index === trail.length - 1 ? 'location' : undefined}
          >
            {crumb.label}
          </Link>
        </Fragment>
      ))}
    </nav>
  );
}
