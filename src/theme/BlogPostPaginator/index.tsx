import type { ReactNode } from 'react';
import Translate, { translate } from '@docusaurus/Translate';
import PaginatorNavLink from '@theme/PaginatorNavLink';
import type { Props } from '@theme/BlogPostPaginator';

/**
 * 글 끝의 이전·다음 글 링크를 시리즈 순서로 둡니다. 이 블로그의 글은 시리즈 순서대로 날짜가 붙어 있는데
 * (1.1장이 가장 오래됨), 테마는 최신 글을 앞에 두는 목록을 따라 "더 새 글"을 왼쪽의 "이전 게시물"로, "더 오래된 글"을
 * 오른쪽의 "다음 게시물"로 보여서, 3장 끝의 "다음 게시물"이 2장이었습니다. 여기서는 더 오래된 글(테마의 `nextItem`)을
 * 왼쪽 "이전 글"로, 더 새 글(`prevItem`)을 오른쪽 "다음 글"로 둡니다. 링크 모양은 테마의 `PaginatorNavLink` 그대로입니다.
 */
export default function BlogPostPaginator({ nextItem: olderPost, prevItem: newerPost }: Props): ReactNode {
  return (
    <nav
      className="pagination-nav docusaurus-mt-lg"
      aria-label={translate({
        id: 'theme.blog.post.paginator.navAriaLabel',
        message: 'Blog post page navigation',
        description: 'The ARIA label for the blog posts pagination',
      })}
    >
      {olderPost && (
        <PaginatorNavLink
          {...olderPost}
          subLabel={
            <Translate
              id="docsStudy.blogPaginator.olderPost"
              description="글 끝의 더 오래된 글 링크. 이 블로그의 글은 시리즈 순서대로 날짜가 붙어 있어 시리즈의 이전 글입니다"
            >
              이전 글
            </Translate>
          }
        />
      )}
      {newerPost && (
        <PaginatorNavLink
          {...newerPost}
          subLabel={
            <Translate
              id="docsStudy.blogPaginator.newerPost"
              description="글 끝의 더 새 글 링크. 시리즈의 다음 글입니다"
            >
              다음 글
            </Translate>
          }
          isNext
        />
      )}
    </nav>
  );
}
