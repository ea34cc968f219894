import type { ReactNode } from 'react';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Footer from '@theme-original/DocItem/Footer';
import ChapterProgressEnd from '@site/src/components/ChapterProgressEnd';
import { chapterAtPath } from '@site/src/progress/model';

/** 두 판의 장 페이지에서 본문 끝, 태그·편집 링크 앞에 읽기 진행과 "다 읽음" 토글을 둡니다. */
export default function DocItemFooterWrapper(): ReactNode {
  const { metadata } = useDoc();
  const { siteConfig } = useDocusaurusContext();
  const location = chapterAtPath(metadata.permalink, siteConfig.baseUrl);
  return (
    <>
      {location === null ? null : (
        <ChapterProgressEnd edition={location.edition} chapter={location.chapter} />
      )}
      <Footer />
    </>
  );
}
