import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PrismTheme } from 'prism-react-renderer';
import { darkCodeTheme, lightCodeTheme } from '../../config/prism';
import { chapters } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { collectPageProblems, waitForInnerText, waitUntilRendered } from '../support/browser';
import { servedSiteInChromium } from '../support/servedSite';
import { withBase } from '../support/builtPage';

const site = servedSiteInChromium();

const urlOf = (sitePath: string): string => `${site.server.origin}${withBase(sitePath)}`;

test('버전 선택 메뉴가 같은 장의 다른 판으로 옮기고, 초판 배너가 개정판으로 돌아온다', async () => {
  const page = await site.browser.newPage();
  const chapter = chapters[2];
  await page.goto(urlOf(`${editions.revised.basePath}${chapter.slug}`), { waitUntil: 'load' });
  await page.getByRole('button', { name: editions.revised.label }).hover();
  await page.getByRole('link', { name: editions.first.label }).click();
  await page.waitForURL(`**${withBase(`${editions.first.basePath}${chapter.slug}`)}`);
  await waitForInnerText(page.locator('article h1'), chapter.originalTitle.replace(/^\[Docker\] /, ''));

  await page.locator('.theme-doc-version-banner').getByRole('link').click();
  await page.waitForURL(`**${withBase(`${editions.revised.basePath}${chapter.slug}`)}`);
  await waitForInnerText(page.locator('article h1'), chapter.title);
  assert.equal(await page.locator('.theme-doc-version-banner').count(), 0);
  await page.close();
});

test('이전/다음 페이지 링크가 여섯 장을 차례로 잇는다', async () => {
  const page = await site.browser.newPage();
  for (const [index, chapter] of chapters.entries()) {
    await page.goto(urlOf(`${editions.revised.basePath}${chapter.slug}`), { waitUntil: 'load' });
    const next = chapters[index + 1];
    if (next) {
      const href = await page.locator('.pagination-nav__link--next').getAttribute('href');
      assert.equal(href, withBase(`${editions.revised.basePath}${next.slug}`), `${chapter.title}의 다음 장`);
    }
  }
  await page.close();
});

const tokenColor = (theme: PrismTheme, type: string): string => {
  const color = theme.styles.find((entry) => entry.types.includes(type))?.style.color;
  if (color === undefined) throw new Error(`코드 테마에 ${type} 색이 없습니다 (config/prism.ts)`);
  return color;
};

// src/theme/CodeBlock은 하이드레이션 뒤 코드 블록을 다시 만들지 않으므로, 어두운 테마의 색이 평범한 업데이트로
// 바뀌는지, 복사 버튼이 하이드레이션된 블록에서 동작하는지 봅니다.
test('코드 블록은 두 테마에서 그 테마의 토큰 색을 쓰고, 복사 버튼이 동작한다', async () => {
  const chapter = chapters[2];
  for (const [colorScheme, theme] of [
    ['light', lightCodeTheme],
    ['dark', darkCodeTheme],
  ] as const) {
    const context = await site.browser.newContext({ colorScheme });
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    await page.goto(urlOf(`${editions.revised.basePath}${chapter.slug}`), { waitUntil: 'load' });
    await waitUntilRendered(page);
    const token = page.locator('pre.prism-code .token.string').first();
    await token.scrollIntoViewIfNeeded();
    // 테마의 색 표기(#hex, rgb())를 브라우저가 계산한 값으로 바꿔 비교합니다.
    const [actual, expected] = await token.evaluate(
      (element, color) => {
        const probe = document.createElement('span');
        probe.style.color = color;
        document.body.append(probe);
        const normalized = getComputedStyle(probe).color;
        probe.remove();
        return [getComputedStyle(element).color, normalized];
      },
      tokenColor(theme, 'string'),
    );
    assert.equal(actual, expected, `${colorScheme} 테마의 문자열 토큰 색`);
    const block = page.locator('.theme-code-block').filter({ has: token }).first();
    await block.hover();
    const copy = block.getByRole('button', { name: /복사|copy/i });
    await copy.click();
    await page.waitForFunction(
      (element) => element?.classList.toString().includes('Copied') ?? false,
      await copy.elementHandle(),
      { timeout: 5000, polling: 50 },
    );
    assert.deepEqual(problems, []);
    await context.close();
  }
});
