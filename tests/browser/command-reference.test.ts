import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { editions } from '../../src/data/editions';
import { collectPageProblems, waitForValue, waitUntilRendered } from '../support/browser';
import { imeInput } from '../support/ime';
import { servedSiteInChromium } from '../support/servedSite';

const site = servedSiteInChromium();
const pagePath = (basePath: string) => `${site.server.siteUrl}${basePath.slice(1)}/commands`;

const listedCommands = (page: Page) =>
  page
    .locator('li[data-command]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-command') ?? ''));

async function waitForCount(page: Page, count: number): Promise<void> {
  await page.waitForFunction(
    (expected) => document.querySelectorAll('li[data-command]').length === expected,
    count,
  );
}

test('자바스크립트 없이도 전체 목록이 있고, 거르기 상자는 꺼져 있다', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pagePath(editions.revised.basePath));
  const commands = await listedCommands(page);
  assert.ok(commands.length > 40, `명령이 ${commands.length}개뿐입니다`);
  assert.ok(commands.includes('docker container run'));
  assert.equal(await page.getByLabel('명령 거르기').isDisabled(), true);
  await context.close();
});

test('거르기가 목록을 좁히고, 한글을 조합하는 동안에는 거르지 않는다', async () => {
  const page = await site.browser.newPage();
  const problems = collectPageProblems(page);
  await page.goto(pagePath(editions.revised.basePath), { waitUntil: 'load' });
  await waitUntilRendered(page);
  const all = await listedCommands(page);
  const filter = page.getByLabel('명령 거르기');
  await filter.waitFor({ state: 'visible' });
  assert.equal(await filter.isEnabled(), true);

  await filter.fill('network create');
  await waitForCount(page, 1);
  assert.deepEqual(await listedCommands(page), ['docker network create']);
  assert.match((await page.getByRole('status').first().textContent()) ?? '', /1개가 맞습니다/);
  await filter.fill('');
  await waitForCount(page, all.length);
  // 이슈 #19: 거르기는 플래그의 뜻에도 맞습니다(`-p`의 뜻 "호스트 포트를 컨테이너 포트에 연결해…").
  await filter.fill('호스트 포트를');
  await waitForValue(
    () => listedCommands(page),
    (listed) => listed.length < all.length && listed.includes('docker container run'),
    '"호스트 포트를"로 거르면 docker container run이 남아야 합니다',
  );
  await filter.fill('');
  await waitForCount(page, all.length);

  // 입력기로 `네트워크`를 치는 과정을 CDP로 흉내 냅니다. 조합 중인 글자로는 목록이 바뀌지 않아야 합니다.
  const networkEntries = await page
    .getByRole('list', { name: '네트워크 명령' })
    .locator('li[data-command]')
    .count();
  await filter.focus();
  const ime = await imeInput(page);
  for (const composing of ['ㄴ', '네', '넽', '네트', '네트워', '네트웤']) {
    await ime.compose(composing);
    assert.equal(
      (await listedCommands(page)).length,
      all.length,
      `조합 중("${composing}")에 목록이 바뀌었습니다`,
    );
  }
  await ime.commit('네트워크');
  await page.waitForFunction(
    (total) => document.querySelectorAll('li[data-command]').length < total,
    all.length,
  );
  assert.equal(await filter.inputValue(), '네트워크');
  assert.equal(
    await page.getByRole('list', { name: '네트워크 명령' }).locator('li[data-command]').count(),
    networkEntries,
    '네트워크 분류의 명령이 모두 남아야 합니다',
  );
  assert.equal(await page.getByRole('list', { name: '볼륨 명령' }).count(), 0, '볼륨 분류는 사라져야 합니다');
  assert.deepEqual(problems, []);
  await page.close();
});

test('375px 화면에서 가로로 넘치지 않는다', async () => {
  const context = await site.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  for (const edition of Object.values(editions)) {
    await page.goto(pagePath(edition.basePath), { waitUntil: 'load' });
    await waitUntilRendered(page);
    const overflow = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      widest: [...document.querySelectorAll('li[data-command] *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((element) => element.textContent?.slice(0, 60) ?? '')
        .slice(0, 3),
    }));
    assert.ok(
      overflow.scrollWidth <= overflow.clientWidth,
      `${edition.label}: 문서 폭 ${overflow.scrollWidth}px > 화면 ${overflow.clientWidth}px. 넘치는 것: ${overflow.widest.join(' | ')}`,
    );
  }
  await context.close();
});

test('인쇄하면 A4 몇 쪽의 요약표가 되고, 내비게이션과 거르기 상자는 빠진다', async () => {
  const page = await site.browser.newPage();
  await page.goto(pagePath(editions.revised.basePath), { waitUntil: 'load' });
  await waitUntilRendered(page);
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() =>
    ['.navbar', '.theme-doc-sidebar-container', 'input[type="search"]', 'li[data-command] ul'].map(
      (selector) => {
        // 부모가 `display: none`이면 자신의 계산된 display는 그대로이므로, 그려진 상자가 있는지로 봅니다.
        const element = document.querySelector(selector);
        return element === null || element.getClientRects().length === 0;
      },
    ),
  );
  assert.deepEqual(hidden, [true, true, true, true]);
  const pdf = await page.pdf({
    format: 'A4',
    margin: { top: '12mm', bottom: '12mm', left: '12mm', right: '12mm' },
  });
  const pageCount = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  // 인쇄 스타일이 없으면 한 항목이 한 줄을 다 차지하고 절 링크까지 찍혀 30쪽이 넘습니다.
  assert.ok(pageCount >= 1 && pageCount <= 10, `인쇄하면 A4 ${pageCount}쪽입니다(10쪽 이하여야 합니다)`);
  await page.close();
});
