import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapters } from '../../src/data/chapters';
import { collectPageProblems, phoneContextOptions } from '../support/browser';
import { servedSiteInChromium } from '../support/servedSite';

const site = servedSiteInChromium();

test('홈 페이지가 여섯 장의 카드를 콘솔 오류 없이 그린다', async () => {
  const page = await site.browser.newPage();
  const problems = collectPageProblems(page);
  await page.goto(site.server.siteUrl, { waitUntil: 'networkidle' });
  const cards = page.getByRole('list', { name: '시리즈의 장 목록' }).getByRole('listitem');
  assert.equal(await cards.count(), chapters.length);
  for (const [index, chapter] of chapters.entries()) {
    assert.match((await cards.nth(index).innerText()) ?? '', new RegExp(chapter.title));
  }
  await cards.first().getByRole('link').click();
  await page.waitForURL(`**/docs${chapters[0].slug}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test('다크 모드 토글이 테마를 바꾸고 새로 고침 뒤에도 유지한다', async () => {
  const context = await site.browser.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(site.server.siteUrl, { waitUntil: 'networkidle' });
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  assert.equal(await theme(), 'light');
  // 토글은 시스템 설정 → 밝은 모드 → 어두운 모드 순으로 돕니다. 접근 가능한 이름으로 현재 모드를 읽습니다.
  const toggle = page.getByRole('button', { name: /어두운 모드와 밝은 모드 전환하기/ });
  for (let clicks = 0; clicks < 3 && (await theme()) !== 'dark'; clicks += 1) {
    await toggle.click();
  }
  assert.equal(await theme(), 'dark');
  assert.match((await toggle.getAttribute('aria-label')) ?? '', /현재 어두운 모드/);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.notEqual(background, 'rgb(255, 255, 255)');
  await page.reload({ waitUntil: 'networkidle' });
  assert.equal(await theme(), 'dark');
  await context.close();
});

test('시스템이 어두운 테마면 처음부터 어두운 테마로 연다', async () => {
  const context = await site.browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(site.server.siteUrl, { waitUntil: 'networkidle' });
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  await context.close();
});

test('375px 휴대폰 너비에서 가로 스크롤이 생기지 않는다', async () => {
  const context = await site.browser.newContext(phoneContextOptions);
  const page = await context.newPage();
  for (const target of [site.server.siteUrl, `${site.server.siteUrl}docs${chapters[0].slug}`]) {
    await page.goto(target, { waitUntil: 'networkidle' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${target}: 가로로 ${overflow}px 넘칩니다`);
  }
  await context.close();
});
