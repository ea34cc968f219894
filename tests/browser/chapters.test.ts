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
  await waitForInnerText(page.locator('article h1'), chapter.original.title.replace(/^\[Docker\] /, ''));

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

test('하이드레이션은 서버 HTML의 코드 블록을 그대로 쓰고, 문법 토큰도 그대로 남는다', async () => {
  // 여러 언어(bash, dockerfile, ini, nginx, yaml)의 블록이 있는 장입니다. Prism은 코드 블록을 처음 그릴 때 읽히므로
  // (src/theme/CodeBlock), 브라우저에서 문법 등록이 빠지거나 늦으면 React가 서버 HTML과 다른 토큰을 만나 블록을
  // 새로 만듭니다. 파서가 넣는 순간 표시한 `<pre>`가 하이드레이션 뒤에도 같은 요소인지 봅니다.
  const chapter = chapters.find((candidate) => candidate.slug === '/workflow');
  assert.ok(chapter, 'src/data/chapters.ts에 /workflow 장이 없습니다');
  const page = await site.browser.newPage();
  const problems = collectPageProblems(page);
  await page.addInitScript({
    content: `new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) {
        if (node instanceof HTMLElement && node.matches('pre.prism-code, .token-line')) {
          node.dataset.fromServerHtml = 'true';
        }
      }
    }).observe(document, { childList: true, subtree: true });`,
  });
  await page.goto(urlOf(`${editions.revised.basePath}${chapter.slug}`), { waitUntil: 'load' });
  await waitUntilRendered(page);
  // Prism의 자동 강조는 읽힌 뒤 다음 프레임에 돕니다. 그 프레임이 지난 뒤에 봅니다.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const blocks = await page.locator('pre.prism-code').evaluateAll((elements) =>
    elements.map((element) => ({
      language: /language-([\w-]+)/.exec(element.className)?.[1] ?? '',
      fromServerHtml: element.dataset.fromServerHtml === 'true',
      grammarTokens: element.querySelectorAll('.token:not(.plain)').length,
      // Prism이 수동 모드가 아니면 스스로 `<code>`를 다시 칠하며 React가 그린 줄(`.token-line`)을 지웁니다.
      linesFromServerHtml:
        element.querySelectorAll('.token-line').length > 0 &&
        [...element.querySelectorAll<HTMLElement>('.token-line')].every(
          (line) => line.dataset.fromServerHtml === 'true',
        ),
    })),
  );
  const languages = new Set(blocks.map((block) => block.language));
  for (const language of ['bash', 'dockerfile', 'ini', 'nginx', 'yaml']) {
    assert.ok(languages.has(language), `${chapter.title}에 ${language} 블록이 없습니다`);
  }
  assert.deepEqual(
    blocks.filter((block) => !block.fromServerHtml || !block.linesFromServerHtml),
    [],
    '하이드레이션 뒤 새로 만들어진 코드 블록',
  );
  assert.deepEqual(
    blocks.filter((block) => block.language !== 'text' && block.grammarTokens === 0),
    [],
    '하이드레이션 뒤 문법 토큰이 없는 코드 블록',
  );
  assert.deepEqual(problems, []);
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
