/**
 * 본문에 Markdown 기호가 글자로 남지 않았는지(이슈 #19). `**\`include\`**는`처럼 굵게 표시 바로 뒤에 조사가 붙으면
 * CommonMark의 flanking 규칙 때문에 굵게가 되지 않고 `**`가 글자로 보입니다. 고치는 곳은 글(MDX)입니다:
 * `<strong>`을 쓰거나 굵게 표시를 조사 뒤로 옮기세요(`**\`include\`는**`).
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { sitemapPaths } from '../../scripts/lib/sitemap';
import { buildDir, siteEnv } from '../../scripts/lib/site';

/** 코드와 스크립트 안은 보지 않습니다: 그 안의 `**`는 글자 그대로가 맞습니다. */
const skipped = new Set(['code', 'pre', 'kbd', 'script', 'style', 'noscript', 'textarea']);

function literalMarkup($: cheerio.CheerioAPI, node: AnyNode, found: string[]): void {
  if (node.type === 'text') {
    const text = node.data;
    if (text.includes('**')) {
      const parentText = $(node.parent ?? node)
        .text()
        .replace(/\s+/g, ' ')
        .trim();
      found.push(parentText.slice(0, 120));
    }
    return;
  }
  if ('name' in node && skipped.has(node.name)) return;
  if ('children' in node) for (const child of node.children) literalMarkup($, child, found);
}

test('빌드된 페이지의 본문 글자에 `**`가 남지 않는다', async () => {
  const problems: string[] = [];
  for (const pagePath of await sitemapPaths()) {
    const relative = pagePath.slice(siteEnv.baseUrl.length);
    const file = path.join(buildDir, relative === '' ? 'index.html' : `${relative}.html`);
    let html: string;
    try {
      html = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    const $ = cheerio.load(html);
    const found: string[] = [];
    const main = $('main').get(0) ?? $('body').get(0);
    if (main) literalMarkup($, main, found);
    for (const snippet of new Set(found)) problems.push(`${pagePath}: ${snippet}`);
  }
  assert.deepEqual(
    problems,
    [],
    `본문에 글자로 남은 \`**\` ${problems.length}곳 (MDX에서 굵게 표시를 조사 뒤로 옮기거나 <strong>을 쓰세요):\n${problems.join('\n')}`,
  );
});
