import path from 'node:path';
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import { chapterOfFile, numberedChapterTitle } from '../src/data/chapters';

type SidebarItemsGenerator = NonNullable<DocsOptions['sidebarItemsGenerator']>;

/**
 * 두 판의 사이드바에서 장의 이름을 `src/data/chapters.ts`의 번호와 제목(`1. Docker 개념`)으로 붙입니다.
 * 초판의 문서 제목은 원래 글의 번호(`1.1`, `*.`)를 그대로 지니므로, 그 제목이 아니라 장 목록에서 이름을 만들어야
 * 홈, 변경 내역, 책과 같은 번호가 됩니다.
 */
export const chapterSidebarItems: SidebarItemsGenerator = async ({
  defaultSidebarItemsGenerator,
  ...args
}) => {
  const items = await defaultSidebarItemsGenerator(args);
  const fileIdOfDoc = new Map(
    args.docs.map((doc) => [doc.id, path.basename(doc.source, path.extname(doc.source))]),
  );
  return items.map((item) => {
    if (item.type !== 'doc') return item;
    const chapter = chapterOfFile(fileIdOfDoc.get(item.id) ?? '');
    return chapter === undefined ? item : { ...item, label: numberedChapterTitle(chapter) };
  });
};
