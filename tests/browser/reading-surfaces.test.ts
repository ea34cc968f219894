/**
 * 읽는 면(이슈 #19): 인라인 코드가 플래그나 짧은 토큰 가운데서 줄 바꿈하지 않는지(두 판의 모든 장, 375px), 알림 상자
 * 제목이 대문자로 바뀌지 않는지, 가로로 스크롤되는 표에 스크롤 그림자가 있는지, 터치 화면에서 코드 블록의 복사 버튼이
 * 보이고 누르기 쉬운 크기인지.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { chapters } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { isAllowedBreak } from '../../src/lib/inlineCodeBreaks';
import { phoneContextOptions } from '../support/browser';
import { withBase } from '../support/builtPage';
import { servedSiteInChromium } from '../support/servedSite';

const site = servedSiteInChromium();
const urlOf = (sitePath: string): string => `${site.server.origin}${withBase(sitePath)}`;
const chapterPaths = Object.values(editions).flatMap((edition) =>
  chapters.map((chapter) => `${edition.basePath}${chapter.slug}`),
);

async function open(page: Page, sitePath: string): Promise<void> {
  await page.goto(urlOf(sitePath), { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {
    polling: 50,
  });
}

interface InlineCodeLines {
  readonly text: string;
  /** 새 줄이 시작하는 글자의 위치 */
  readonly breaks: number[];
}

/** 본문의 인라인 코드마다 글자와, 브라우저가 실제로 줄을 바꾼 자리 */
function measureInlineCode(page: Page): Promise<InlineCodeLines[]> {
  return page.$$eval('.theme-doc-markdown :not(pre) > code', (codes) =>
    codes.map((code) => {
      const text = code.textContent ?? '';
      const breaks: number[] = [];
      const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let offset = 0;
      let lastTop: number | undefined;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const value = node.textContent ?? '';
        for (let index = 0; index < value.length; index += 1) {
          if (/\s/.test(value[index] ?? '')) continue;
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getClientRects()[0];
          if (rect === undefined) continue;
          if (lastTop !== undefined && Math.abs(rect.top - lastTop) > 2) breaks.push(offset + index);
          lastTop = rect.top;
        }
        offset += value.length;
      }
      return { text, breaks };
    }),
  );
}

test('375px에서 인라인 코드는 플래그나 짧은 토큰 가운데서 줄을 바꾸지 않는다 (두 판의 모든 장)', async () => {
  const context = await site.browser.newContext({ colorScheme: 'light', ...phoneContextOptions });
  const page = await context.newPage();
  const problems: string[] = [];
  let measured = 0;
  for (const sitePath of chapterPaths) {
    await open(page, sitePath);
    for (const { text, breaks } of await measureInlineCode(page)) {
      measured += 1;
      for (const index of breaks) {
        if (!isAllowedBreak(text, index))
          problems.push(`${sitePath}: \`${text.slice(0, index)}\` / \`${text.slice(index)}\``);
      }
    }
  }
  assert.ok(measured > 300, `인라인 코드를 ${measured}개밖에 재지 못했습니다`);
  assert.deepEqual(
    problems,
    [],
    `토큰 가운데서 끊긴 인라인 코드 ${problems.length}곳 (src/theme/CodeInline, src/lib/inlineCodeBreaks.ts):\n${problems.join('\n')}`,
  );
  await context.close();
});

test('알림 상자의 제목은 쓴 그대로의 대소문자로 보인다', async () => {
  const page = await site.browser.newPage();
  let checked = 0;
  for (const sitePath of chapterPaths.slice(0, chapters.length)) {
    await open(page, sitePath);
    const titles = await page.$$eval('.theme-admonition [class*="admonitionHeading"]', (headings) =>
      headings.map((heading) => ({
        shown: (heading as HTMLElement).innerText.trim(),
        written: (heading.textContent ?? '').trim(),
      })),
    );
    for (const { shown, written } of titles) {
      checked += 1;
      assert.equal(shown, written, `${sitePath}: 알림 상자 제목 "${written}"이 "${shown}"로 보입니다`);
    }
  }
  assert.ok(checked > 0, '알림 상자를 하나도 찾지 못했습니다');
  await page.close();
});

test('375px에서 가로로 스크롤되는 표는 스크롤 그림자로 더 볼 것이 있음을 보인다', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await site.browser.newContext({ colorScheme, ...phoneContextOptions });
    const page = await context.newPage();
    let scrollable = 0;
    for (const sitePath of chapterPaths.slice(0, chapters.length)) {
      await open(page, sitePath);
      const tables = await page.$$eval('.theme-doc-markdown table', (elements) =>
        elements
          .filter((table) => table.scrollWidth > table.clientWidth + 1)
          .map((table) => getComputedStyle(table).backgroundImage),
      );
      for (const image of tables) {
        scrollable += 1;
        assert.ok(
          (image.match(/gradient/g) ?? []).length >= 4,
          `${sitePath} (${colorScheme}): 가로로 스크롤되는 표에 스크롤 그림자가 없습니다 (background-image: ${image})`,
        );
      }
    }
    assert.ok(scrollable > 0, '375px에서 가로로 스크롤되는 표를 하나도 찾지 못했습니다');
    await context.close();
  }
});

test('터치 화면에서 코드 블록의 복사 버튼은 누르기 전부터 보이고 44px 이상이다', async () => {
  const context = await site.browser.newContext({ colorScheme: 'light', ...phoneContextOptions });
  const page = await context.newPage();
  await open(page, chapterPaths[0] ?? '/');
  assert.equal(
    await page.evaluate(() => matchMedia('(hover: none)').matches),
    true,
    '이 브라우저 컨텍스트는 터치 화면((hover: none))으로 보이지 않습니다',
  );
  // 처음 연 장의 본문은 서버 HTML이고, 코드 블록의 버튼은 블록이 화면 가까이 올 때 붙습니다(src/theme/DocItem/Content).
  const firstBlock = page.locator('.theme-code-block').first();
  await firstBlock.scrollIntoViewIfNeeded();
  await firstBlock.locator('button').first().waitFor();
  const buttons = await page.$$eval('.theme-code-block button[aria-label]', (elements) =>
    elements
      .filter((button) => /복사|copy/i.test(button.getAttribute('aria-label') ?? ''))
      .slice(0, 5)
      .map((button) => {
        const rect = button.getBoundingClientRect();
        return { opacity: Number(getComputedStyle(button).opacity), width: rect.width, height: rect.height };
      }),
  );
  assert.ok(buttons.length > 0, '복사 버튼을 찾지 못했습니다');
  for (const button of buttons) {
    assert.ok(button.opacity >= 0.99, `복사 버튼이 흐립니다(opacity ${button.opacity})`);
    assert.ok(
      button.width >= 44 && button.height >= 44,
      `복사 버튼이 ${button.width}×${button.height}px입니다`,
    );
  }
  await context.close();
});

// 이슈 #19: 용어집은 좁은 화면에서 네 칸 표라 뜻 칸이 화면 밖에 있었고, `#volume`으로 열면 행이 내비게이션 바에 가렸습니다.
test('375px 용어집은 뜻이 화면 안에 보이는 목록이고, 앵커로 연 행이 가리지 않으며, 거르기 상자로 좁힌다', async () => {
  const context = await site.browser.newContext({ colorScheme: 'light', ...phoneContextOptions });
  const page = await context.newPage();
  await open(page, `${editions.revised.basePath}/glossary#volume`);
  await page.waitForTimeout(300);
  const layout = await page.evaluate(() => {
    const row = document.getElementById('volume');
    const definition = row?.querySelector('td[data-label="뜻"]');
    const navbar = document.querySelector('.navbar');
    return {
      rowTop: row?.getBoundingClientRect().top ?? -1,
      navbarBottom: navbar?.getBoundingClientRect().bottom ?? 0,
      definitionLeft: definition?.getBoundingClientRect().left ?? -1,
      definitionRight: definition?.getBoundingClientRect().right ?? 9999,
    };
  });
  assert.ok(
    layout.rowTop >= layout.navbarBottom - 1,
    `#volume 행이 내비게이션 바 아래에 가렸습니다: ${JSON.stringify(layout)}`,
  );
  assert.ok(
    layout.definitionLeft >= 0 && layout.definitionRight <= 375,
    `뜻 칸이 화면 밖에 있습니다: ${JSON.stringify(layout)}`,
  );
  const filter = page.getByLabel('용어 거르기');
  await filter.waitFor({ state: 'visible' });
  const visibleRows = () => page.locator('tbody tr:visible').count();
  const all = await visibleRows();
  await filter.fill('포트');
  await page.waitForTimeout(200);
  const filtered = await visibleRows();
  assert.ok(filtered > 0 && filtered < all, `"포트"로 거른 뒤 ${filtered}/${all}행`);
  // 학습자는 책이 코드 글꼴로 쓰는 `namespace`를 한글로 적어 찾습니다.
  await filter.fill('네임스페이스');
  await page.waitForTimeout(200);
  const transliterated = await page.locator('tbody tr:visible').allInnerTexts();
  assert.ok(
    transliterated.length > 0 && transliterated.some((row) => row.includes('namespace')),
    `"네임스페이스"로 거른 행: ${transliterated.length}개`,
  );
  await context.close();
});

/** `selector` 안의 글에서 두 한글 글자 사이(띄어쓰기 없이)에서 줄이 바뀐 곳: 어절 가운데서 끊긴 자리 */
function midWordBreaks(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (roots) => {
    const found: string[] = [];
    const hangul = /\p{Script=Hangul}/u;
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        let previousTop: number | undefined;
        for (let index = 0; index < text.length; index += 1) {
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const top = range.getClientRects()[0]?.top;
          if (top === undefined) continue;
          const before = text[index - 1] ?? '';
          if (
            previousTop !== undefined &&
            top > previousTop + 2 &&
            hangul.test(before) &&
            hangul.test(text[index] ?? '')
          ) {
            found.push(`${text.slice(Math.max(0, index - 6), index)}/${text.slice(index, index + 6)}`);
          }
          previousTop = top;
        }
      }
    }
    return found;
  });
}

test('본문 밖의 한글(초판 배너, 404 안내)도 어절 가운데서 줄을 바꾸지 않는다 (375px)', async () => {
  const context = await site.browser.newContext(phoneContextOptions);
  const page = await context.newPage();
  const firstChapter = chapters[2];
  assert.ok(firstChapter);
  await open(page, `${editions.first.basePath}${firstChapter.slug}`);
  const bannerBreaks = await midWordBreaks(page, '.theme-doc-version-banner, [data-edition-changes-link]');
  await page.goto(urlOf('/no-such-page'), { waitUntil: 'load' });
  const notFoundBreaks = await midWordBreaks(page, 'main');
  await context.close();
  assert.deepEqual([...bannerBreaks, ...notFoundBreaks], [], '어절 가운데서 줄이 바뀌었습니다');
});
