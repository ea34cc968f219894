import type { ReactNode } from 'react';
import clsx from 'clsx';
import type { WrapperProps } from '@docusaurus/types';
import Link from '@docusaurus/Link';
import { useDocsVersion } from '@docusaurus/plugin-content-docs/client';
import DocVersionBanner from '@theme-original/DocVersionBanner';
import type DocVersionBannerType from '@theme/DocVersionBanner';
import { changesAnchorOf, numberedChapterTitle } from '@site/src/data/chapters';
import { useChapterOfPage } from '@site/src/lib/chapterOfPage';
import { editions } from '@site/src/data/editions';
import styles from './styles.module.css';

type Props = WrapperProps<typeof DocVersionBannerType>;

const changesPath = `${editions.revised.basePath}/changes`;

/**
 * 초판 문서의 배너(테마의 `unmaintained` 배너, 문구는 `i18n/ko/code.json`) 바로 아래에 이어 붙여,
 * 이 장이 개정판에서 어떻게 달라졌는지 변경 내역의 그 장 부분으로 안내합니다. 장이 아닌 문서(시리즈 소개,
 * 용어집, 명령어 사전)는 변경 내역 페이지 처음으로 안내합니다.
 */
export default function DocVersionBannerWrapper(props: Props): ReactNode {
  const version = useDocsVersion();
  const chapter = useChapterOfPage()?.chapter;
  if (version.version !== editions.first.version || version.banner === null) {
    return <DocVersionBanner {...props} />;
  }
  return (
    <div className={styles.joined}>
      <DocVersionBanner {...props} className={clsx(props.className, styles.bannerTop)} />
      <p className={clsx('alert alert--warning', styles.changesLine)} data-edition-changes-link>
        {chapter === undefined ? (
          <>
            두 판 사이에서 장마다 무엇이 달라졌는지는 <Link to={changesPath}>변경 내역</Link>에 모았습니다.
          </>
        ) : (
          <>
            개정판에서 달라진 점은{' '}
            <Link to={`${changesPath}#${changesAnchorOf(chapter)}`}>
              변경 내역의 {numberedChapterTitle(chapter)}
            </Link>
            에 있습니다.
          </>
        )}
      </p>
    </div>
  );
}
