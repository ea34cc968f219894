/**
 * `npm run pdf`: 빌드된 사이트의 책 페이지(`/book`, `/book/2025.02`)를 브라우저(`scripts/lib/browser.ts`가 찾음)로
 * 인쇄해 `build/pdf/`에 판마다 PDF 하나와 목록(`manifest.json`)을 씁니다. `npm run build`(`scripts/build.ts`)가 브라우저를
 * 찾으면 빌드 뒤에 이것을 부르므로, 따로 실행하는 것은 이미 빌드한 사이트의 PDF만 다시 만들 때입니다.
 * 빌드할 때와 같은 `SITE_URL`, `BASE_URL`로 실행해야 같은 경로로 서빙합니다. 홈과 시리즈 소개가 PDF로 링크하는 것은
 * `BOOK_PDF=true`로 빌드했을 때뿐입니다(config/env.ts).
 *
 * - A4, 쪽 번호와 장 제목 머리글은 책 페이지의 인쇄 CSS(`@page`)가 정합니다.
 * - 글꼴은 이 머신의 글꼴(Debian `fonts-noto-cjk`)만 씁니다. CFF 글꼴이라 Chromium이 Type 3으로 넣습니다(README "책 PDF"의 비교).
 * - `outline`은 제목에서 책갈피를, `tagged`는 접근성 태그(구조)를 만듭니다.
 * - 차례의 쪽 번호: Chromium에는 `target-counter()`가 없으므로 두 번 인쇄합니다. 첫 인쇄에서 차례가 가리키는 제목마다
 *   놓인 쪽을 PDF의 이름 있는 목적지로 읽어 차례에 채우고, 다시 인쇄한 뒤 번호가 그대로 맞는지 확인합니다.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/browser';
import { bookPdfMetadata, setPdfMetadata } from './lib/pdfMetadata';
import { exitIfMissingTool } from './lib/toolError';
import { requireTools, toolsFor } from './lib/tools';
import { startGhPagesServer } from './lib/ghPagesServer';
import { readPdfDestinationPages, retitlePdfOutline } from './lib/pdfOutline';
import { buildDir, siteEnv } from './lib/site';
import {
  bookEditions,
  pdfDir,
  pdfManifestFile,
  type PdfManifest,
  type PdfManifestEntry,
} from '../src/data/book';

const outDir = path.join(buildDir, pdfDir);

const renderTimeout = 120_000;

async function bookPageFile(routePath: string): Promise<string> {
  const file = path.join(buildDir, `${routePath.slice(1)}.html`);
  try {
    await stat(file);
  } catch {
    throw new Error(
      `${file}이 없습니다. 먼저 사이트를 빌드하세요(BASE_URL=${siteEnv.baseUrl} npm run build). 책 페이지는 plugins/book이 만듭니다.`,
    );
  }
  return file;
}

/** 하이드레이션, 모든 Mermaid 그림, 글꼴을 기다립니다. 그림 하나라도 SVG가 아니면(오류 메시지) 멈춥니다. */
async function waitForBook(page: Page, url: string): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {
    timeout: renderTimeout,
    polling: 100,
  });
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-mermaid-state]')].every(
        (frame) => frame.querySelector('svg') !== null || (frame.textContent ?? '').trim() !== '',
      ),
    undefined,
    { timeout: renderTimeout, polling: 200 },
  );
  const failed = await page.evaluate(() =>
    [...document.querySelectorAll('[data-mermaid-state]')]
      .filter((frame) => frame.querySelector('svg') === null)
      .map((frame) => (frame.textContent ?? '').trim().slice(0, 200)),
  );
  if (failed.length > 0) {
    throw new Error(
      `${url}: Mermaid 그림 ${failed.length}개를 그리지 못했습니다. 그 장의 mermaid 블록을 고치세요:\n${failed.join('\n')}`,
    );
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * 책에 실리지 않은 사이트 안 링크(용어집, 변경 내역)는 PDF에서 이 머신의 임시 서버를 가리키게 되므로
 * 배포된 사이트 주소(`SITE_URL` + 경로)로 바꿉니다.
 */
async function pointLinksToPublishedSite(page: Page): Promise<void> {
  await page.evaluate((siteOrigin) => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')) {
      link.setAttribute('href', `${siteOrigin}${link.getAttribute('href') ?? ''}`);
    }
  }, siteEnv.url);
}

/** 차례의 번호 칸(`data-toc-page`, src/components/BookView)마다 그 제목이 놓인 쪽을 채우고, 채운 값을 돌려줍니다. */
async function fillTocPageNumbers(
  page: Page,
  url: string,
  destinationPages: ReadonlyMap<string, number>,
): Promise<Map<string, number>> {
  const targets = await page.$$eval('[data-toc-page]', (cells) =>
    cells.map((cell) => cell.getAttribute('data-toc-page') ?? ''),
  );
  const filled = new Map<string, number>();
  const missing: string[] = [];
  for (const target of targets) {
    const number = destinationPages.get(target);
    if (number === undefined) missing.push(target);
    else filled.set(target, number);
  }
  if (targets.length === 0 || missing.length > 0) {
    throw new Error(
      `${url}: 차례 항목 ${targets.length}개 가운데 PDF에서 쪽을 찾지 못한 제목이 있습니다: ${missing.join(', ')}`,
    );
  }
  await page.$$eval(
    '[data-toc-page]',
    (cells, numbers) => {
      for (const cell of cells)
        cell.textContent = String(numbers[cell.getAttribute('data-toc-page') ?? ''] ?? '');
    },
    Object.fromEntries(filled),
  );
  return filled;
}

async function main(): Promise<void> {
  exitIfMissingTool(() => requireTools(toolsFor.pdf, 'npm run pdf'));
  for (const book of bookEditions) await bookPageFile(book.routePath);
  await mkdir(outDir, { recursive: true });
  const server = await startGhPagesServer(buildDir, siteEnv.baseUrl);
  const browser = await launchChromium();
  const entries: PdfManifestEntry[] = [];
  try {
    const context = await browser.newContext({
      colorScheme: 'light',
      viewport: { width: 1000, height: 1400 },
    });
    for (const book of bookEditions) {
      const page = await context.newPage();
      const url = new URL(book.routePath.slice(1), server.siteUrl).href;
      const response = await page.goto(url, { waitUntil: 'load', timeout: renderTimeout });
      if (response?.status() !== 200) throw new Error(`${url}: HTTP ${response?.status()}`);
      await waitForBook(page, url);
      await pointLinksToPublishedSite(page);
      // 책갈피는 인쇄된 제목에서 만들어지므로 인쇄에서 보이는 제목(장 끝의 셀프 체크 해답 포함)을 모읍니다.
      await page.emulateMedia({ media: 'print' });
      const headings = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')]
          .filter((heading) => heading.checkVisibility())
          .map((heading) =>
            (heading.textContent ?? '')
              .replace(/\u200b/g, '')
              .replace(/\s+/g, ' ')
              .trim(),
          ),
      );
      const file = path.join(outDir, book.pdfFile);
      const options = {
        format: 'A4',
        preferCSSPageSize: true,
        printBackground: true,
        outline: true,
        tagged: true,
      } as const;
      const numbers = await fillTocPageNumbers(
        page,
        url,
        await readPdfDestinationPages(await page.pdf(options)),
      );
      await page.pdf({ ...options, path: file });
      await page.close();
      const printed = await readPdfDestinationPages(await readFile(file));
      const moved = [...numbers].filter(([target, number]) => printed.get(target) !== number);
      if (moved.length > 0) {
        throw new Error(
          `${file}: 쪽 번호를 채운 뒤 차례의 제목 ${moved.length}개가 다른 쪽으로 옮겨졌습니다(번호 칸의 폭이 모자라 줄이 바뀌었는지 BookView의 tocPage를 확인하세요): ${moved
            .map(([target, number]) => `${target} ${number}→${printed.get(target)}`)
            .join(', ')}`,
        );
      }
      await retitlePdfOutline(file, headings);
      await setPdfMetadata(file, bookPdfMetadata(book.edition));
      const { size } = await stat(file);
      entries.push({
        edition: book.edition,
        file: book.pdfFile,
        bytes: size,
        date: new Date().toISOString().slice(0, 10),
      });
      console.log(`${path.relative(process.cwd(), file)}: ${(size / 1024 / 1024).toFixed(1)} MB`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const manifest: PdfManifest = { files: entries };
  await writeFile(path.join(outDir, pdfManifestFile), `${JSON.stringify(manifest, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
