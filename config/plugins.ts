import type { LoadContext, Plugin, PluginConfig, PluginModule, PluginOptions } from '@docusaurus/types';
import blogCategoriesPlugin from '../plugins/blog-categories';
import commandReferencePlugin from '../plugins/command-reference';
import bookPlugin from '../plugins/book';
import readingStatsPlugin from '../plugins/reading-stats';
import mermaidWithoutElkPlugin from '../plugins/mermaid-without-elk';
import prefetchOncePlugin from '../plugins/prefetch-once';
import prismWithCodeBlocksPlugin from '../plugins/prism-with-code-blocks';
import rehypeScrollableTables from '../plugins/rehype-scrollable-tables';
import remarkGlossaryLinks from '../plugins/remark-glossary-links';
import searchLocalKo from '../plugins/search-local-ko';
import tagExplorerPlugin from '../plugins/tag-explorer';
import { createRedirectOptions } from './redirects';
import { searchOptions } from './search';

/*
 * 플러그인은 모두 이 파일에서 등록합니다(issue #21): Docusaurus 플러그인은 `createPlugins()`, 테마 컴포넌트를 주는 플러그인은
 * `createThemes()`(사이트의 `src/theme`보다 뒤, 다른 플러그인보다 앞에 읽힙니다), 문서 MDX의 rehype 플러그인은
 * `docsRehypePlugins`. 로컬 플러그인은 모두 `localPlugin(플러그인, 옵션)`으로 넣습니다.
 */

/**
 * 로컬 플러그인(`plugins/` 아래의 TypeScript 모듈)을 설정에 넣습니다. Docusaurus는 이름으로는 `.js`만
 * 찾으므로 함수를 그대로 넘기고, 옵션은 플러그인의 `Options` 타입으로 검사합니다.
 */
export function localPlugin<O extends PluginOptions>(
  plugin: (context: LoadContext, options: O) => Plugin,
  options: O,
): PluginConfig {
  // Docusaurus는 옵션을 unknown으로 넘기지만, 위에서 O로 검사한 값에 `id`만 더해 돌려줍니다.
  const module: PluginModule = (context, normalized) => plugin(context, normalized as O);
  return [module, options];
}

/** 프리셋 밖의 플러그인 */
export function createPlugins(): PluginConfig[] {
  return [
    // 블로그 글의 `category`를 검사하고 `/blog/category/...` 페이지를 만듭니다.
    localPlugin(blogCategoriesPlugin, { blogRouteBasePath: 'blog' }),
    // 문서와 블로그의 태그를 모아 `/tags` 페이지를 만듭니다.
    localPlugin(tagExplorerPlugin, { routePath: '/tags' }),
    // 판마다 장에 나온 docker 명령을 모아 명령어 사전(`docs/commands.mdx`)이 불러 쓸 데이터를 만듭니다.
    localPlugin(commandReferencePlugin, { pageDocId: 'commands' }),
    // 판마다 시리즈 소개와 그 판의 장(src/data/chapters.ts의 editions)을 한 페이지에 모은 인쇄용 책(`/book`, `/book/2025.02`)을 만듭니다.
    localPlugin(bookPlugin, {}),
    // 두 판의 장마다 읽는 시간과 절 수를 계산해 홈 카드와 장 첫머리가 쓸 전역 데이터로 넘깁니다.
    localPlugin(readingStatsPlugin, {}),
    ['@docusaurus/plugin-client-redirects', createRedirectOptions()],
    // Mermaid의 선택 패키지(ELK 배치)를 webpack 빌드에서도 찾지 않게 합니다.
    localPlugin(mermaidWithoutElkPlugin, {}),
    // Prism을 모든 페이지의 main.js에서 빼고, 코드 블록이 있는 페이지의 청크로 옮깁니다.
    localPlugin(prismWithCodeBlocksPlugin, {}),
    // 보이는 링크의 청크를 미리 받을 때 같은 파일을 한 번만 받습니다.
    localPlugin(prefetchOncePlugin, {}),
  ];
}

/** 테마 컴포넌트를 주는 플러그인: Mermaid 테마와 한국어 검색(`SearchBar`, `SearchPage`, 설정은 `config/search.ts`) */
export function createThemes(): PluginConfig[] {
  return ['@docusaurus/theme-mermaid', localPlugin(searchLocalKo, searchOptions)];
}

/** 문서 MDX에 쓰는 rehype 플러그인: 표를 키보드로 스크롤하게 합니다 */
export const docsRehypePlugins = [rehypeScrollableTables];

/** 문서 MDX에 쓰는 remark 플러그인: 장마다 용어가 처음 나오는 곳을 같은 판의 용어집으로 연결합니다 */
export const docsRemarkPlugins = [remarkGlossaryLinks];
