import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildDir, siteEnv } from './site';

/** 빌드된 `sitemap.xml`의 모든 페이지 경로(`/docker-study/docs/concepts` 꼴) */
export async function sitemapPaths(): Promise<string[]> {
  const xml = await readFile(path.join(buildDir, 'sitemap.xml'), 'utf8');
  const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) => {
    const url = new URL(loc);
    if (url.origin !== siteEnv.url)
      throw new Error(`사이트맵의 ${loc}가 SITE_URL(${siteEnv.url})과 다릅니다`);
    return url.pathname;
  });
  if (paths.length === 0) throw new Error(`${buildDir}/sitemap.xml에 페이지가 없습니다`);
  return paths;
}
