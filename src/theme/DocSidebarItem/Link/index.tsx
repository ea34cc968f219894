import type { ReactNode } from 'react';
import clsx from 'clsx';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type { WrapperProps } from '@docusaurus/types';
import {
  chapterAtPath,
  chapterRecord,
  chapterState,
  describeChapterState,
  type ChapterLocation,
  type ChapterState,
} from '@site/src/progress/model';
import { useReadingProgress } from '@site/src/progress/store';
import styles from './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

/** 사이드바에 보이는 짧은 표시. 낱말 전체는 링크의 접근 가능한 이름에 넣습니다. */
function shortLabel(state: ChapterState): string {
  switch (state.kind) {
    case 'not-started':
      return '';
    case 'in-progress':
      return `${state.read}/${state.total}`;
    case 'done':
      return '다 읽음';
  }
}

function ChapterLink({ location, ...props }: Props & { readonly location: ChapterLocation }): ReactNode {
  const progress = useReadingProgress();
  const state =
    progress === undefined
      ? undefined
      : chapterState(chapterRecord(progress, location.edition, location.chapter));
  return (
    <Link
      {...props}
      item={{ ...props.item, className: clsx(props.item.className, styles.chapter) }}
      data-reading-state={state?.kind ?? 'unknown'}
      data-reading-label={state === undefined ? '' : shortLabel(state)}
      aria-label={state === undefined ? undefined : `${props.item.label} (${describeChapterState(state)})`}
    />
  );
}

/**
 * 두 판의 장 링크 옆에 읽기 상태를 보입니다(다 읽음 / 읽은 절 3/12). 화면에는 짧게, 화면 읽기 프로그램에는
 * 링크 이름에 "읽지 않음", "절 12개 중 3개 읽음", "다 읽음"을 낱말로 붙입니다. 자리는 서버 렌더링 때부터 잡아 둡니다.
 */
export default function DocSidebarItemLinkWrapper(props: Props): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  const location = chapterAtPath(props.item.href, siteConfig.baseUrl);
  if (location === null) return <Link {...props} />;
  return <ChapterLink {...props} location={location} />;
}
