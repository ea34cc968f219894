import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import * as cheerio from 'cheerio';

/**
 * Docusaurus가 만든 태그 페이지(문서의 판마다 하나, 블로그 하나)에서 태그가 붙은 페이지 주소를 모읍니다.
 * 태그 탐색기와 무관하게 만들어진 페이지라서, 탐색기가 보여 줘야 할 결과의 기준으로 씁니다.
 */
export async function taggedPermalinks(buildDir: string, baseUrl: string, key: string): Promise<Set<string>> {
  const docsRoot = path.join(buildDir, 'docs');
  const versionDirs = (await readdir(docsRoot, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && entry.name !== 'tags')
    .map((entry) => path.join('docs', entry.name));
  const sources = [
    ...['docs', ...versionDirs].map((dir) => ({
      file: path.join(dir, 'tags', `${key}.html`),
      selector: 'main article a[href]',
    })),
    { file: path.join('blog', 'tags', `${key}.html`), selector: 'main article h2 a[href]' },
  ];
  const permalinks = new Set<string>();
  for (const { file, selector } of sources) {
    let html: string;
    try {
      html = await readFile(path.join(buildDir, file), 'utf8');
    } catch {
      continue;
    }
    const $ = cheerio.load(html);
    $(selector).each((_, link) => {
      const href = $(link).attr('href');
      if (href && href.startsWith(baseUrl) && !href.includes('/tags/')) permalinks.add(href);
    });
  }
  return permalinks;
}
