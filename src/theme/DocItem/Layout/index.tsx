import type { ReactNode } from 'react';
import type { WrapperProps } from '@docusaurus/types';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Layout from '@theme-original/DocItem/Layout';
import type LayoutType from '@theme/DocItem/Layout';

type Props = WrapperProps<typeof LayoutType>;

/**
 * 문서 페이지를 schema.org `TechArticle` 항목으로 감쌉니다.
 * Docusaurus의 "마지막 수정" 시각은 `<time itemprop="dateModified">`로 나오는데, 그 속성이 속할 항목
 * (`itemscope`)이 문서 페이지에는 없어 HTML 검사기(Nu Html Checker)가 오류로 봅니다. 이 래퍼가 그 항목이
 * 되고, 제목과 설명을 함께 실어 검색 엔진이 글의 수정 시각을 읽을 수 있게 합니다.
 */
export default function DocItemLayoutWrapper(props: Props): ReactNode {
  const { metadata } = useDoc();
  return (
    <div itemScope itemType="https://schema.org/TechArticle">
      <meta itemProp="headline" content={metadata.title} />
      {metadata.description ? <meta itemProp="description" content={metadata.description} /> : null}
      <Layout {...props} />
    </div>
  );
}
