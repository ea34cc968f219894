import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import { normalizeUrl } from '@docusaurus/utils';
import { editionLabel, editionRank } from '../../src/lib/editionLabels';
import { collectTagExplorerData } from './collect';

export type Options = {
  /** 태그 탐색기의 주소 (baseUrl 제외) */
  readonly routePath?: string;
  readonly docsPluginId?: string;
  readonly blogPluginId?: string;
};

/**
 * 문서(모든 판)와 블로그가 읽어 들인 내용에서 태그를 모아 `/tags` 페이지를 만듭니다.
 * 손으로 적은 목록이 아니라 빌드한 내용에서 나오므로, 글에 태그를 달면 탐색기에도 바로 나타납니다.
 */
export default function tagExplorerPlugin(context: LoadContext, options: Options): Plugin {
  const routePath = normalizeUrl([context.baseUrl, options.routePath ?? '/tags']);
  return {
    name: 'tag-explorer',
    async allContentLoaded({ allContent, actions }) {
      const docs = allContent['docusaurus-plugin-content-docs']?.[options.docsPluginId ?? 'default'] as
        DocsContent | undefined;
      const blog = allContent['docusaurus-plugin-content-blog']?.[options.blogPluginId ?? 'default'] as
        BlogContent | undefined;
      const data = collectTagExplorerData(docs, blog, { editionLabel, editionRank });
      actions.addRoute({
        path: routePath,
        component: path.resolve(__dirname, '../../src/components/TagExplorer'),
        exact: true,
        modules: { data: await actions.createData('tag-explorer.json', JSON.stringify(data)) },
      });
    },
  };
}
