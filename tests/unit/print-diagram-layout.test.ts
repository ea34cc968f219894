import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minimumPrintLabelPt, printDiagramLayout } from '../../src/lib/diagramScale';
import { contentBox, landscapePage, portraitPage, ptPerPx } from '../../src/lib/printPage';

const portrait = contentBox(portraitPage);
const landscape = contentBox(landscapePage);
const labelPt = (width: number, natural: number, font: number): number => (font * width * ptPerPx) / natural;

test('세로 쪽 폭에 맞춰도 8 pt 이상인 그림은 세로 쪽에 남고, 원래 크기보다 키우지 않는다', () => {
  assert.deepEqual(printDiagramLayout({ width: 400, height: 300 }, 16, portrait, landscape), {
    width: 400,
    wide: false,
  });
  const fitted = printDiagramLayout({ width: 900, height: 400 }, 16, portrait, landscape);
  assert.equal(fitted.wide, false);
  assert.equal(fitted.width, Math.floor(portrait.width));
  assert.ok(labelPt(fitted.width, 900, 16) >= minimumPrintLabelPt);
});

test('세로 쪽에서 8 pt 아래가 되는 넓은 그림은 가로 쪽의 폭과 높이에 맞춘다', () => {
  const wide = printDiagramLayout({ width: 1300, height: 300 }, 16, portrait, landscape);
  assert.equal(wide.wide, true);
  assert.equal(wide.width, Math.floor(landscape.width));
  assert.ok(labelPt(wide.width, 1300, 16) >= minimumPrintLabelPt);
  // 가로 쪽 높이가 더 빠듯하면 높이에 맞춥니다.
  const tall = printDiagramLayout({ width: 1000, height: 1000 }, 12, portrait, landscape);
  assert.equal(tall.wide, true);
  assert.equal(tall.width, Math.floor(landscape.height));
});

test('글자가 없는 그림은 세로 쪽 폭에 맞춘다', () => {
  assert.deepEqual(printDiagramLayout({ width: 2000, height: 100 }, null, portrait, landscape), {
    width: Math.floor(portrait.width),
    wide: false,
  });
});
