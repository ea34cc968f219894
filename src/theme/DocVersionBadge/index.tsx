import type { ReactNode } from 'react';
import type { WrapperProps } from '@docusaurus/types';
import DocVersionBadge from '@theme-original/DocVersionBadge';
import type DocVersionBadgeType from '@theme/DocVersionBadge';
import ChapterReadingStats from '@site/src/components/ChapterReadingStats';
import { useChapterOfPage } from '@site/src/lib/chapterOfPage';
import styles from './styles.module.css';

type Props = WrapperProps<typeof DocVersionBadgeType>;

/** 장 페이지에서는 판 배지 옆, 장 제목 바로 위에 읽는 시간과 절 수를 보입니다(두 판 모두). */
export default function DocVersionBadgeWrapper(props: Props): ReactNode {
  const page = useChapterOfPage();
  return (
    <>
      <DocVersionBadge {...props} />
      {page === undefined ? null : (
        <ChapterReadingStats chapterId={page.chapter.id} edition={page.edition} className={styles.stats} />
      )}
    </>
  );
}
