import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { chapters } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { collectPageProblems, phoneContextOptions, waitForValue } from '../support/browser';
import { withBase } from '../support/builtPage';
import { servedSiteInChromium } from '../support/servedSite';

const site = servedSiteInChromium();

const sidebar = (page: Page) => page.locator('.navbar-sidebar');
const prefetchCount = (page: Page) => page.locator('link[rel="prefetch"]').count();

/**
 * 닫힌 휴대폰 메뉴는 그리지 않습니다(src/css/custom.css). Infima는 닫힌 메뉴를 투명하게 화면 왼쪽 밖에 두기만 해서,
 * 그 안의 사이드바 링크가 IntersectionObserver에는 보이는 것으로 잡히고 Docusaurus가 페이지를 열 때마다 메뉴의 모든
 * 문서를 미리 받았습니다. 메뉴를 열면 링크가 보이므로 그때 미리 받아야 합니다.
 */
test('휴대폰 화면의 닫힌 메뉴는 그리지 않고, 열면 보이며 그때 메뉴의 문서를 미리 받는다', async () => {
  const context = await site.browser.newContext(phoneContextOptions);
  const page = await context.newPage();
  const problems = collectPageProblems(page);
  const chapter = chapters[2];
  await page.goto(`${site.server.origin}${withBase(`${editions.revised.basePath}${chapter.slug}`)}`, {
    waitUntil: 'networkidle',
  });

  // 메뉴는 하이드레이션 뒤 transition으로 만들어지므로(src/theme/Navbar/MobileSidebar) 생길 때까지 기다립니다.
  await sidebar(page).waitFor({ state: 'attached', timeout: 10_000 });
  assert.equal(
    await sidebar(page).evaluate((element) => getComputedStyle(element).display),
    'none',
    '닫힌 메뉴가 그려져 있습니다',
  );
  const prefetchedWhileClosed = await prefetchCount(page);

  const toggle = page.getByRole('button', { name: '사이드바 펼치거나 접기' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  const currentChapter = sidebar(page).getByRole('link', { name: new RegExp(chapter.title) });
  await currentChapter.waitFor({ state: 'visible' });
  // IntersectionObserver는 메뉴가 그려진 다음 프레임에 알리고, 미리 받기는 한가할 때 붙으므로 늘어날 때까지 기다립니다.
  await waitForValue(
    () => prefetchCount(page),
    (prefetchedWhenOpen) => prefetchedWhenOpen > prefetchedWhileClosed,
    `메뉴를 연 뒤에 메뉴의 문서를 미리 받아야 합니다 (닫혔을 때 ${prefetchedWhileClosed}개)`,
    5_000,
  );

  await sidebar(page).getByRole('button', { name: '사이드바 닫기' }).click();
  await page.waitForFunction(
    () => getComputedStyle(document.querySelector('.navbar-sidebar') ?? document.body).display === 'none',
  );
  assert.deepEqual(problems, []);
  await context.close();
});
