import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import {
  commandCategories,
  commandDescriptions,
  flagMeanings,
  pluginOptionsWithValue,
} from '../../src/data/commands';
import { loadDockerCliReference } from '../../src/lib/content/dockerCommand';
import { loadedDocsContent } from '../../src/lib/content/docsContent';
import { readMarkdownDocument } from '../../src/lib/content/markdown';
import {
  collectCommandReference,
  formatUndescribed,
  problemsInDescriptions,
  type CommandDescriptions,
  type ReferenceSourceDoc,
} from './collect';

export type Options = {
  /** 명령어 사전 문서의 id. 이 문서는 명령을 모으는 대상에서 뺍니다. */
  readonly pageDocId?: string;
  readonly docsPluginId?: string;
};

export const pluginName = 'command-reference';

/**
 * 판마다 장에 나온 `docker` 명령을 모아 `@generated/command-reference/default/<버전>.json`을 만듭니다.
 * 그 판의 `commands.mdx`가 이 파일을 불러 목록을 그리므로, 장에 명령을 쓰면 사전에도 바로 나타납니다.
 * 설명(`src/data/commands.ts`)이 없는 명령을 만나면 명령과 파일을 알리며 빌드를 멈춥니다.
 */
export default function commandReferencePlugin(
  context: LoadContext,
  options: Options,
  // 테스트가 설명 목록을 바꿔 넣을 수 있게 합니다. 사이트 설정은 넘기지 않으므로 `src/data/commands.ts`를 씁니다.
  described: CommandDescriptions = {
    categories: commandCategories,
    descriptions: commandDescriptions,
    pluginOptionsWithValue,
    flagMeanings,
  },
): Plugin {
  const pageDocId = options.pageDocId ?? 'commands';
  return {
    name: pluginName,
    async allContentLoaded({ allContent, actions }) {
      const docs = loadedDocsContent(allContent, options.docsPluginId ?? 'default', pluginName);
      const reference = loadDockerCliReference();
      const descriptionProblems = problemsInDescriptions(described, reference);
      if (descriptionProblems.length > 0) {
        throw new Error(
          `[${pluginName}] src/data/commands.ts를 고치세요:\n${descriptionProblems.map((problem) => `  ${problem}`).join('\n')}`,
        );
      }
      for (const version of docs.loadedVersions) {
        const sourceDocs: ReferenceSourceDoc[] = version.docs
          .filter((doc) => doc.id !== pageDocId)
          .sort((a, b) => (a.sidebarPosition ?? 0) - (b.sidebarPosition ?? 0))
          .map((doc) => ({
            title: doc.title,
            permalink: doc.permalink,
            document: readMarkdownDocument(path.join(context.siteDir, doc.source.replace(/^@site\//, ''))),
          }));
        const { data, undescribed } = collectCommandReference(
          version.versionName,
          sourceDocs,
          described,
          reference,
        );
        if (undescribed.length > 0) {
          throw new Error(
            `[${pluginName}] 명령어 사전에 설명이 없는 명령입니다. src/data/commands.ts에 command, category, summary(플러그인 명령은 plugin의 usage와 source도)를 더하세요:\n${undescribed.map((use) => `  ${formatUndescribed(use, context.siteDir)}`).join('\n')}`,
          );
        }
        await actions.createData(`${version.versionName}.json`, JSON.stringify(data));
      }
    },
  };
}
