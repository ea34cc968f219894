import assert from 'node:assert/strict';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { before, test } from 'node:test';
import { collectPageProblems, waitUntilRendered } from '../support/browser';
import { selectPageKinds } from '../../scripts/lib/pageKinds';
import { servedSiteInChromium } from '../support/servedSite';
import { formatTextContrastProblems, measureTextContrast } from '../support/textContrast';

/**
 * 페이지 종류마다 375px(휴대폰)와 1280px(노트북) 너비, 밝은·어두운 테마에서 한 번씩 열어 봅니다.
 * - 콘솔 오류, 실패한 요청이 없는지
 * - 좁은 화면에서 가로로 넘치지 않는지
 * - 보이는 모든 글자(aria-hidden이든 아니든)가 투명하지 않고 배경과 AA 대비를 넘는지(tests/support/textContrast.ts)
 * - 사람이 눈으로 확인할 스크린숏을 `screenshots/`에 남깁니다(그림을 비교하지는 않습니다).
 * 긴 장 페이지는 위에서부터 최대 `maxHeight`까지만 찍습니다(전체를 찍으면 수만 픽셀, 수 MB가 됩니다).
 */

const screenshotDir = path.resolve(process.env.SCREENSHOT_DIR ?? 'screenshots');
const widths = [375, 1280] as const;
const colorSchemes = ['light', 'dark'] as const;
const maxHeight = 3000;

const site = servedSiteInChromium();

before(async () => {
  // 지난 실행의 그림(없어진 페이지 종류 등)이 남지 않도록 비우고 시작합니다.
  await rm(screenshotDir, { recursive: true, force: true });
  await mkdir(screenshotDir, { recursive: true });
});

test('페이지 종류마다 375px·1280px, 밝은·어두운 테마에서 오류 없이 열리고, 넘치지 않고, 모든 글자가 보인다', async (t) => {
  const samples = await selectPageKinds();
  const failures: string[] = [];
  let checkedText = 0;
  let unknownBackground = 0;
  for (const width of widths) {
    for (const colorScheme of colorSchemes) {
      const mobile = width < 500;
      const context = await site.browser.newContext({
        viewport: { width, height: mobile ? 740 : 800 },
        deviceScaleFactor: 1,
        isMobile: mobile,
        hasTouch: mobile,
        colorScheme,
      });
      const page = await context.newPage();
      const problems = collectPageProblems(page);
      for (const { kind, page: sample } of samples) {
        problems.length = 0;
        await page.goto(`${site.server.origin}${sample.path}`, { waitUntil: 'load' });
        await waitUntilRendered(page);
        const { scrollWidth, scrollHeight } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          scrollHeight: document.documentElement.scrollHeight,
        }));
        if (scrollWidth > width) {
          failures.push(
            `${sample.path} (${width}px, ${colorScheme}): 페이지가 가로로 ${scrollWidth - width}px 넘칩니다. 넓은 요소에 max-width나 overflow-x: auto를 주세요.`,
          );
        }
        const contrast = await measureTextContrast(page);
        if (contrast.checked < 5) {
          failures.push(
            `${sample.path} (${width}px, ${colorScheme}): 글자 대비 검사가 글자 ${contrast.checked}개만 보았습니다.`,
          );
        }
        failures.push(...formatTextContrastProblems(`${sample.path} (${width}px, ${colorScheme})`, contrast));
        checkedText += contrast.checked;
        unknownBackground += contrast.unknownBackground;
        const file = path.join(screenshotDir, `${kind.id}-${width}-${colorScheme}.png`);
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: { x: 0, y: 0, width, height: Math.min(scrollHeight, maxHeight) },
        });
        failures.push(
          ...problems.map((problem) => `${sample.path} (${width}px, ${colorScheme}): ${problem}`),
        );
      }
      await context.close();
    }
  }
  t.diagnostic(
    `글자 대비: 글자 요소 ${checkedText}개 검사, 배경 이미지 위라 건너뛴 것 ${unknownBackground}개`,
  );
  t.diagnostic(`스크린숏 ${samples.length * widths.length * colorSchemes.length}장: ${screenshotDir}`);
  assert.deepEqual(failures, [], failures.join('\n'));
});
