/**
 * Mermaid 그림(이슈 #19): 두 판의 모든 장에서, 375px과 1280px, 밝은·어두운 테마로 모든 그림의 가장 작은 글자가
 * 화면에서 11 CSS px 이상인지(그림이 본문 너비에 맞춰 3~7px까지 줄었습니다), "크게 보기"가 키보드로 열리고 확대·이동·
 * 닫기가 되는지, 터치로 노드를 누르고 다른 곳을 눌러도 Mermaid 툴팁 핸들러가 예외를 던지지 않는지.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { chapters } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { diagramLabelSelector, minimumLabelPx } from '../../src/lib/diagramScale';
import { collectPageProblems, phoneContextOptions, waitUntilRendered } from '../support/browser';
import { withBase } from '../support/builtPage';
import { servedSiteInChromium } from '../support/servedSite';

const site = servedSiteInChromium();
const urlOf = (sitePath: string): string => `${site.server.origin}${withBase(sitePath)}`;
const chapterPaths = Object.values(editions).flatMap((edition) =>
  chapters.map((chapter) => `${edition.basePath}${chapter.slug}`),
);

interface DiagramLabels {
  /** 그림의 가장 작은 글자(CSS px, 화면에 그려진 크기) */
  readonly smallest: number;
  /** 그 글자 */
  readonly text: string;
  /** 그림의 원래 너비(viewBox) */
  readonly natural: number;
}

/** 그려진 그림마다 가장 작은 이름표의 화면 크기: 글자 크기 × (그려진 너비 / viewBox 너비) */
function measureDiagrams(page: Page): Promise<DiagramLabels[]> {
  return page.$$eval(
    '.docusaurus-mermaid-container svg',
    (svgs, selector) =>
      svgs.map((svg) => {
        const box = (svg as SVGSVGElement).viewBox.baseVal;
        const scale = box.width > 0 ? svg.getBoundingClientRect().width / box.width : 1;
        let smallest = Number.POSITIVE_INFINITY;
        let text = '';
        for (const element of svg.querySelectorAll(selector)) {
          const content = (element.textContent ?? '').trim();
          if (content === '' || element.querySelector(selector) !== null) continue;
          const size = Number.parseFloat(getComputedStyle(element).fontSize) * scale;
          if (size < smallest) {
            smallest = size;
            text = content;
          }
        }
        return { smallest, text, natural: box.width };
      }),
    diagramLabelSelector,
  );
}

test('모든 그림의 글자는 두 너비, 두 테마에서 11px 이상으로 그려진다 (두 판의 모든 장)', async () => {
  const problems: string[] = [];
  let measured = 0;
  for (const viewport of ['phone', 'desktop'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await site.browser.newContext({
        colorScheme,
        ...(viewport === 'phone' ? phoneContextOptions : { viewport: { width: 1280, height: 900 } }),
      });
      const page = await context.newPage();
      for (const sitePath of chapterPaths) {
        await page.goto(urlOf(sitePath), { waitUntil: 'load' });
        await waitUntilRendered(page);
        for (const [index, diagram] of (await measureDiagrams(page)).entries()) {
          measured += 1;
          if (diagram.smallest < minimumLabelPx) {
            problems.push(
              `${sitePath} 그림 ${index + 1} (${viewport}, ${colorScheme}, 원래 너비 ${Math.round(diagram.natural)}px): "${diagram.text}" ${diagram.smallest.toFixed(1)}px`,
            );
          }
        }
      }
      await context.close();
    }
  }
  assert.deepEqual(
    problems,
    [],
    `${minimumLabelPx}px보다 작은 그림 글자 ${problems.length}곳:\n${problems.join('\n')}`,
  );
  // 두 판의 그림은 37개입니다(개정판 21, 초판 16). 그림을 하나도 재지 못하고 통과하지 않게 합니다.
  assert.ok(measured >= 4 * 30, `그림을 ${measured}번밖에 재지 못했습니다`);
});

test('"크게 보기"는 그림을 화면 전체에 열고, 키보드로 확대하고 움직이고 닫는다', async () => {
  const context = await site.browser.newContext({ colorScheme: 'light', ...phoneContextOptions });
  const page = await context.newPage();
  const problems = collectPageProblems(page);
  await page.goto(urlOf(chapterPaths[0] ?? '/'), { waitUntil: 'load' });
  await waitUntilRendered(page);
  const open = page.getByRole('button', { name: '크게 보기' }).first();
  await open.scrollIntoViewIfNeeded();
  await open.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: '그림 크게 보기' });
  await dialog.waitFor({ state: 'visible' });
  const size = await dialog.boundingBox();
  assert.ok(
    size && size.width >= 370 && size.height >= 700,
    `대화 상자가 화면을 채우지 않습니다: ${JSON.stringify(size)}`,
  );
  // 밝은 테마에서 Infima의 배경색 변수는 투명이라, 대화 상자 뒤로 본문과 원래 그림이 비쳐 보였습니다.
  const background = await dialog.evaluate((element) => getComputedStyle(element).backgroundColor);
  assert.ok(
    /^rgb\(/.test(background),
    `대화 상자 배경이 불투명하지 않아 뒤의 본문이 비칩니다: ${background}`,
  );
  const viewport = dialog.getByRole('img');
  assert.equal(
    await viewport.evaluate((element) => element === document.activeElement),
    true,
    '그림 영역에 포커스가 없습니다',
  );
  assert.equal(await viewport.locator('svg').count(), 1, '대화 상자에 그림이 없습니다');
  const width = () => viewport.locator('svg').evaluate((svg) => svg.getBoundingClientRect().width);
  const before = await width();
  await page.keyboard.press('+');
  assert.ok((await width()) > before, '+ 키로 확대되지 않았습니다');
  assert.match(await dialog.locator('output').innerText(), /125%/);
  await page.keyboard.press('0');
  assert.equal(Math.round(await width()), Math.round(before), '0 키로 원래 크기로 돌아오지 않았습니다');
  const scrollable = await viewport.evaluate((element) => element.scrollWidth > element.clientWidth);
  if (scrollable) {
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(200);
    assert.ok(
      (await viewport.evaluate((element) => element.scrollLeft)) > 0,
      '화살표 키로 움직이지 않았습니다',
    );
  }
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(
    await open.evaluate((button) => button === document.activeElement),
    true,
    '닫은 뒤 포커스가 버튼으로 돌아오지 않았습니다',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('터치로 그림의 노드를 누르고 다른 곳을 눌러도 콘솔 오류가 없다', async () => {
  const context = await site.browser.newContext({ colorScheme: 'light', ...phoneContextOptions });
  const page = await context.newPage();
  const problems = collectPageProblems(page);
  await page.goto(urlOf(chapterPaths[0] ?? '/'), { waitUntil: 'load' });
  await waitUntilRendered(page);
  const nodes = page.locator('.docusaurus-mermaid-container svg g.node');
  assert.ok((await nodes.count()) > 2, '누를 flowchart 노드가 없습니다');
  for (const index of [0, 1, 2]) {
    const node = nodes.nth(index);
    await node.scrollIntoViewIfNeeded();
    const box = await node.boundingBox();
    assert.ok(box, '노드의 위치를 알 수 없습니다');
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(100);
    await page.touchscreen.tap(5, 300);
    await page.waitForTimeout(100);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
