/**
 * 품질 검사(Lighthouse, HTML 유효성, 무게 예산, 스크린숏)가 쓰는 "페이지 종류"별 대표 페이지.
 * 손으로 적은 주소 목록이 아니라 빌드된 사이트맵과 각 페이지의 `<html class>`(Docusaurus가 붙이는
 * `blog-post-page` 같은 표시)에서 고르므로, 블로그 글이나 태그 탐색기가 생기면 검사에 저절로 들어갑니다.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chapters, chaptersIn } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { buildDir, siteEnv } from './site';
import { sitemapPaths } from './sitemap';

export type PageKindId =
  'home' | 'chapter' | 'chapter-first-edition' | 'blog-post' | 'blog-tag' | 'tag-explorer' | 'search';

/** 두 판의 장 페이지: 무게 예산은 `budgets.chapter`를 씁니다 */
export const isChapterKind = (id: PageKindId): boolean => id === 'chapter' || id === 'chapter-first-edition';

export interface PageKind {
  readonly id: PageKindId;
  /** 표와 메시지에 쓰는 이름 */
  readonly label: string;
  /** 사이트맵에 이 종류가 없을 때의 오류 메시지 */
  readonly missingNote: string;
  /** 사이트맵의 페이지 중 이 종류인지 */
  readonly matches: (page: SitemapPage) => boolean;
  /** 대표로 검사할 페이지. 없으면 이 종류의 첫 페이지(경로 순) */
  readonly preferredPath?: string;
}

export interface SitemapPage {
  /** `/docker-study/docs/concepts` 꼴 */
  readonly path: string;
  /** `build/` 안의 HTML 파일 */
  readonly file: string;
  /** `<html class>`의 클래스들 */
  readonly htmlClasses: ReadonlySet<string>;
}

const base = siteEnv.baseUrl;
const firstChapter = chapters[0];
const chapterPaths = (edition: keyof typeof editions) =>
  new Set(
    chaptersIn(edition).map((chapter) => `${base}${editions[edition].basePath.slice(1)}${chapter.slug}`),
  );
const revisedChapterPaths = chapterPaths('revised');
const firstEditionChapterPaths = chapterPaths('first');

export const pageKinds: readonly PageKind[] = [
  {
    id: 'home',
    label: '홈',
    missingNote: '홈 페이지가 사이트맵에 없습니다.',
    matches: (page) => page.path === base,
  },
  {
    id: 'chapter',
    label: '장 (개정판)',
    missingNote: `개정판의 장(${[...revisedChapterPaths].join(', ')})이 사이트맵에 없습니다.`,
    matches: (page) => revisedChapterPaths.has(page.path),
    preferredPath: `${base}${editions.revised.basePath.slice(1)}${firstChapter.slug}`,
  },
  {
    id: 'chapter-first-edition',
    label: '장 (초판)',
    missingNote: `초판의 장(${[...firstEditionChapterPaths].join(', ')})이 사이트맵에 없습니다.`,
    matches: (page) => firstEditionChapterPaths.has(page.path),
    preferredPath: `${base}${editions.first.basePath.slice(1)}${firstChapter.slug}`,
  },
  {
    id: 'blog-post',
    label: '블로그 글',
    missingNote:
      '블로그 글(`blog-post-page`)이 사이트맵에 없습니다. blog/의 글과 블로그 플러그인 설정을 확인하세요.',
    matches: (page) => page.htmlClasses.has('blog-post-page'),
  },
  {
    id: 'blog-tag',
    label: '블로그 태그',
    missingNote:
      '블로그 태그 페이지(`blog-tags-post-list-page`)가 사이트맵에 없습니다. 블로그 글의 tags를 확인하세요.',
    matches: (page) => page.htmlClasses.has('blog-tags-post-list-page'),
  },
  {
    id: 'tag-explorer',
    label: '태그 탐색기',
    missingNote: `태그 탐색기 ${base}tags가 사이트맵에 없습니다. plugins/tag-explorer를 확인하세요.`,
    matches: (page) => page.path === `${base}tags`,
  },
  {
    id: 'search',
    label: '검색',
    missingNote: `검색 페이지 ${base}search가 사이트맵에 없습니다.`,
    matches: (page) => page.path === `${base}search`,
  },
];

/** 사이트 경로를 `build/` 안의 HTML 파일로 바꿉니다 (GitHub Pages와 같은 규칙: `x.html`, `x/index.html`). */
export function builtHtmlFile(pagePath: string): string {
  if (!pagePath.startsWith(base)) throw new Error(`${pagePath}가 base 경로 ${base} 밖에 있습니다`);
  const relative = decodeURIComponent(pagePath.slice(base.length));
  const candidates =
    relative === '' || relative.endsWith('/')
      ? [path.join(buildDir, relative, 'index.html')]
      : [path.join(buildDir, relative), `${path.join(buildDir, relative)}.html`];
  const file = candidates.find((candidate) => candidate.endsWith('.html') && existsSync(candidate));
  if (file === undefined) throw new Error(`${pagePath}의 HTML 파일이 ${buildDir}에 없습니다`);
  return file;
}

// 빌드는 HTML을 줄이므로 따옴표 없는 속성값(`class=plugin-pages`)도 읽어야 합니다.
function htmlClassesOf(html: string): Set<string> {
  const match = /<html\b[^>]*?\sclass=(?:"([^"]*)"|'([^']*)'|([^\s>]+))/.exec(html);
  const classes = match?.[1] ?? match?.[2] ?? match?.[3] ?? '';
  return new Set(classes.split(/\s+/).filter(Boolean));
}

export async function readSitemapPages(): Promise<SitemapPage[]> {
  return Promise.all(
    (await sitemapPaths()).map(async (pagePath) => {
      const file = builtHtmlFile(pagePath);
      return { path: pagePath, file, htmlClasses: htmlClassesOf(await readFile(file, 'utf8')) };
    }),
  );
}

export interface KindSample {
  readonly kind: PageKind;
  readonly page: SitemapPage;
  /** 같은 종류의 모든 페이지 (무게 예산은 모두에 적용합니다) */
  readonly allPages: readonly SitemapPage[];
}

/**
 * 종류마다 대표 페이지(`preferredPath`, 없으면 경로 순으로 첫 페이지)를 고릅니다.
 * 한 종류라도 사이트맵에 없으면 그 종류를 검사하지 못한 채 통과하지 않도록 실패합니다.
 */
export async function selectPageKinds(): Promise<KindSample[]> {
  const pages = await readSitemapPages();
  const samples: KindSample[] = [];
  const missing: string[] = [];
  for (const kind of pageKinds) {
    const matching = pages.filter(kind.matches).sort((a, b) => a.path.localeCompare(b.path));
    const first = matching.find((page) => page.path === kind.preferredPath) ?? matching[0];
    if (first === undefined) missing.push(`- ${kind.label}: ${kind.missingNote}`);
    else samples.push({ kind, page: first, allPages: matching });
  }
  if (missing.length > 0) {
    throw new Error(`검사해야 할 페이지 종류가 빌드(${buildDir})에 없습니다:\n${missing.join('\n')}`);
  }
  return samples;
}
