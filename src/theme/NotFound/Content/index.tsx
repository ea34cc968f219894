import type { ReactNode } from 'react';
import type { WrapperProps } from '@docusaurus/types';
import NotFoundContent from '@theme-original/NotFound/Content';
import type NotFoundContentType from '@theme/NotFound/Content';
import NotFoundHelp from '@site/src/components/NotFoundHelp';

type Props = WrapperProps<typeof NotFoundContentType>;

/**
 * 404 페이지: 테마의 안내(문구는 i18n/ko/code.json의 theme.NotFound.*) 아래에 검색 상자와 장 목록을 둡니다.
 * 기본 페이지는 "사이트 관리자에게 알려 주세요"뿐이라 잘못된 주소로 온 독자가 갈 곳이 없었습니다(이슈 #19).
 */
export default function NotFoundContentWrapper(props: Props): ReactNode {
  return (
    <>
      <NotFoundContent {...props} />
      <NotFoundHelp />
    </>
  );
}
