import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { chapterOfFile } from '../../src/data/chapters';
import { editionKeyOfVersion } from '../../src/data/editions';
import { loadedDocsContent } from '../../src/lib/content/docsContent';
import { readMarkdownDocument } from '../../src/lib/content/markdown';
import { readingStats } from '../../src/lib/content/readingStats';
import type { ReadingStatsData } from './types';

export type Options = {
  readonly docsPluginId?: string;
};

export const pluginName = 'reading-stats';

/**
 * 두 판의 장마다 읽는 시간과 절 수(`src/lib/content/readingStats.ts`)를 계산해 전역 데이터로 넘깁니다.
 * 홈의 장 카드와 장 첫머리(`src/components/ChapterReadingStats`)가 이 한 곳의 값을 읽습니다.
 * 파일은 문서 플러그인이 읽어 들인 그 MDX라, 장을 고치면 다음 빌드에서 값도 바뀝니다.
 */
export default function readingStatsPlugin(context: LoadContext, options: Options): Plugin {
  return {
    name: pluginName,
    async allContentLoaded({ allContent, actions }) {
      const docs = loadedDocsContent(allContent, options.docsPluginId ?? 'default', pluginName);
      const data: ReadingStatsData = {};
      for (const version of docs.loadedVersions) {
        const edition = editionKeyOfVersion(version.versionName);
        if (edition === undefined) continue;
        const byChapter: Record<string, ReadingStatsData[string][string]> = {};
        for (const doc of version.docs) {
          const file = path.resolve(context.siteDir, doc.source.replace(/^@site\//, ''));
          const chapter = chapterOfFile(path.basename(file, path.extname(file)));
          if (chapter === undefined) continue;
          const { minutes, sections } = readingStats(readMarkdownDocument(file));
          byChapter[chapter.id] = { minutes, sections };
        }
        data[edition] = byChapter;
      }
      actions.setGlobalData(data);
    },
  };
}
