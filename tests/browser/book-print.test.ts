/**
 * 책 페이지의 인쇄(이슈 #19, PDF도 이 인쇄로 만듭니다). 인쇄 미디어를 흉내 낸 책 페이지에서, 세로 A4의 본문 폭으로:
 * - 모든 Mermaid 그림의 가장 작은 글자가 8 pt 이상이고(글자 크기 × 그림 배율, 1 CSS px = 0.75 pt), 그림이 놓일 쪽
 *   (세로 쪽 본문, 넓은 그림은 가로 쪽)에 들어간다. 전에는 모든 그림이 본문 폭에 맞춰 4 pt 안팎까지 줄었습니다.
 * - 표와 코드 블록이 본문 상자 안에 있고, 안에서 잘리는(스크롤해야 보이는) 내용이 없으며, 화면의 스크롤 그림자를
 *   찍지 않는다(종이에서는 오른쪽 테두리 위에 회색 띠로 찍혀 테두리가 잘린 것처럼 보였습니다).
 * 실제 PDF의 쪽 번호, 해답, 여백은 tests/pdf/book-study.test.ts가 봅니다.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { editions } from '../../src/data/editions';
import { diagramLabelSelector, minimumPrintLabelPt } from '../../src/lib/diagramScale';
import { contentBox, landscapePage, portraitPage, ptPerPx } from '../../src/lib/printPage';
import { bookSources } from '../support/book';
import { withBase } from '../support/builtPage';
import { servedSiteInChromium } from '../support/servedSite';

const site = servedSiteInChromium();
const urlOf = (sitePath: string): string => `${site.server.origin}${withBase(sitePath)}`;

const portrait = contentBox(portraitPage);
const landscape = contentBox(landscapePage);

/** 책 페이지를 열어 모든 그림이 그려지기를 기다린 뒤 인쇄 미디어로 바꿉니다. 폭은 세로 A4의 본문 폭(내림)입니다. */
async function openPrintedBook(routePath: string): Promise<Page> {
  const page = await site.browser.newPage({
    viewport: { width: Math.floor(portrait.width), height: Math.floor(portrait.height) },
  });
  await page.goto(urlOf(routePath), { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('[data-mermaid-state]')].every(
        (frame) => frame.querySelector('svg') !== null,
      ),
    undefined,
    { timeout: 60_000, polling: 200 },
  );
  await page.emulateMedia({ media: 'print' });
  // 인쇄 CSS로 바뀐 배치를 ResizeObserver(src/theme/Mermaid)가 본 뒤에 잽니다.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 100))));
  return page;
}

interface PrintedDiagram {
  readonly part: string;
  readonly index: number;
  /** 가장 작은 글자의 인쇄 크기(CSS px) */
  readonly smallestPx: number;
  readonly text: string;
  readonly width: number;
  readonly height: number;
  readonly wide: boolean;
}

function measurePrintedDiagrams(page: Page): Promise<PrintedDiagram[]> {
  return page.$$eval(
    '.docusaurus-mermaid-container svg',
    (svgs, selector) => {
      const counts = new Map<string, number>();
      return svgs.map((svg) => {
        const part = svg.closest('[data-book-part]')?.getAttribute('data-book-part') ?? '?';
        const index = (counts.get(part) ?? 0) + 1;
        counts.set(part, index);
        const box = (svg as SVGSVGElement).viewBox.baseVal;
        const rect = svg.getBoundingClientRect();
        const scale = box.width > 0 ? rect.width / box.width : 1;
        let smallestPx = Number.POSITIVE_INFINITY;
        let text = '';
        for (const element of svg.querySelectorAll(selector)) {
          const content = (element.textContent ?? '').trim();
          if (content === '' || element.querySelector(selector) !== null) continue;
          const size = Number.parseFloat(getComputedStyle(element).fontSize) * scale;
          if (size < smallestPx) {
            smallestPx = size;
            text = content;
          }
        }
        return {
          part,
          index,
          smallestPx,
          text,
          width: rect.width,
          height: rect.height,
          wide: svg.closest('[data-print-wide]') !== null,
        };
      });
    },
    diagramLabelSelector,
  );
}

for (const { book } of bookSources) {
  const label = editions[book.edition].label;

  test(`${label} 책을 인쇄하면 모든 그림의 글자가 ${minimumPrintLabelPt} pt 이상이고 그림이 쪽 안에 들어간다`, async () => {
    const page = await openPrintedBook(book.routePath);
    const diagrams = await measurePrintedDiagrams(page);
    await page.close();
    assert.ok(diagrams.length > 0, '그림을 하나도 재지 못했습니다');
    const problems: string[] = [];
    for (const diagram of diagrams) {
      const name = `${diagram.part} 장의 그림 ${diagram.index} ("${diagram.text.slice(0, 30)}")`;
      const points = diagram.smallestPx * ptPerPx;
      if (points < minimumPrintLabelPt) {
        problems.push(`${name}: 가장 작은 글자가 ${points.toFixed(1)} pt`);
      }
      const area = diagram.wide ? landscape : portrait;
      if (diagram.width > area.width + 0.5 || diagram.height > area.height + 0.5) {
        problems.push(
          `${name}: ${Math.round(diagram.width)}×${Math.round(diagram.height)}px가 ${diagram.wide ? '가로' : '세로'} 쪽의 본문 ${Math.round(area.width)}×${Math.round(area.height)}px보다 큽니다`,
        );
      }
    }
    assert.deepEqual(problems, [], `인쇄에서 읽기 어려운 그림 ${problems.length}개:\n${problems.join('\n')}`);
  });

  test(`${label} 책을 인쇄하면 표와 코드 블록이 본문 폭 안에 있고 잘리거나 그림자가 찍히지 않는다`, async () => {
    const page = await openPrintedBook(book.routePath);
    const problems = await page.$$eval('main article table, main article pre', (blocks) => {
      const main = document.querySelector('main');
      if (main === null) return ['main이 없습니다'];
      const right = main.getBoundingClientRect().right;
      return blocks.flatMap((block) => {
        const part = block.closest('[data-book-part]')?.getAttribute('data-book-part') ?? '?';
        const name = `${part} 장의 ${block.tagName.toLowerCase()} "${(block.textContent ?? '').trim().slice(0, 30)}"`;
        const found: string[] = [];
        const edge = block.getBoundingClientRect().right;
        if (edge > right + 0.5)
          found.push(`${name}: 본문 오른쪽 끝보다 ${(edge - right).toFixed(1)}px 넘칩니다`);
        if (block.scrollWidth > block.clientWidth + 1) {
          found.push(`${name}: 내용 ${block.scrollWidth}px가 상자 ${block.clientWidth}px 안에서 잘립니다`);
        }
        for (const cell of block.querySelectorAll('th, td, code')) {
          const cellEdge = cell.getBoundingClientRect().right;
          if (cellEdge > right + 0.5) {
            found.push(`${name}: 칸 "${(cell.textContent ?? '').slice(0, 20)}"이 본문 밖으로 넘칩니다`);
          }
        }
        if (block.tagName === 'TABLE' && getComputedStyle(block).backgroundImage !== 'none') {
          found.push(`${name}: 화면의 스크롤 그림자(background-image)가 인쇄됩니다`);
        }
        return found;
      });
    });
    const blockCount = await page.locator('main article table, main article pre').count();
    await page.close();
    assert.ok(blockCount > 20, `표와 코드 블록이 ${blockCount}개뿐입니다`);
    assert.deepEqual(problems, [], problems.join('\n'));
  });
}
