import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { chapters } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { collectPageProblems, waitForValue, waitUntilRendered } from '../support/browser';
import { servedSiteInChromium } from '../support/servedSite';
import { withBase } from '../support/builtPage';

/*
 * 장 페이지를 처음 열면 본문을 하이드레이션하지 않고 서버 HTML 그대로 둡니다(src/theme/DocItem/Content, 이슈 #23).
 * 이 파일은 그 장치가 걸려 있는지(본문 요소가 파서가 넣은 그 요소이고 React가 붙지 않았는지), 그리고 본문 안에서 움직이는
 * 것(사이트 안 링크의 클라이언트 이동, 코드 블록 버튼)이 그대로인지 봅니다. 클라이언트
 * 이동으로 들어온 장은 React가 보통대로 그립니다.
 */

const site = servedSiteInChromium();
const urlOf = (sitePath: string): string => `${site.server.origin}${withBase(sitePath)}`;
const network = chapters.find((chapter) => chapter.slug === '/network');
if (network === undefined) throw new Error('src/data/chapters.ts에 /network 장이 없습니다');
const networkPath = `${editions.revised.basePath}${network.slug}`;

/** 본문의 문단과 코드 블록. 그림(Mermaid의 글자도 `p`)과 버튼처럼 브라우저에서 더하는 것은 빼고 봅니다. */
const bodyElements = '.theme-doc-markdown > p, .theme-doc-markdown > .theme-code-block pre';

/** 파서가 넣은 본문 요소에 표시를 붙이는 스크립트(하이드레이션 전에 돎) */
const markParsedBody = `const bodyElements = ${JSON.stringify(bodyElements)};
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) {
    if (node instanceof HTMLElement && node.matches(bodyElements)) {
      node.dataset.parsed = 'true';
    }
  }
}).observe(document, { childList: true, subtree: true });`;

interface BodyState {
  readonly staticBody: boolean;
  readonly paragraphs: number;
  readonly parsed: number;
  /** React가 붙은(하이드레이션했거나 React가 만든) 본문 요소 수 */
  readonly reactOwned: number;
}

const bodyState = (page: Page): Promise<BodyState> =>
  page.evaluate((selector) => {
    const body = document.querySelector('.theme-doc-markdown');
    const elements = [...document.querySelectorAll<HTMLElement>(selector)];
    return {
      staticBody: body?.hasAttribute('data-static-body') ?? false,
      paragraphs: elements.length,
      parsed: elements.filter((element) => element.dataset.parsed === 'true').length,
      reactOwned: elements.filter((element) => Object.keys(element).some((key) => key.startsWith('__react')))
        .length,
    };
  }, bodyElements);

for (const [label, sitePath] of [
  ['개정판', networkPath],
  ['초판', `${editions.first.basePath}${network.slug}`],
] as const) {
  test(`${label} 장을 처음 열면 본문은 서버 HTML 그대로이고 React가 붙지 않는다`, async () => {
    const page = await site.browser.newPage();
    const problems = collectPageProblems(page);
    await page.addInitScript({ content: markParsedBody });
    await page.goto(urlOf(sitePath), { waitUntil: 'load' });
    await waitUntilRendered(page);
    const state = await bodyState(page);
    assert.ok(state.paragraphs > 50, `본문 문단과 코드 블록이 ${state.paragraphs}개뿐입니다`);
    assert.deepEqual(state, { ...state, staticBody: true, parsed: state.paragraphs, reactOwned: 0 });
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test('서버 HTML 본문의 사이트 안 링크는 페이지를 다시 읽지 않고 옮기고, 그렇게 들어간 장은 React가 그린다', async () => {
  const page = await site.browser.newPage();
  const problems = collectPageProblems(page);
  await page.goto(urlOf(networkPath), { waitUntil: 'load' });
  await waitUntilRendered(page);
  assert.equal(
    await page.locator('[data-static-body]').count(),
    1,
    '처음 연 장의 본문이 서버 HTML이 아닙니다',
  );
  await page.evaluate(() => {
    (window as Window & { sameDocument?: boolean }).sameDocument = true;
  });
  const link = page.locator('.theme-doc-markdown a[href*="/docs/"]:not(.hash-link):not([href*="#"])').first();
  const href = await link.getAttribute('href');
  assert.ok(href, '본문에 다른 장으로 가는 링크가 없습니다');
  await link.scrollIntoViewIfNeeded();
  await link.click();
  await page.waitForURL(`**${href}`);
  const after = await waitForValue(
    () =>
      page.evaluate(() => ({
        sameDocument: (window as Window & { sameDocument?: boolean }).sameDocument === true,
        path: window.location.pathname,
        staticBody: document.querySelector('.theme-doc-markdown')?.hasAttribute('data-static-body') ?? true,
        reactOwnedParagraph: Object.keys(document.querySelector('.theme-doc-markdown p') ?? {}).some((key) =>
          key.startsWith('__react'),
        ),
      })),
    (value) => value.path === href && value.reactOwnedParagraph,
    '링크를 누른 뒤 다음 장을 React가 그리지 않았습니다',
  );
  assert.deepEqual(after, { sameDocument: true, path: href, staticBody: false, reactOwnedParagraph: true });

  // 뒤로 가면 다시 그 장이고(역시 다시 읽지 않음), React가 그린 본문의 코드 블록에도 버튼이 있습니다.
  await page.goBack();
  await page.waitForURL(`**${withBase(networkPath)}`);
  const back = await waitForValue(
    () =>
      page.evaluate(() => ({
        sameDocument: (window as Window & { sameDocument?: boolean }).sameDocument === true,
        codeBlocks: document.querySelectorAll('.theme-doc-markdown .theme-code-block').length,
      })),
    (value) => value.codeBlocks > 0,
    '뒤로 간 장의 본문이 그려지지 않았습니다',
  );
  assert.equal(back.sameDocument, true, '뒤로 가기가 페이지를 다시 읽었습니다');
  assert.deepEqual(problems, []);
  await page.close();
});

test('서버 HTML 본문의 코드 블록 복사 버튼은 React가 그린 본문과 같은 코드를 복사한다', async () => {
  const context = await site.browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  const page = await context.newPage();
  const problems = collectPageProblems(page);
  const copyBlock = async (index: number): Promise<string> => {
    const block = page.locator('.theme-doc-markdown .theme-code-block').nth(index);
    await block.scrollIntoViewIfNeeded();
    await block.hover();
    await block.getByRole('button', { name: /복사|copy/i }).click();
    return page.evaluate(() => navigator.clipboard.readText());
  };
  await page.goto(urlOf(networkPath), { waitUntil: 'load' });
  await waitUntilRendered(page);
  assert.equal(
    await page.locator('[data-static-body]').count(),
    1,
    '처음 연 장의 본문이 서버 HTML이 아닙니다',
  );
  const blockCount = await page.locator('.theme-doc-markdown .theme-code-block').count();
  // 여러 줄, 빈 줄, 제목이 있는 블록을 고루 봅니다: 첫 블록, 가운데, 마지막.
  const indexes = [0, Math.floor(blockCount / 2), blockCount - 1];
  const fromServerHtml = [];
  for (const index of indexes) fromServerHtml.push(await copyBlock(index));

  // 다른 페이지에 갔다가 클라이언트 이동으로 돌아오면 React가 그린 본문입니다.
  await page.locator('.navbar__brand').click();
  await page.waitForURL(`**${withBase('/')}`);
  await page
    .locator(`a[href="${withBase(networkPath)}"]`)
    .first()
    .click();
  await page.waitForURL(`**${withBase(networkPath)}`);
  await waitForValue(
    () => page.locator('.theme-doc-markdown .theme-code-block').count(),
    (count) => count === blockCount,
    '클라이언트 이동으로 돌아온 장의 코드 블록이 그려지지 않았습니다',
  );
  assert.equal(await page.locator('[data-static-body]').count(), 0);
  const fromReact = [];
  for (const index of indexes) fromReact.push(await copyBlock(index));
  assert.deepEqual(fromServerHtml, fromReact);
  assert.ok(fromReact.every((code) => code.length > 0));
  assert.deepEqual(problems, []);
  await context.close();
});
