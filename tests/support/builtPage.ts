import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';
import { buildDir, siteEnv } from '../../scripts/lib/site';

/** 사이트 경로(`/docs/concepts`, base 제외)의 빌드된 HTML을 읽습니다. `trailingSlash: false`라 `x.html`입니다. */
export async function loadBuiltPage(sitePath: string): Promise<cheerio.CheerioAPI> {
  const relative = sitePath === '/' ? 'index.html' : `${sitePath.replace(/^\//, '')}.html`;
  return cheerio.load(await readFile(path.join(buildDir, relative), 'utf8'));
}

/** base 경로를 붙인 사이트 주소 */
export function withBase(sitePath: string): string {
  return `${siteEnv.baseUrl}${sitePath.replace(/^\//, '')}`;
}
