import type { AllContent } from '@docusaurus/types';
import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';

/**
 * 로컬 플러그인이 `allContentLoaded`에서 문서 플러그인이 읽어 들인 내용(두 판의 문서)을 꺼냅니다. 없으면 그 플러그인의
 * 이름을 대며 빌드를 멈춥니다(문서 플러그인 id를 잘못 적었을 때).
 */
export function loadedDocsContent(
  allContent: AllContent,
  docsPluginId: string,
  pluginName: string,
): DocsContent {
  const docs = allContent['docusaurus-plugin-content-docs']?.[docsPluginId] as DocsContent | undefined;
  if (!docs) throw new Error(`[${pluginName}] 문서 플러그인의 내용을 찾지 못했습니다.`);
  return docs;
}
