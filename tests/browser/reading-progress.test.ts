/**
 * 읽기 진행(src/progress): 장을 스크롤한 뒤 다시 불러와도 사이드바와 홈 카드에 남는지, "이어 읽기"가 멈춘 절을
 * 가리키는지, "다 읽음" 토글, "진행 기록 지우기", 깨진 저장값, 두 테마와 375px, axe, 레이아웃 이동.
 * 브라우저 하나로 돌고, 테스트마다 새 컨텍스트(빈 localStorage)를 씁니다.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { chapters } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { progressStorageKey } from '../../src/progress/storageKey';
import { wcagTags } from '../support/axeSweep';
import { collectPageProblems, phoneContextOptions, waitForValue } from '../support/browser';
import { withBase } from '../support/builtPage';
import { servedSiteInChromium } from '../support/servedSite';

const site = servedSiteInChromium();
const chapter = chapters[1];
const urlOf = (sitePath: string): string => `${site.server.origin}${withBase(sitePath)}`;
const revisedChapter = `${editions.revised.basePath}${chapter.slug}`;
const firstChapter = `${editions.first.basePath}${chapter.slug}`;

async function open(page: Page, sitePath: string): Promise<void> {
  await page.goto(urlOf(sitePath), { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true', undefined, {
    polling: 50,
  });
}

/** 이 사이트의 진행 키(이름공간이 붙은 것)와 그 값. 값이 없으면 null */
async function storedProgress(page: Page): Promise<{ key: string; value: string } | null> {
  return page.evaluate((prefix) => {
    const key = Object.keys(localStorage).find((candidate) => candidate.startsWith(prefix));
    return key === undefined ? null : { key, value: localStorage.getItem(key) ?? '' };
  }, progressStorageKey);
}

/** 장의 `##` 제목 id 목록 */
function sectionIds(page: Page): Promise<string[]> {
  return page.$$eval('.theme-doc-markdown h2[id]', (headings) => headings.map((heading) => heading.id));
}

/** 사람처럼 조금씩 스크롤해 `index`번째 `##` 제목이 화면 위쪽(100px)에 오게 합니다. */
async function scrollToSection(page: Page, index: number): Promise<void> {
  const target = await page.$$eval(
    '.theme-doc-markdown h2[id]',
    (headings, at) => (headings[at]?.getBoundingClientRect().top ?? 0) + window.scrollY - 100,
    index,
  );
  for (let y = 0; y < target; y += 200) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(40);
  }
  await page.evaluate((top) => window.scrollTo(0, top), target);
  await page.waitForTimeout(100);
}

/** 홈의 "이어 읽기"를 눌러(마우스 `click` 또는 손가락 `tap`) 장으로 돌아가, 멈춘 곳에서 한 화면 안에 오는지 봅니다. */
async function resumeFromHome(
  page: Page,
  press: 'click' | 'tap',
  stoppedAt: number,
  screen: number,
): Promise<void> {
  await open(page, '/');
  await page.locator('[data-resume-state="ready"] a')[press]();
  await page.waitForURL(`**${withBase(revisedChapter)}#*`);
  await page.waitForTimeout(500);
  await waitForValue(
    () => page.evaluate(() => window.scrollY),
    (y) => Math.abs(y - stoppedAt) < screen,
    `이어 읽기가 멈춘 곳(scrollY ${stoppedAt})에서 한 화면(${screen}px) 안에 오지 않았습니다`,
  );
}

function sidebarChapterLink(page: Page) {
  return page.locator(`.theme-doc-sidebar-menu a.menu__link[href="${withBase(revisedChapter)}"]`);
}

function homeCardProgress(page: Page, edition: keyof typeof editions) {
  return page.locator(`[data-reading-progress="${chapter.id}"] [data-edition="${edition}"]`);
}

async function newContext(
  options: Parameters<typeof site.browser.newContext>[0] = {},
): Promise<BrowserContext> {
  return site.browser.newContext({
    colorScheme: 'light',
    viewport: { width: 1280, height: 800 },
    ...options,
  });
}

test('장을 스크롤한 뒤 다시 불러오면 사이드바와 홈 카드가 진행을 보이고, 이어 읽기가 멈춘 절을 가리킨다', async () => {
  const context = await newContext();
  const page = await context.newPage();
  const problems = collectPageProblems(page);
  await open(page, revisedChapter);
  assert.match(
    (await sidebarChapterLink(page).getAttribute('aria-label')) ?? '',
    /\(읽지 않음\)$/,
    '처음 여는 장은 사이드바에서 읽지 않음이어야 합니다',
  );
  const ids = await sectionIds(page);
  assert.ok(ids.length >= 6, `${revisedChapter}의 ## 절이 ${ids.length}개뿐입니다`);
  await scrollToSection(page, 3);
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');

  const stored = await storedProgress(page);
  assert.ok(stored, '진행이 localStorage에 저장되지 않았습니다');
  assert.notEqual(
    stored.key,
    progressStorageKey,
    '키에 사이트 이름공간(siteStorageNamespacing)이 붙어야 합니다',
  );
  const record = JSON.parse(stored.value) as {
    version: number;
    editions: { revised: Record<string, { read: string[]; sectionCount: number }> };
    last: { chapter: string; section: string };
  };
  assert.equal(record.version, 1);
  const read = record.editions.revised[chapter.id]?.read ?? [];
  assert.deepEqual(read.slice(0, 3), ids.slice(0, 3), '지나간 앞의 세 절이 읽은 것으로 남아야 합니다');
  assert.ok(!read.includes(ids.at(-1) ?? ''), '마지막 절은 아직 읽지 않았습니다');
  assert.equal(record.editions.revised[chapter.id]?.sectionCount, ids.length);
  const stateText = `절 ${ids.length}개 중 ${read.length}개 읽음`;

  const sidebarLabel = (await sidebarChapterLink(page).getAttribute('aria-label')) ?? '';
  const sidebarText = (await sidebarChapterLink(page).innerText()).trim();
  assert.equal(sidebarLabel, `${sidebarText} (${stateText})`);
  assert.equal(
    await sidebarChapterLink(page).getAttribute('data-reading-label'),
    `${read.length}/${ids.length}`,
  );
  const sidebarAxe = await new AxeBuilder({ page })
    .withTags(wcagTags)
    .include('.theme-doc-sidebar-container')
    .analyze();
  assert.deepEqual(
    sidebarAxe.violations.map((violation) => violation.id),
    [],
    '진행이 채워진 사이드바(1280px, 밝은 테마)에 axe 위반이 있습니다',
  );
  const firstEditionLink = page.locator(
    `.theme-doc-sidebar-menu a.menu__link[href="${withBase(firstChapter)}"]`,
  );
  assert.equal(await firstEditionLink.count(), 0, '개정판 사이드바에는 개정판 장만 있습니다');

  await open(page, '/');
  assert.equal(
    await homeCardProgress(page, 'revised').innerText(),
    `${editions.revised.label}: ${stateText}`,
  );
  assert.equal(await homeCardProgress(page, 'first').innerText(), `${editions.first.label}: 읽지 않음`);
  const resume = page.locator('[data-resume-state] a');
  // 링크는 멈춘 자리 위의 마지막 제목(`##`나 `###`)으로 가고, 문구는 읽던 절(`##`)의 제목입니다.
  assert.match(
    (await resume.getAttribute('href')) ?? '',
    new RegExp(`^${withBase(revisedChapter)}#[a-z0-9-]+$`),
  );
  assert.match(await resume.innerText(), new RegExp(`${chapter.title}: .+`));
  await resume.click();
  await page.waitForURL(`**${withBase(revisedChapter)}#*`);
  // 이어 읽기는 멈춘 자리(그 위의 마지막 제목과 거기서 더 읽은 만큼)로 돌아가므로, 읽던 절의 제목은 화면 위쪽에 있거나
  // 이미 위로 지나가 있고, 다음 절의 제목은 아직 화면 위로 지나가지 않았어야 합니다(화면이 읽던 절 안에 있다).
  const nextSection = ids[4] ?? '';
  await waitForValue(
    () =>
      page.evaluate(
        ([current, next]) => ({
          current: document.getElementById(current ?? '')?.getBoundingClientRect().top ?? Number.NaN,
          next: document.getElementById(next ?? '')?.getBoundingClientRect().top ?? Number.NaN,
        }),
        [ids[3], nextSection],
      ),
    ({ current, next }) => current < 200 && next > 0,
    '이어 읽기로 간 화면이 읽던 절 안(그 절 제목은 위쪽 200 px 안이나 그 위, 다음 절 제목은 아래)에 있지 않습니다',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('장 끝의 "다 읽음" 토글은 키보드로 켜고 끄며, 그 판에만 적용된다', async () => {
  const context = await newContext();
  const page = await context.newPage();
  const problems = collectPageProblems(page);
  await open(page, firstChapter);
  const toggle = page.getByRole('button', { name: '다 읽음', exact: true });
  const stateText = page.getByRole('region', { name: '이 장의 읽기 진행' });
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.match(await stateText.innerText(), /초판 \(2025\.02\) 읽기 진행: 읽지 않음/);
  await toggle.focus();
  await page.keyboard.press('Space');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.match(await stateText.innerText(), /: 다 읽음/);

  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const sidebarLink = page.locator(`.theme-doc-sidebar-menu a.menu__link[href="${withBase(firstChapter)}"]`);
  assert.equal(
    await sidebarLink.getAttribute('aria-label'),
    `${(await sidebarLink.innerText()).trim()} (다 읽음)`,
  );
  assert.equal(await sidebarLink.getAttribute('data-reading-label'), '다 읽음');

  await open(page, '/');
  assert.equal(await homeCardProgress(page, 'first').innerText(), `${editions.first.label}: 다 읽음`);
  assert.equal(await homeCardProgress(page, 'revised').innerText(), `${editions.revised.label}: 읽지 않음`);

  await open(page, firstChapter);
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.match(await stateText.innerText(), /: 읽지 않음/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('"진행 기록 지우기"는 저장된 기록을 지우고 홈이 처음 상태로 돌아가며, "되돌리기"로 되살릴 수 있다', async () => {
  const context = await newContext();
  const page = await context.newPage();
  await open(page, revisedChapter);
  await page.getByRole('button', { name: '다 읽음', exact: true }).click();
  await open(page, '/');
  assert.equal(await homeCardProgress(page, 'revised').innerText(), `${editions.revised.label}: 다 읽음`);
  const resumeRegion = page.getByRole('region', { name: '이어 읽기' });
  assert.equal(await resumeRegion.locator('[data-resume-state="ready"] a').count(), 1);

  const before = await storedProgress(page);
  await page.getByRole('button', { name: '진행 기록 지우기' }).click();
  assert.equal(await storedProgress(page), null);
  assert.equal(await resumeRegion.locator('[data-resume-state] a').count(), 0);
  assert.equal((await resumeRegion.getByRole('status').innerText()).trim(), '진행 기록을 지웠습니다.');
  assert.equal(await homeCardProgress(page, 'revised').innerText(), `${editions.revised.label}: 읽지 않음`);
  // 이슈 #19: 확인도 되돌리기도 없이 모든 기록이 사라졌습니다. 한 번 잘못 누른 것은 "되돌리기"로 되살립니다.
  await page.getByRole('button', { name: '되돌리기' }).click();
  const restored = await storedProgress(page);
  assert.deepEqual(
    JSON.parse(restored?.value ?? 'null') as unknown,
    JSON.parse(before?.value ?? 'null') as unknown,
    '되돌리기는 지우기 전의 기록을 그대로 되살려야 합니다',
  );
  assert.equal(await homeCardProgress(page, 'revised').innerText(), `${editions.revised.label}: 다 읽음`);
  assert.equal(await resumeRegion.locator('[data-resume-state="ready"] a').count(), 1);
  await page.getByRole('button', { name: '진행 기록 지우기' }).click();
  assert.equal(await storedProgress(page), null);
  await page.reload({ waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  assert.equal(await homeCardProgress(page, 'revised').innerText(), `${editions.revised.label}: 읽지 않음`);
  await context.close();
});

test('깨진 값이나 다른 모양의 저장값은 예외 없이 무시하고 올바른 값으로 바꿔 쓴다', async () => {
  const context = await newContext();
  const page = await context.newPage();
  const problems = collectPageProblems(page);
  // 키 이름(이름공간 포함)은 장을 한 번 열어 저장하게 해서 알아냅니다.
  await open(page, revisedChapter);
  await page.waitForFunction(
    (prefix) => Object.keys(localStorage).some((key) => key.startsWith(prefix)),
    progressStorageKey,
  );
  const key = (await storedProgress(page))?.key ?? '';
  for (const corrupt of [
    '{not json',
    JSON.stringify({ version: 99, editions: 'x' }),
    JSON.stringify([1, 2]),
  ]) {
    await page.evaluate(([storageKey, value]) => localStorage.setItem(storageKey, value), [
      key,
      corrupt,
    ] as const);
    await open(page, '/');
    assert.equal(await homeCardProgress(page, 'revised').innerText(), `${editions.revised.label}: 읽지 않음`);
    await page.waitForFunction(
      ([storageKey, value]) => localStorage.getItem(storageKey) !== value,
      [key, corrupt] as const,
      { polling: 50, timeout: 5000 },
    );
    const replaced = JSON.parse((await storedProgress(page))?.value ?? '') as unknown;
    assert.deepEqual(
      replaced,
      { version: 1, editions: { revised: {}, first: {} }, last: null },
      `값: ${corrupt}`,
    );
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('두 테마와 375px에서 진행이 채워진 홈과 장이 넘치지 않고, 레이아웃 이동과 axe 위반이 없다', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await newContext({ colorScheme, ...phoneContextOptions });
    await context.addInitScript(() => {
      const shifts: number[] = [];
      Object.assign(window, { layoutShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
        })[]) {
          if (!entry.hadRecentInput) shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    const page = await context.newPage();
    const problems = collectPageProblems(page);
    await open(page, revisedChapter);
    await scrollToSection(page, 2);
    await page.waitForTimeout(1200);
    for (const sitePath of ['/', revisedChapter]) {
      await open(page, sitePath);
      const where = `${sitePath} (${colorScheme}, 375px)`;
      assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), colorScheme);
      if (sitePath === '/') {
        assert.match(await homeCardProgress(page, 'revised').innerText(), /절 \d+개 중 \d+개 읽음/, where);
      } else {
        assert.match(
          await page.getByRole('region', { name: '이 장의 읽기 진행' }).innerText(),
          /절 \d+개 중 \d+개 읽음/,
          where,
        );
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${where}: 가로로 ${overflow}px 넘칩니다`);
      const shift = await page.evaluate(() =>
        ((window as unknown as { layoutShifts: number[] }).layoutShifts ?? []).reduce(
          (sum, value) => sum + value,
          0,
        ),
      );
      assert.equal(shift, 0, `${where}: 저장된 진행을 채우며 레이아웃이 ${shift}만큼 움직였습니다`);
      // 장 페이지 전체는 접근성 검사(accessibility-*.test.ts)가 서버가 그린 상태로 봅니다. 여기서는 진행이 채워진 부분만.
      const axe = new AxeBuilder({ page }).withTags(wcagTags);
      const results = await (
        sitePath === '/' ? axe : axe.include('[aria-label="이 장의 읽기 진행"]')
      ).analyze();
      assert.deepEqual(
        results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        ),
        [],
        where,
      );
    }
    assert.deepEqual(problems, []);
    await context.close();
  }
});

// 이슈 #19: "이어 읽기"가 절 제목으로만 돌아가 긴 절에서는 멈춘 곳보다 두세 화면 앞에 떨어졌습니다.
test('"이어 읽기"는 멈춘 곳에서 한 화면 안에 떨어진다', async () => {
  const context = await newContext();
  const page = await context.newPage();
  const problems = collectPageProblems(page);
  await open(page, revisedChapter);
  // 세 화면보다 긴 절을 골라, 그 제목에서 두 화면 반 아래까지 사람처럼 내려갑니다.
  const stop = await page.evaluate(() => {
    const headings = [...document.querySelectorAll<HTMLElement>('.theme-doc-markdown h2[id]')];
    const tops = headings.map((heading) => heading.getBoundingClientRect().top + window.scrollY);
    const screen = window.innerHeight;
    const index = tops.findIndex((top, at) => (tops[at + 1] ?? 0) - top > 4 * screen);
    return index < 0 ? null : Math.round((tops[index] ?? 0) + 2.5 * screen);
  });
  assert.ok(stop !== null, `${revisedChapter}에 네 화면보다 긴 ## 절이 없습니다`);
  for (let y = 0; y < stop; y += 300) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(30);
  }
  await page.evaluate((top) => window.scrollTo(0, top), stop);
  await page.waitForTimeout(1500);
  const stoppedAt = await page.evaluate(() => window.scrollY);
  const screen = await page.evaluate(() => window.innerHeight);

  await resumeFromHome(page, 'click', stoppedAt, screen);
  assert.deepEqual(problems, []);
  await context.close();
});

// 이슈 #19: 처음 온 독자에게도 빈 "이어 읽기" 상자와 지우기 버튼이 휴대폰 첫 화면의 절반을 차지했습니다.
test('읽은 기록이 없으면 홈에 빈 "이어 읽기" 상자를 그리지 않는다', async () => {
  const context = await newContext(phoneContextOptions);
  const page = await context.newPage();
  await open(page, '/');
  const box = page.locator('section[aria-labelledby="resume-heading"]');
  assert.equal(await box.isVisible(), false, '기록이 없는데 "이어 읽기" 상자가 보입니다');
  await context.close();
});

/** 저장된 마지막 자리(`last`). 없으면 null */
async function storedLast(
  page: Page,
): Promise<{ chapter: string; section: string | null; anchor?: string; offset?: number } | null> {
  const stored = await storedProgress(page);
  if (stored === null) return null;
  return (
    JSON.parse(stored.value) as {
      last: { chapter: string; section: string | null; anchor?: string; offset?: number } | null;
    }
  ).last;
}

/** 저장된 마지막 자리에서 저장 시각을 뺀 것(같은 자리인지 비교할 때) */
async function storedSpot(page: Page) {
  const last = await storedLast(page);
  return last === null
    ? null
    : { chapter: last.chapter, section: last.section, anchor: last.anchor, offset: last.offset };
}

/** 휴대폰 메뉴를 열어 문서 사이드바의 링크를 누릅니다(클라이언트 이동). */
async function tapMobileSidebarLink(page: Page, sitePath: string): Promise<void> {
  await page.locator('button.navbar__toggle').tap();
  const link = page.locator(`.navbar-sidebar a.menu__link[href="${withBase(sitePath)}"]`);
  await link.waitFor({ state: 'visible' });
  await link.tap();
  await page.waitForURL(`**${withBase(sitePath)}`);
}

// 학습자 점검: 장에서 로고나 사이드바 링크로(클라이언트 이동) 떠나면 "이어 읽기"가 장 끝("참고 자료")을 가리켰습니다.
// 떠날 때 관찰이 바뀌는 중인 문서를 재서, 떼어진 제목이 모두 화면 맨 위(0)에 있는 것처럼 읽혔습니다.
const arrivals = ['처음 불러온 장(서버 HTML 본문)', '클라이언트 이동으로 연 장'] as const;
const departures = ['내비게이션 바 로고', '사이드바 링크'] as const;
for (const arrival of arrivals) {
  for (const departure of departures) {
    test(`${arrival}을 ${departure}로 떠나도 "이어 읽기"는 읽던 절로 돌아간다 (375px, 터치)`, async () => {
      const context = await newContext(phoneContextOptions);
      const page = await context.newPage();
      const problems = collectPageProblems(page);
      if (arrival === arrivals[0]) {
        await open(page, revisedChapter);
      } else {
        await open(page, `${editions.revised.basePath}/glossary`);
        await tapMobileSidebarLink(page, revisedChapter);
        await page.locator('.theme-doc-markdown h2[id]').first().waitFor();
      }
      assert.equal(
        (await page.locator('[data-static-body]').count()) > 0,
        arrival === arrivals[0],
        '처음 불러온 장만 서버 HTML 본문이어야 합니다',
      );
      const ids = await sectionIds(page);
      await scrollToSection(page, 3);
      // 스크롤이 멈추고 1초 안에 저장됩니다. 그 자리(가운데 절의 어딘가)가 떠난 뒤에도 그대로여야 합니다.
      await page.waitForTimeout(1500);
      const reading = await storedSpot(page);
      assert.equal(reading?.chapter, chapter.id, '읽던 자리가 저장되지 않았습니다');
      assert.ok(
        reading.section !== null && reading.section !== ids.at(-1),
        `읽던 자리가 이미 마지막 절입니다: ${JSON.stringify(reading)}`,
      );
      const stoppedAt = await page.evaluate(() => window.scrollY);
      const screen = await page.evaluate(() => window.innerHeight);

      if (departure === departures[0]) {
        await page.locator('.navbar__items a.navbar__brand').tap();
        await page.waitForURL(`**${withBase('/')}`);
      } else {
        await tapMobileSidebarLink(page, `${editions.revised.basePath}/glossary`);
      }
      await page.waitForTimeout(1500);
      assert.deepEqual(
        await storedSpot(page),
        reading,
        `떠난 뒤 저장된 자리가 읽던 자리(${reading.section})가 아닙니다`,
      );

      await resumeFromHome(page, 'tap', stoppedAt, screen);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
}
