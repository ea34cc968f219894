/**
 * 빌드된 페이지의 "첫 로드 무게": 사용자가 아무것도 하지 않아도 HTML이 내려받게 하는 JavaScript와 CSS를
 * gzip으로 압축한 크기(GitHub Pages는 gzip으로 보냅니다).
 * - JavaScript: `<script src>`와 `<link rel="preload" as="script">`, `<link rel="modulepreload">`
 * - CSS: `<link rel="stylesheet">`와 `<link rel="preload" as="style">`
 * 클릭이나 스크롤 뒤에 불러오는 청크(검색 색인, 다른 페이지)는 세지 않습니다.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import { buildDir, siteEnv } from './site';

export interface PageWeight {
  /** 첫 로드 JavaScript의 gzip 크기 (바이트) */
  readonly jsGzipBytes: number;
  /** CSS의 gzip 크기 (바이트) */
  readonly cssGzipBytes: number;
  /** 어떤 파일이 들어갔는지 (build/ 기준 경로) */
  readonly jsFiles: readonly string[];
  readonly cssFiles: readonly string[];
}

const gzipSizeCache = new Map<string, Promise<number>>();

/** 같은 파일을 여러 페이지가 불러오므로 한 번만 압축합니다. */
export function gzipSize(file: string): Promise<number> {
  let cached = gzipSizeCache.get(file);
  if (cached === undefined) {
    cached = readFile(file).then((content) => gzipSync(content).length);
    gzipSizeCache.set(file, cached);
  }
  return cached;
}

/** 여러 파일의 gzip 크기 합 */
export async function totalGzipSize(files: Iterable<string>): Promise<number> {
  const sizes = await Promise.all([...files].map((file) => gzipSize(file)));
  return sizes.reduce((total, size) => total + size, 0);
}

/** 페이지가 부르는 사이트 내부 주소(`/docker-study/assets/js/main.js`)를 build/ 안의 파일로 바꿉니다. */
function builtAssetFile(reference: string, pageFile: string): string {
  const url = new URL(reference, `http://site${siteEnv.baseUrl}${path.relative(buildDir, pageFile)}`);
  if (url.host !== 'site' || !url.pathname.startsWith(siteEnv.baseUrl)) {
    throw new Error(
      `${path.relative(buildDir, pageFile)}이 사이트 밖의 ${reference}를 불러옵니다. 사이트 안의 파일만 써야 합니다.`,
    );
  }
  return path.join(buildDir, decodeURIComponent(url.pathname.slice(siteEnv.baseUrl.length)));
}

export function firstLoadReferences(html: string): { js: string[]; css: string[] } {
  const $ = cheerio.load(html);
  const js = new Set<string>();
  const css = new Set<string>();
  $('script[src]').each((_, element) => void js.add($(element).attr('src') ?? ''));
  $('link[href]').each((_, element) => {
    const rel = ($(element).attr('rel') ?? '').toLowerCase().split(/\s+/);
    const as = ($(element).attr('as') ?? '').toLowerCase();
    const href = $(element).attr('href') ?? '';
    if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) js.add(href);
    if (rel.includes('stylesheet') || (rel.includes('preload') && as === 'style')) css.add(href);
  });
  js.delete('');
  css.delete('');
  return { js: [...js], css: [...css] };
}

export async function measurePageWeight(pageFile: string): Promise<PageWeight> {
  const { js, css } = firstLoadReferences(await readFile(pageFile, 'utf8'));
  const jsFiles = js.map((reference) => builtAssetFile(reference, pageFile));
  const cssFiles = css.map((reference) => builtAssetFile(reference, pageFile));
  return {
    jsGzipBytes: await totalGzipSize(jsFiles),
    cssGzipBytes: await totalGzipSize(cssFiles),
    jsFiles: jsFiles.map((file) => path.relative(buildDir, file)),
    cssFiles: cssFiles.map((file) => path.relative(buildDir, file)),
  };
}

export const formatKiB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
