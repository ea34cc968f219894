import type { Options as ClientRedirectsOptions } from '@docusaurus/plugin-client-redirects';
import { aliasRedirectTable } from '../src/data/tagAliases';

/** 블로그 태그 페이지가 놓이는 곳. 블로그의 routeBasePath(`blog`)와 태그 목록 경로(`tags`)입니다. */
const blogTagsPath = '/blog/tags';

/**
 * 원래 태그 구름의 다른 철자(`asac7기`, `acac` …)로 들어온 주소를 정식 태그 페이지로 넘깁니다.
 * 어떤 철자가 어떤 주소가 되는지는 `src/data/tagAliases.ts`에 표로 적어 두었습니다.
 */
export function createRedirectOptions(): ClientRedirectsOptions {
  const byCanonical = new Map<string, string[]>();
  for (const { segment, canonical } of aliasRedirectTable()) {
    byCanonical.set(canonical, [...(byCanonical.get(canonical) ?? []), `${blogTagsPath}/${segment}`]);
  }
  return {
    redirects: [...byCanonical].map(([canonical, from]) => ({ to: `${blogTagsPath}/${canonical}`, from })),
  };
}
