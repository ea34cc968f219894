import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import type { SearchGlobalData } from '../../src/search/indexFormat';
import { buildSearchIndex, type PageToIndex } from './buildIndex';
import { pageRole } from '../../src/search/weights';
import { keywordsForSlug, unknownKeywordAnchors } from '../../src/data/searchKeywords';
import { extractPage } from './extract';

/**
 * 한국어를 이해하는 오프라인 검색. 빌드가 끝나면 판(문서 버전)마다 색인 파일 하나를 `search-index/`에 쓰고,
 * 검색 상자(`@theme/SearchBar`)와 결과 페이지(`/search`)를 더합니다.
 *
 * 색인할 페이지는 문서 플러그인과 블로그 플러그인이 만든 글 목록에서 고르므로 태그, 목록, 보관함, 작성자
 * 페이지는 처음부터 들어가지 않습니다. 블로그 글은 판과 상관없으므로 모든 판의 색인에 넣습니다.
 */
export type SearchPluginOptions = {
  /** 색인할 문서 플러그인의 id */
  readonly docsPluginId?: string;
  /** 블로그 글도 색인할지 */
  readonly indexBlog?: boolean;
};

/** Docusaurus는 옵션을 `unknown`으로 넘기므로, 잘못 적은 옵션은 빌드를 시작할 때 알려 줍니다. */
function readOptions(raw: unknown): Required<SearchPluginOptions> {
  const fields = record(raw);
  const docsPluginId = fields.docsPluginId ?? 'default';
  const indexBlog = fields.indexBlog ?? true;
  if (typeof docsPluginId !== 'string' || typeof indexBlog !== 'boolean') {
    throw new Error(`[search-local-ko] 옵션이 올바르지 않습니다: ${JSON.stringify(raw)}`);
  }
  return { docsPluginId, indexBlog };
}

export const searchPluginName = 'search-local-ko';
export const searchIndexDir = 'search-index';

interface Target {
  readonly permalink: string;
  readonly kind: PageToIndex['kind'];
  readonly role: NonNullable<PageToIndex['role']>;
  /** 판 경로를 뺀 문서 주소(`/containers`). 블로그 글은 빈 문자열 */
  readonly slug: string;
}

interface Edition {
  readonly name: string;
  readonly label: string;
  /** 문서 플러그인의 `lastVersion`: 문서 밖에서 검색할 때 기본으로 쓰는 판 */
  readonly isLast: boolean;
  readonly docs: readonly Target[];
}

/** `allContent`는 플러그인마다 형식이 달라 `unknown`으로 오므로, 쓰는 필드만 확인하며 꺼냅니다. */
function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function readEditions(docsContent: unknown): Edition[] {
  return list(record(docsContent).loadedVersions).map((version) => {
    const fields = record(version);
    return {
      name: text(fields.versionName),
      label: text(fields.label),
      isLast: fields.isLast === true,
      docs: list(fields.docs)
        .map(record)
        .filter((doc) => doc.unlisted !== true && doc.draft !== true)
        .map((doc) => ({
          permalink: text(doc.permalink),
          kind: 'docs' as const,
          role: pageRole('docs', text(doc.slug)),
          slug: text(doc.slug),
        })),
    };
  });
}

function readBlogPosts(blogContent: unknown): Target[] {
  return list(record(blogContent).blogPosts)
    .map((post) => record(record(post).metadata))
    .filter((metadata) => metadata.unlisted !== true)
    .map((metadata) => ({
      permalink: text(metadata.permalink),
      kind: 'blog' as const,
      role: 'blog' as const,
      slug: '',
    }));
}

/** `trailingSlash: false`이면 `/docs/x`는 `docs/x.html`, 그 밖의 설정이면 `docs/x/index.html`입니다. */
async function readBuiltPage(outDir: string, baseUrl: string, permalink: string): Promise<string> {
  const relative = permalink.startsWith(baseUrl)
    ? permalink.slice(baseUrl.length)
    : permalink.replace(/^\//, '');
  const trimmed = relative.replace(/\/$/, '');
  const candidates = trimmed === '' ? ['index.html'] : [`${trimmed}.html`, path.join(trimmed, 'index.html')];
  for (const candidate of candidates) {
    try {
      return await readFile(path.join(outDir, candidate), 'utf8');
    } catch {
      // 다음 후보를 봅니다.
    }
  }
  throw new Error(
    `[${searchPluginName}] ${permalink}의 HTML을 빌드 결과에서 찾지 못했습니다: ${candidates.join(', ')}`,
  );
}

export default function searchLocalKo(context: LoadContext, rawOptions: unknown): Plugin {
  const { docsPluginId, indexBlog } = readOptions(rawOptions);
  let editions: Edition[] = [];
  let blogPosts: Target[] = [];

  return {
    name: searchPluginName,

    getThemePath: () => path.join(__dirname, 'theme'),
    getTypeScriptThemePath: () => path.join(__dirname, 'theme'),
    // 첫 화면에 실리는 유일한 부분: 주소에 `highlight`가 있을 때만 표시 코드를 따로 불러옵니다.
    getClientModules: () => [path.join(__dirname, 'client/highlightOnPage')],

    async allContentLoaded({ allContent, actions }) {
      editions = readEditions(record(allContent['docusaurus-plugin-content-docs'])[docsPluginId]);
      blogPosts = indexBlog
        ? readBlogPosts(record(allContent['docusaurus-plugin-content-blog']).default)
        : [];
      if (editions.length === 0) {
        throw new Error(`[${searchPluginName}] 문서 플러그인(id: ${docsPluginId})의 내용을 찾지 못했습니다.`);
      }
      // 색인 주소에 글 목록의 해시를 붙여, 새로 배포하면 브라우저 캐시가 옛 색인을 쓰지 않게 합니다.
      const hash = createHash('sha256')
        .update(JSON.stringify({ editions, blogPosts, builtAt: process.env.SOURCE_DATE_EPOCH ?? Date.now() }))
        .digest('hex')
        .slice(0, 10);
      const globalData: SearchGlobalData = {
        indexUrls: Object.fromEntries(
          editions.map((edition) => [
            edition.name,
            `${context.baseUrl}${searchIndexDir}/${edition.name}.json?v=${hash}`,
          ]),
        ),
        defaultEdition: (editions.find((edition) => edition.isLast) ?? editions[0])?.name ?? 'current',
        editionLabels: Object.fromEntries(editions.map((edition) => [edition.name, edition.label])),
      };
      actions.setGlobalData(globalData);
      actions.addRoute({
        path: `${context.baseUrl}search`,
        component: '@theme/SearchPage',
        exact: true,
      });
    },

    async postBuild({ outDir, baseUrl }) {
      const blogPages: PageToIndex[] = [];
      for (const post of blogPosts) {
        const content = extractPage(await readBuiltPage(outDir, baseUrl, post.permalink));
        if (content) blogPages.push({ url: post.permalink, kind: post.kind, role: post.role, content });
      }
      await mkdir(path.join(outDir, searchIndexDir), { recursive: true });
      const anchorsBySlug = new Map<string, Set<string>>();
      for (const edition of editions) {
        const pages: PageToIndex[] = [];
        for (const doc of edition.docs) {
          const content = extractPage(await readBuiltPage(outDir, baseUrl, doc.permalink));
          if (!content) continue;
          const anchors = anchorsBySlug.get(doc.slug) ?? new Set<string>();
          for (const section of content.sections) anchors.add(section.anchor);
          anchorsBySlug.set(doc.slug, anchors);
          const keywords = keywordsForSlug(doc.slug);
          pages.push({ url: doc.permalink, kind: doc.kind, role: doc.role, content, keywords });
        }
        const index = buildSearchIndex(edition.name, [...pages, ...blogPages]);
        await writeFile(path.join(outDir, searchIndexDir, `${edition.name}.json`), JSON.stringify(index));
      }
      const unknown = unknownKeywordAnchors(anchorsBySlug);
      if (unknown.length > 0) {
        throw new Error(`[${searchPluginName}] 검색 낱말의 절 id를 찾지 못했습니다.\n${unknown.join('\n')}`);
      }
    },
  };
}
