import type { LoadedContent as DocsContent } from '@docusaurus/plugin-content-docs';
import type { BlogContent } from '@docusaurus/plugin-content-blog';
import type { ExplorerItem, ExplorerTag, ExplorerTagPage, TagExplorerData } from './types';

/** 문서와 블로그가 공통으로 쓰는 태그 정보 (Docusaurus의 `Tag`와 같은 모양) */
interface ContentTag {
  readonly label: string;
  readonly permalink: string;
  readonly description?: string | undefined;
}

/**
 * 태그 주소의 마지막 조각이 `tags.yml`의 키입니다. 두 `tags.yml` 모두 `permalink: /<키>`로 적는다는
 * 약속(콘텐츠 테스트가 확인합니다) 덕분에 문서와 블로그의 같은 태그가 같은 키로 모입니다.
 */
export function tagKeyFromPermalink(permalink: string): string {
  return decodeURIComponent(permalink.slice(permalink.lastIndexOf('/') + 1));
}

interface TagAccumulator {
  key: string;
  label: string;
  description: string;
  docCount: number;
  postCount: number;
  pages: Map<string, ExplorerTagPage>;
}

export interface CollectOptions {
  /** 문서 버전 이름을 판 이름으로 바꿉니다. */
  readonly editionLabel: (versionName: string, fallback: string) => string;
  /** 판의 순서 (앞에 올수록 먼저) */
  readonly editionRank: (versionName: string) => number;
}

export function collectTagExplorerData(
  docs: DocsContent | undefined,
  blog: BlogContent | undefined,
  options: CollectOptions,
): TagExplorerData {
  const tags = new Map<string, TagAccumulator>();
  const items: ExplorerItem[] = [];

  const addTag = (tag: ContentTag, kind: ExplorerItem['kind'], pageLabel: string): string => {
    const key = tagKeyFromPermalink(tag.permalink);
    const entry: TagAccumulator = tags.get(key) ?? {
      key,
      label: tag.label,
      description: tag.description ?? '',
      docCount: 0,
      postCount: 0,
      pages: new Map(),
    };
    if (kind === 'doc') entry.docCount += 1;
    else entry.postCount += 1;
    entry.pages.set(tag.permalink, { label: pageLabel, permalink: tag.permalink });
    tags.set(key, entry);
    return key;
  };

  const versions = [...(docs?.loadedVersions ?? [])].sort(
    (a, b) => options.editionRank(a.versionName) - options.editionRank(b.versionName),
  );
  for (const version of versions) {
    const edition = options.editionLabel(version.versionName, version.label);
    const docsInOrder = [...version.docs]
      .filter((doc) => !doc.unlisted && doc.tags.length > 0)
      .sort(
        (a, b) =>
          (a.sidebarPosition ?? Number.MAX_SAFE_INTEGER) - (b.sidebarPosition ?? Number.MAX_SAFE_INTEGER) ||
          a.title.localeCompare(b.title, 'ko'),
      );
    for (const doc of docsInOrder) {
      items.push({
        kind: 'doc',
        edition,
        title: doc.title,
        description: doc.description,
        permalink: doc.permalink,
        tags: doc.tags.map((tag) => addTag(tag, 'doc', `${edition} 문서`)),
      });
    }
  }

  const posts = [...(blog?.blogPosts ?? [])]
    .filter((post) => !post.metadata.unlisted && post.metadata.tags.length > 0)
    .sort((a, b) => new Date(b.metadata.date).getTime() - new Date(a.metadata.date).getTime());
  for (const post of posts) {
    items.push({
      kind: 'post',
      edition: null,
      title: post.metadata.title,
      description: post.metadata.description,
      permalink: post.metadata.permalink,
      tags: post.metadata.tags.map((tag) => addTag(tag, 'post', '블로그 글')),
    });
  }

  const sortedTags: ExplorerTag[] = [...tags.values()]
    .map((entry) => ({
      key: entry.key,
      label: entry.label,
      description: entry.description,
      docCount: entry.docCount,
      postCount: entry.postCount,
      pages: [...entry.pages.values()],
    }))
    .sort(
      (a, b) => b.docCount + b.postCount - (a.docCount + a.postCount) || a.label.localeCompare(b.label, 'ko'),
    );

  return { tags: sortedTags, items };
}
