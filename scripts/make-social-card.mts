/**
 * `assets/social-card.html`을 Chromium으로 찍어 `static/img/social-card.png`(1200×630)를 만듭니다.
 * 디자인을 바꾼 뒤 `npx tsx scripts/make-social-card.mts`로 다시 만들고 PNG를 커밋합니다.
 * 한글이 보이려면 `fonts-noto-cjk`가 설치되어 있어야 합니다.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './lib/browser.ts';

const source = path.resolve('assets/social-card.html');
const target = path.resolve('static/img/social-card.png');

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  await page.goto(pathToFileURL(source).href);
  await page.screenshot({ path: target, type: 'png' });
  console.log(`wrote ${target}`);
} finally {
  await browser.close();
}
