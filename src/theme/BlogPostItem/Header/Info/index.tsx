import type { ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import { useBlogPost } from '@docusaurus/plugin-content-blog/client';
import type { Props } from '@theme/BlogPostItem/Header/Info';
import { formatKoreanLongDate } from '@site/src/lib/postDate';
import styles from './styles.module.css';

/**
 * 글 머리의 날짜와 읽는 시간. theme-classic의 같은 컴포넌트와 같은 HTML을 내지만 `Intl`을 쓰지 않습니다.
 * 원래 컴포넌트는 날짜에 `Intl.DateTimeFormat`, 읽는 시간에 `Intl.PluralRules`를 쓰고, 블로그 페이지에서는 그것이
 * 브라우저의 첫 `Intl` 사용이라 하이드레이션 한가운데서 한국어 ICU 자료를 읽습니다(4배 느린 CPU에서 약 80 ms).
 * 날짜는 `formatKoreanLongDate`가 만들고, 읽는 시간 문구는 Docusaurus의 번역(`약 {readingTime}분`)을 그대로 씁니다.
 * 한국어의 복수 범주는 `other` 하나뿐이라(CLDR) 문구도 한 가지입니다(`tests/unit/post-date.test.ts`가 확인).
 */
export default function BlogPostItemHeaderInfo({ className }: Props): ReactNode {
  const { metadata } = useBlogPost();
  const { date, readingTime } = metadata;
  return (
    <div className={clsx(styles.container, 'margin-vert--md', className)}>
      <time dateTime={date}>{formatKoreanLongDate(date)}</time>
      {readingTime !== undefined && (
        <>
          {' · '}
          {translate(
            {
              id: 'theme.blog.post.readingTime.plurals',
              description: 'Pluralized label for "{readingTime} min read"',
              message: 'One min read|{readingTime} min read',
            },
            { readingTime: Math.ceil(readingTime) },
          )}
        </>
      )}
    </div>
  );
}
