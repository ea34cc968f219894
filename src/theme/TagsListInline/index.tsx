import type { ReactNode } from 'react';
import type { WrapperProps } from '@docusaurus/types';
import TagsListInline from '@theme-original/TagsListInline';
import type TagsListInlineType from '@theme/TagsListInline';

type Props = WrapperProps<typeof TagsListInlineType>;

/**
 * 문서와 블로그 글 끝의 태그 칩이 그 태그를 고른 태그 탐색기(`/tags?tags=<키>`)를 엽니다. 전에는 문서 칩은 그 판의
 * 문서 태그 페이지로, 블로그 칩은 블로그 태그 페이지로 가서 같은 태그의 다른 글을 보려면 세 곳을 돌아야 했습니다
 * (이슈 #19). 탐색기의 키는 태그 페이지 주소의 마지막 부분(`tags.yml`의 키)과 같고, 각 태그 페이지는 탐색기의 카드에서
 * 그대로 열 수 있습니다.
 */
export default function TagsListInlineWrapper({ tags }: Props): ReactNode {
  const explorerTags = tags.map((tag) => {
    const key =
      tag.permalink
        .split('/')
        .filter((part) => part !== '')
        .at(-1) ?? '';
    return key === '' ? tag : { ...tag, permalink: `/tags?tags=${encodeURIComponent(key)}` };
  });
  return <TagsListInline tags={explorerTags} />;
}
