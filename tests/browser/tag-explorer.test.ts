import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { collectPageProblems, waitForValue } from '../support/browser';
import { imeInput } from '../support/ime';
import { servedSiteInChromium } from '../support/servedSite';
import { buildDir, siteEnv } from '../../scripts/lib/site';
import { taggedPermalinks } from '../support/blog/taggedPages';

const site = servedSiteInChromium();

const tagList = (page: Page) => page.getByRole('list', { name: '태그 목록' });
const toggle = (page: Page, key: string) => tagList(page).locator(`li[data-tag-key="${key}"] button`);

interface ListedTag {
  readonly key: string;
  readonly text: string;
}

async function listedTags(page: Page): Promise<ListedTag[]> {
  return tagList(page)
    .locator('li[data-tag-key]')
    .evaluateAll((items) =>
      items.map((item) => ({
        key: item.getAttribute('data-tag-key') ?? '',
        text: `${item.getAttribute('data-tag-key') ?? ''} ${item.textContent ?? ''}`,
      })),
    );
}

async function openExplorer(page: Page, search = ''): Promise<void> {
  await page.goto(`${site.server.siteUrl}tags${search}`, { waitUntil: 'networkidle' });
  // 토글은 서버 HTML부터 버튼이므로, 하이드레이션이 끝났다는 표시로 거르기 상자가 켜지기를 기다립니다.
  await page.getByLabel('태그 이름으로 거르기').and(page.locator(':enabled')).waitFor();
}

async function resultPermalinks(page: Page): Promise<string[]> {
  return page
    .locator('li[data-permalink]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-permalink') ?? ''));
}

test('자바스크립트 없이도 태그 버튼이 GET 폼으로 ?tags=<키>에 간다', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.server.siteUrl}tags`);
  const form = page.locator('form', { has: tagList(page) });
  assert.equal(await form.getAttribute('method'), 'get');
  assert.equal(await form.getAttribute('action'), `${siteEnv.baseUrl}tags`);
  const buttons = await tagList(page)
    .locator('li[data-tag-key]')
    .evaluateAll((items) =>
      items.map((item) => {
        const button = item.querySelector('button');
        return [
          item.getAttribute('data-tag-key'),
          button?.getAttribute('name'),
          button?.getAttribute('value'),
        ];
      }),
    );
  assert.ok(buttons.length >= 10, `태그가 ${buttons.length}개뿐입니다`);
  for (const [key, name, value] of buttons) {
    assert.deepEqual([name, value], ['tags', key], `${key} 태그의 버튼`);
  }
  const firstKey = buttons[0]?.[0] ?? '';
  await tagList(page).locator('li[data-tag-key] button').first().click();
  await page.waitForURL(`**${siteEnv.baseUrl}tags?tags=${firstKey}`);
  await context.close();
});

test('거르기 입력이 태그 목록을 좁히고, 한글 조합 중에는 거르지 않는다', async () => {
  const page = await site.browser.newPage();
  const problems = collectPageProblems(page);
  await openExplorer(page);
  const all = await listedTags(page);
  const filter = page.getByLabel('태그 이름으로 거르기');

  // 입력기(IME)로 `네트`를 치는 과정을 CDP로 흉내 냅니다: 조합 중인 글자는 목록을 바꾸지 않아야 합니다.
  await filter.focus();
  const ime = await imeInput(page);
  for (const composing of ['ㄴ', '네', '넽']) {
    await ime.compose(composing);
    assert.equal(
      (await listedTags(page)).length,
      all.length,
      `조합 중("${composing}")에 목록이 바뀌었습니다`,
    );
  }
  await ime.commit('네트');
  const expected = all.filter((tag) => tag.text.toLowerCase().includes('네트')).map((tag) => tag.key);
  assert.ok(expected.length > 0 && expected.length < all.length);
  await page.waitForFunction(
    (count) => document.querySelectorAll('ul[aria-label="태그 목록"] > li').length === count,
    expected.length,
  );
  assert.equal(await filter.inputValue(), '네트');
  assert.deepEqual(
    (await listedTags(page)).map((tag) => tag.key),
    expected,
  );
  assert.match(
    (await page.getByRole('status').first().textContent()) ?? '',
    new RegExp(`${expected.length}개`),
  );

  // 조합 없이 한 번에 들어오는 입력(insertText)도 같은 결과를 냅니다.
  await filter.fill('');
  await page.keyboard.insertText('네트');
  await page.waitForFunction(
    (count) => document.querySelectorAll('ul[aria-label="태그 목록"] > li').length === count,
    expected.length,
  );
  await filter.fill('');
  await page.waitForFunction(
    (count) => document.querySelectorAll('ul[aria-label="태그 목록"] > li').length === count,
    all.length,
  );
  assert.deepEqual(problems, []);
  await page.close();
});

test('두 태그를 고르면 둘 다 가진 문서와 글만 나오고, 주소와 새로 고침, 뒤로 가기가 선택을 지킨다', async () => {
  const page = await site.browser.newPage();
  const problems = collectPageProblems(page);
  await openExplorer(page);

  const [network, docker] = await Promise.all([
    taggedPermalinks(buildDir, siteEnv.baseUrl, 'network'),
    taggedPermalinks(buildDir, siteEnv.baseUrl, 'docker'),
  ]);
  const expectedBoth = [...network].filter((permalink) => docker.has(permalink)).sort();
  assert.ok(expectedBoth.length >= 2, '두 태그를 함께 가진 페이지가 빌드에 없습니다');

  await toggle(page, 'network').click();
  await page.waitForURL(/\?tags=network$/);
  assert.deepEqual((await resultPermalinks(page)).sort(), [...network].sort());

  await toggle(page, 'docker').click();
  await page.waitForURL(/\?tags=network,docker$/);
  assert.equal(await toggle(page, 'network').getAttribute('aria-pressed'), 'true');
  assert.equal(await toggle(page, 'docker').getAttribute('aria-pressed'), 'true');
  assert.deepEqual((await resultPermalinks(page)).sort(), expectedBoth);
  const status = page.locator('[role="status"][aria-live="polite"]', { hasText: '건' });
  assert.match((await status.textContent()) ?? '', new RegExp(`${expectedBoth.length}건`));

  const kinds = await page
    .locator('li[data-permalink]')
    .evaluateAll((items) => items.map((item) => item.textContent ?? ''));
  assert.ok(kinds.some((text) => text.startsWith('문서개정판')));
  assert.ok(kinds.some((text) => text.startsWith('블로그')));

  await page.reload({ waitUntil: 'networkidle' });
  await page.waitForFunction(() => document.querySelectorAll('li[data-permalink]').length > 0);
  assert.equal(await toggle(page, 'docker').getAttribute('aria-pressed'), 'true');
  assert.deepEqual((await resultPermalinks(page)).sort(), expectedBoth);

  await page.goBack();
  await page.waitForURL(/\?tags=network$/);
  assert.equal(await toggle(page, 'docker').getAttribute('aria-pressed'), 'false');
  assert.equal(await toggle(page, 'network').getAttribute('aria-pressed'), 'true');
  assert.deepEqual((await resultPermalinks(page)).sort(), [...network].sort());

  assert.deepEqual(problems, []);
  await page.close();
});

test('키보드만으로 태그에 가서 Enter와 Space로 켜고 끌 수 있다', async () => {
  const page = await site.browser.newPage();
  const problems = collectPageProblems(page);
  await openExplorer(page);
  await page.getByLabel('태그 이름으로 거르기').focus();
  await page.keyboard.press('Tab');
  const focused = () =>
    page.evaluate(() => {
      const element = document.activeElement;
      return {
        key: element?.closest('li[data-tag-key]')?.getAttribute('data-tag-key') ?? null,
        pressed: element?.getAttribute('aria-pressed') ?? null,
        tag: element?.tagName ?? '',
      };
    });
  const first = await focused();
  assert.equal(first.tag, 'BUTTON');
  assert.ok(first.key);
  assert.equal(first.pressed, 'false');

  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(`\\?tags=${first.key}$`));
  // 이슈 #19: 태그를 고르면 결과가 태그 목록 위로 오고, 포커스와 화면이 결과 제목으로 갑니다.
  await waitForValue(
    () => page.evaluate(() => document.activeElement?.id ?? ''),
    (id) => id === 'tag-results-heading',
    '태그를 고른 뒤 포커스가 결과 제목으로 가야 합니다',
  );
  const placement = await page.evaluate(() => ({
    results: document.getElementById('tag-results-heading')?.getBoundingClientRect().top ?? -1,
    tags: document.getElementById('tag-list-heading')?.getBoundingClientRect().top ?? -1,
    height: window.innerHeight,
  }));
  assert.ok(
    placement.results < placement.tags,
    `결과가 태그 목록 위에 있어야 합니다: ${JSON.stringify(placement)}`,
  );
  assert.ok(
    placement.results >= 0 && placement.results < placement.height / 2,
    `결과 제목이 화면 위쪽에 보여야 합니다: ${JSON.stringify(placement)}`,
  );
  assert.equal(await toggle(page, first.key).getAttribute('aria-pressed'), 'true');

  // 결과 제목(과 그 고정 링크) 다음의 "… 태그 빼기"로 선택을 풀면 포커스는 거르기 상자로 돌아옵니다.
  const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  for (let presses = 0; presses < 3 && !/태그 빼기$/.test(await focusedLabel()); presses += 1) {
    await page.keyboard.press('Tab');
  }
  assert.match(await focusedLabel(), /태그 빼기$/);
  await page.keyboard.press('Space');
  await page.waitForURL((url) => url.search === '');
  await waitForValue(
    () => page.evaluate(() => document.activeElement?.getAttribute('type') ?? ''),
    (type) => type === 'search',
    '선택을 모두 풀면 포커스가 거르기 상자로 가야 합니다',
  );
  await page.keyboard.press('Tab');
  assert.equal((await focused()).key, first.key);
  assert.equal((await focused()).pressed, 'false');

  // 카드 안의 태그 페이지 링크들을 지나 다음 태그의 토글까지 Tab으로 갑니다.
  let second = await focused();
  for (let presses = 0; presses < 10 && (second.tag !== 'BUTTON' || second.key === first.key); presses += 1) {
    await page.keyboard.press('Tab');
    second = await focused();
  }
  assert.equal(second.tag, 'BUTTON');
  assert.notEqual(second.key, first.key);
  await page.keyboard.press('Space');
  await page.waitForURL(new RegExp(`\\?tags=${second.key}$`));
  assert.deepEqual(problems, []);
  await page.close();
});

test('다른 철자(asac7)로 들어와도 정식 태그가 선택된다', async () => {
  const page = await site.browser.newPage();
  await openExplorer(page, '?tags=asac7');
  assert.equal(await toggle(page, 'asac').getAttribute('aria-pressed'), 'true');
  assert.ok((await resultPermalinks(page)).length > 0);
  await page.close();
});
