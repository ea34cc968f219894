/**
 * 검색이 첫 화면에 더하는 무게와 판별 색인 크기를 잽니다.
 * 사용법: tsx scripts/measure-search.ts <빌드 폴더> [비교할 기준 빌드 폴더]
 * 첫 화면 무게는 장 페이지(`docs/network.html`)가 처음 부르는 스크립트와 스타일시트의 gzip 크기 합입니다.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

const [buildDir = 'build', baselineDir] = process.argv.slice(2);
const page = 'docs/network.html';

async function firstLoadBytes(
  dir: string,
): Promise<{ readonly raw: number; readonly gzip: number; readonly files: number }> {
  const $ = cheerio.load(await readFile(path.join(dir, page), 'utf8'));
  const assets = [
    ...$('script[src]')
      .map((_, element) => $(element).attr('src'))
      .get(),
    ...$('link[rel="stylesheet"]')
      .map((_, element) => $(element).attr('href'))
      .get(),
  ];
  let raw = 0;
  let gzip = 0;
  for (const asset of assets) {
    // 주소는 base 경로(`/docker-study/`)로 시작하므로 빌드 폴더 기준의 경로로 바꿉니다.
    const relative = asset.replace(/^\/[^/]+\//, '').replace(/^\//, '');
    const content = await readFile(path.join(dir, relative));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gzip, files: assets.length };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  const current = await firstLoadBytes(buildDir);
  console.log(
    `첫 화면(${page}) 스크립트+스타일: ${current.files}개, ${kb(current.raw)}, gzip ${kb(current.gzip)}`,
  );
  if (baselineDir) {
    const baseline = await firstLoadBytes(baselineDir);
    console.log(
      `기준 빌드: gzip ${kb(baseline.gzip)} → 검색이 더한 첫 화면 무게: gzip ${kb(current.gzip - baseline.gzip)} (${current.gzip - baseline.gzip} B)`,
    );
  }
  const indexDir = path.join(buildDir, 'search-index');
  for (const file of (await readdir(indexDir)).filter((name) => name.endsWith('.json')).sort()) {
    const content = await readFile(path.join(indexDir, file));
    console.log(`색인 ${file}: ${kb(content.length)}, gzip ${kb(gzipSync(content, { level: 9 }).length)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
