import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maxSectionsPassedAtOnce, readingSnapshot, sectionsPassedSince } from '../../src/progress/model';

const viewportHeight = 1000;

function headings(...tops: number[]) {
  return tops.map((top, index) => ({ id: `s${index}`, top }));
}

test('장의 처음에서는 읽은 절도 지금 읽는 절도 없다', () => {
  assert.deepEqual(readingSnapshot({ headings: headings(600, 2000, 3500), endTop: 5000, viewportHeight }), {
    passed: [],
    currentIndex: null,
  });
});

test('다음 제목이 화면의 70% 선 위로 올라오면 앞 절을 읽은 것으로 본다', () => {
  const justBelow = readingSnapshot({ headings: headings(-800, 710, 2000), endTop: 4000, viewportHeight });
  assert.deepEqual(justBelow.passed, []);
  const justAbove = readingSnapshot({ headings: headings(-800, 690, 2000), endTop: 4000, viewportHeight });
  assert.deepEqual(justAbove.passed, ['s0']);
});

test('지금 읽는 절은 화면 40% 선 위에 제목이 있는 마지막 절이다', () => {
  assert.equal(
    readingSnapshot({ headings: headings(-1500, 100, 900), endTop: 3000, viewportHeight }).currentIndex,
    1,
  );
  assert.equal(
    readingSnapshot({ headings: headings(-1500, 450, 900), endTop: 3000, viewportHeight }).currentIndex,
    0,
  );
});

test('마지막 절은 장의 끝 표시가 70% 선 위로 오면 읽은 것이다', () => {
  const before = readingSnapshot({ headings: headings(-3000, -2000, -500), endTop: 800, viewportHeight });
  assert.deepEqual(before.passed, ['s0', 's1']);
  const after = readingSnapshot({ headings: headings(-3000, -2000, -500), endTop: 300, viewportHeight });
  assert.deepEqual(after.passed, ['s0', 's1', 's2']);
  assert.equal(after.currentIndex, 2);
});

test('첫 측정은 기준만 정하고, 그 뒤 기준선을 넘은 절만 지나간 것으로 센다', () => {
  assert.deepEqual(sectionsPassedSince(undefined, ['s0', 's1']), []);
  assert.deepEqual(sectionsPassedSince(new Set(['s0']), ['s0', 's1']), ['s1']);
  assert.deepEqual(sectionsPassedSince(new Set(['s0', 's1']), ['s0']), []);
});

test('한 번에 여러 절을 건너뛰면(목차 링크, End 키) 읽은 것으로 세지 않는다', () => {
  const ids = Array.from({ length: maxSectionsPassedAtOnce + 1 }, (_, index) => `s${index}`);
  assert.deepEqual(
    sectionsPassedSince(new Set(), ids.slice(0, maxSectionsPassedAtOnce)),
    ids.slice(0, maxSectionsPassedAtOnce),
  );
  assert.deepEqual(sectionsPassedSince(new Set(), ids), []);
});
