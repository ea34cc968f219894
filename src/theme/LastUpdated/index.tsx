import type { ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import { ThemeClassNames } from '@docusaurus/theme-common';
import type { Props } from '@theme/LastUpdated';
import { formatKoreanLongDate } from '@site/src/lib/postDate';

/**
 * 문서 끝의 "최종 수정: 2026년 11월 29일에". theme-classic의 같은 컴포넌트와 같은 HTML과 번역 문구를 쓰되, 날짜를
 * `Intl.DateTimeFormat` 대신 `formatKoreanLongDate`로 만듭니다. 장 페이지에서는 이것이 브라우저의 첫 `Intl` 사용이라
 * 하이드레이션 한가운데서 한국어 ICU 자료를 읽었습니다(`src/theme/BlogPostItem/Header/Info`와 같은 이유,
 * `tests/unit/post-date.test.ts`가 `Intl`의 `month: 'short'`와도 비교).
 */
export default function LastUpdated({ lastUpdatedAt, lastUpdatedBy }: Props): ReactNode {
  const modified = lastUpdatedAt ? new Date(lastUpdatedAt).toISOString() : undefined;
  const atDate =
    modified === undefined ? (
      ''
    ) : (
      <Translate
        id="docsStudy.lastUpdated.atDate"
        description="'최종 수정: 2026년 11월 29일'. 테마의 기본 번역 ' {date}에'는 문장 끝에 '에'만 남아 날짜만 둡니다"
        values={{
          date: (
            <b>
              <time dateTime={modified} itemProp="dateModified">
                {formatKoreanLongDate(modified)}
              </time>
            </b>
          ),
        }}
      >
        {' {date}'}
      </Translate>
    );
  const byUser = !lastUpdatedBy ? (
    ''
  ) : (
    <Translate
      id="theme.lastUpdated.byUser"
      description="The words used to describe by who the page has been last updated"
      values={{ user: <b>{lastUpdatedBy}</b> }}
    >
      {' by {user}'}
    </Translate>
  );
  return (
    <span className={ThemeClassNames.common.lastUpdated}>
      <Translate
        id="theme.lastUpdated.lastUpdatedAtBy"
        description="The sentence used to display when a page has been last updated, and by who"
        values={{ atDate, byUser }}
      >
        {'Last updated{atDate}{byUser}'}
      </Translate>
    </span>
  );
}
