import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { buildDir, siteEnv } from '../../scripts/lib/site';

/**
 * 사이트는 자기 호스트 밖으로 요청을 보내지 않아야 합니다: 느린 연결에서 다른 호스트의 DNS·TLS 왕복을 더하지
 * 않고, 방문자의 정보를 남에게 넘기지 않고, 오프라인 사본도 그대로 동작하게 하려는 것입니다.
 * 빌드된 HTML, CSS, JavaScript에서 브라우저가 실제로 내려받는 자리(src, srcset, `<link>`의 href, url(), @import,
 * import(), fetch())에 다른 호스트의 절대 주소가 있는지 찾습니다. 다른 사이트로 가는 `<a href>`는 괜찮습니다.
 */

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => /\.(html|css|js|mjs)$/.test(file));
}

/** 절대 주소(`https://`, `//`)이고 사이트 자신의 원점(SITE_URL)이 아니면 다른 호스트입니다. */
function isForeign(reference: string): boolean {
  const trimmed = reference.trim().replace(/^['"]|['"]$/g, '');
  if (!/^(https?:)?\/\//i.test(trimmed)) return false;
  return new URL(trimmed, siteEnv.url).origin !== siteEnv.url;
}

// 다른 페이지로 옮겨 가는 링크일 뿐 내려받지 않는 <link rel>
const nonFetchingLinkRels = new Set([
  'canonical',
  'alternate',
  'author',
  'license',
  'me',
  'help',
  'search',
  'next',
  'prev',
]);
const cssUrlPattern = /url\(\s*(['"]?)([^'")\s]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/gi;

function cssReferences(css: string): string[] {
  return [...css.matchAll(cssUrlPattern)].map((match) => match[2] ?? match[4] ?? '');
}

function htmlForeignReferences(html: string): string[] {
  const $ = cheerio.load(html);
  const found: string[] = [];
  const check = (value: string | undefined, what: string) => {
    if (value !== undefined && isForeign(value)) found.push(`${what} ${value}`);
  };
  $('[src]').each((_, element) => check($(element).attr('src'), `<${element.tagName} src>`));
  $('[srcset]').each((_, element) => {
    for (const candidate of ($(element).attr('srcset') ?? '').split(',')) {
      check(candidate.trim().split(/\s+/)[0], `<${element.tagName} srcset>`);
    }
  });
  $('[poster]').each((_, element) => check($(element).attr('poster'), `<${element.tagName} poster>`));
  $('object[data]').each((_, element) => check($(element).attr('data'), '<object data>'));
  $('link[href]').each((_, element) => {
    const rels = ($(element).attr('rel') ?? '').toLowerCase().split(/\s+/);
    // preconnect/dns-prefetch도 다른 호스트에 연결을 엽니다.
    if (rels.every((rel) => nonFetchingLinkRels.has(rel))) return;
    check($(element).attr('href'), `<link rel="${rels.join(' ')}">`);
  });
  $('[style]').each((_, element) => {
    for (const reference of cssReferences($(element).attr('style') ?? '')) check(reference, 'style="url()"');
  });
  $('style').each((_, element) => {
    for (const reference of cssReferences($(element).text())) check(reference, '<style> url()/@import');
  });
  return found;
}

// 번들 안에는 글 속 링크(`href:"https://docs.docker.com/…"`)와 SVG 이름공간 같은 문자열이 많으므로,
// 브라우저가 내려받게 되는 자리만 봅니다: JSX의 src/srcSet/poster, 동적 import, fetch, 워커, CSS 문자열의 url()/@import.
const jsFetchPatterns: readonly RegExp[] = [
  /\b(?:src|srcSet|poster)\s*:\s*(["'`])((?:https?:)?\/\/[^"'`]+)\1/g,
  /\bimport\s*\(\s*(["'`])((?:https?:)?\/\/[^"'`]+)\1/g,
  /\bfrom\s*(["'`])((?:https?:)?\/\/[^"'`]+)\1/g,
  /\b(?:fetch|importScripts|Worker|SharedWorker|EventSource|WebSocket)\s*\(\s*(["'`])((?:https?:)?\/\/[^"'`]+)\1/g,
  /url\(\s*(\\?["']?)((?:https?:)?\/\/[^"')\\\s]+)/g,
  /@import\s+(?:url\()?\s*(\\?["'])((?:https?:)?\/\/[^"'\\]+)/g,
];

function jsForeignReferences(source: string): string[] {
  return jsFetchPatterns.flatMap((pattern) =>
    [...source.matchAll(pattern)]
      .map((match) => match[2] ?? '')
      .filter(isForeign)
      .map(
        (reference) =>
          `…${source.slice(Math.max(0, source.indexOf(reference) - 40), source.indexOf(reference))}${reference}`,
      ),
  );
}

test('빌드된 HTML·CSS·JS가 사이트 밖의 호스트에서 아무것도 내려받지 않는다', async () => {
  const files = await listFiles(buildDir);
  assert.ok(
    files.some((file) => file.endsWith('.html')),
    `${buildDir}에 HTML이 없습니다. 먼저 빌드하세요.`,
  );
  const problems: string[] = [];
  for (const file of files) {
    const content = await readFile(file, 'utf8');
    const references = file.endsWith('.html')
      ? htmlForeignReferences(content)
      : file.endsWith('.css')
        ? cssReferences(content).filter(isForeign)
        : jsForeignReferences(content);
    for (const reference of references) problems.push(`${path.relative(buildDir, file)}: ${reference}`);
  }
  assert.deepEqual(
    problems,
    [],
    `다른 호스트에서 내려받는 자리가 ${problems.length}개 있습니다. 파일을 static/에 두거나 패키지로 번들하세요:\n${problems.join('\n')}`,
  );
});
