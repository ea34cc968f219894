import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { DocMetadata, LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import { normalizeUrl } from '@docusaurus/utils';
import { bookEditions } from '../../src/data/book';
import { chapterNumberLabel, chaptersIn } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import type { BookData } from '../../src/components/BookView/types';

export type Options = {
  readonly docsPluginId?: string;
};

/** 시리즈 소개(`index.mdx`)의 책 안 앵커. 그 밖의 앞 문서(개정판의 `getting-started`)는 파일 이름을 앵커로 씁니다. */
const introFile = 'index';

/** `1.1 `, `2. `, `*. `처럼 번호로 시작하는 제목 */
const numberedTitle = /^(\d+(\.\d+)*\.?|\*\.)\s/;

/**
 * 판마다 시리즈 소개(개정판은 시작하기까지)와 그 판에 실린 장(`src/data/chapters.ts`의 `editions`)을 한 페이지에 차례로 싣는 책 페이지(`/book`, `/book/2025.02`)를 만듭니다.
 * 글을 베끼지 않고 문서 플러그인이 읽어 들인 MDX 파일을 그대로 모듈로 불러오므로, 장을 고치면 책도 바뀝니다.
 * `npm run pdf`가 이 페이지를 인쇄해 PDF를 만듭니다.
 */
export default function bookPlugin(context: LoadContext, options: Options): Plugin {
  return {
    name: 'book',
    async allContentLoaded({ allContent, actions }) {
      const docsPluginId = options.docsPluginId ?? 'default';
      const docs = allContent['docusaurus-plugin-content-docs']?.[docsPluginId] as DocsContent | undefined;
      if (docs === undefined) {
        throw new Error(
          `[book] 문서 플러그인(id: ${docsPluginId})의 내용이 없습니다. config/plugins.ts의 옵션을 확인하세요.`,
        );
      }
      for (const book of bookEditions) {
        const version = docs.loadedVersions.find((candidate) => candidate.versionName === book.version);
        if (version === undefined) {
          throw new Error(
            `[book] 문서 버전 ${book.version}이 없습니다. src/data/book.ts의 version을 versions.json과 맞추세요.`,
          );
        }
        // 문서 id에서는 번호 접두사(`01-`)가 빠지므로 파일 이름(`src/data/chapters.ts`의 id)으로 찾습니다.
        const find = (id: string): DocMetadata => {
          const doc = version.docs.find((candidate) => path.basename(candidate.source, '.mdx') === id);
          if (doc === undefined) {
            throw new Error(
              `[book] ${book.version} 판에 문서 ${id}가 없습니다. 그 판의 폴더에 ${id}.mdx를 두거나, 장이면 src/data/chapters.ts의 editions에서 ${book.edition}을 빼고(새 장은 개정판에만), 앞 문서면 src/data/book.ts의 frontDocs를 고치세요.`,
            );
          }
          return doc;
        };
        // 책에 싣는 문서: 판마다 정한 앞 문서(src/data/book.ts의 frontDocs)와 여섯 장, 이 순서대로
        const parts = [
          ...book.frontDocs.map((id) => ({
            anchor: id === introFile ? 'intro' : id,
            number: '',
            doc: find(id),
          })),
          ...chaptersIn(book.edition).map((chapter) => ({
            anchor: chapter.slug.replace(/^\//, ''),
            number: chapterNumberLabel(chapter),
            doc: find(chapter.id),
          })),
        ];
        const data: BookData = {
          editionLabel: editions[book.edition].label,
          parts: parts.map(({ anchor, number, doc }) => ({
            anchor,
            number,
            // 초판의 제목은 원래 글의 번호로 시작하므로(`1.1 Docker 개념`, `*. 심화 내용`) 그 번호를 떼고
            // 차례와 머리글에는 src/data/chapters.ts의 번호(`1장`)만 보입니다.
            title: doc.title.replace(numberedTitle, ''),
            permalink: doc.permalink,
          })),
        };
        actions.addRoute({
          path: normalizeUrl([context.baseUrl, book.routePath]),
          component: path.resolve(__dirname, '../../src/components/BookView'),
          exact: true,
          modules: {
            data: await actions.createData(`book-${book.version}.json`, JSON.stringify(data)),
            contents: Object.fromEntries(parts.map(({ anchor, doc }) => [anchor, doc.source])),
          },
        });
      }
    },
  };
}
