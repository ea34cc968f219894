import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { formatKoreanLongDate } from '../../src/lib/postDate';

// Docusaurus의 글 머리(`month: 'long'`)와 마지막 수정 날짜(`month: 'short'`)가 쓰던 형식.
// src/theme/BlogPostItem/Header/Info와 src/theme/LastUpdated는 이 글자를 Intl 없이 만들어야 합니다.
const docusaurusFormats = (['long', 'short'] as const).map(
  (month) => new Intl.DateTimeFormat('ko', { day: 'numeric', month, year: 'numeric', timeZone: 'UTC' }),
);

test('formatKoreanLongDate는 Docusaurus가 Intl로 만들던 날짜 글자(글 머리, 마지막 수정)와 같다 (2024~2027년의 모든 날, 자정 언저리 포함)', () => {
  const mismatches: string[] = [];
  for (let day = Date.UTC(2024, 0, 1); day < Date.UTC(2028, 0, 1); day += 86_400_000) {
    for (const offset of [0, 9 * 3_600_000, 86_400_000 - 1]) {
      const iso = new Date(day + offset).toISOString();
      for (const format of docusaurusFormats) {
        const expected = format.format(new Date(iso));
        if (formatKoreanLongDate(iso) !== expected) {
          mismatches.push(`${iso}: ${formatKoreanLongDate(iso)} ≠ ${expected}`);
        }
      }
    }
  }
  assert.deepEqual(mismatches, []);
});

test('한국어는 복수 범주가 하나뿐이고, 읽는 시간 번역도 한 가지 형태다 (글 머리가 Intl.PluralRules 없이 고르는 근거)', async () => {
  assert.deepEqual(new Intl.PluralRules('ko').resolvedOptions().pluralCategories, ['other']);
  const translations = JSON.parse(
    await readFile(require.resolve('@docusaurus/theme-translations/locales/ko/theme-common.json'), 'utf8'),
  ) as Record<string, string>;
  const message = translations['theme.blog.post.readingTime.plurals'];
  assert.ok(message, 'ko 번역에 theme.blog.post.readingTime.plurals가 없습니다');
  assert.doesNotMatch(message, /\|/, `읽는 시간 번역이 여러 형태입니다: ${message}`);
  assert.match(message, /\{readingTime\}/);
});
