import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { chapters, chaptersIn } from '../../src/data/chapters';
import { editions, type EditionKey } from '../../src/data/editions';
import { codeLinesPerMinute, syllablesPerMinute } from '../../src/lib/content/readingStats';
import { repositoryRoot } from '../../scripts/lib/content/contentFiles';
import { loadBuiltPage, withBase } from '../support/builtPage';

const editionDirectory: Record<EditionKey, string> = {
  revised: path.join(repositoryRoot, 'docs'),
  first: path.join(repositoryRoot, 'versioned_docs', `version-${editions.first.version}`),
};

/**
 * 장 MDX에서 읽는 시간과 절 수를 이 테스트가 따로 셉니다(사이트는 `src/lib/content/readingStats.ts`):
 * front matter와 코드 펜스를 줄 단위로 건너며, 펜스 밖의 한글 음절과 `## ` 제목, 펜스 안의 빈 줄이 아닌 줄을 셉니다.
 */
function expectedStats(file: string): { minutes: number; sections: number } {
  const lines = readFileSync(file, 'utf8').split('\n');
  let index = lines[0] === '---' ? lines.indexOf('---', 1) + 1 : 0;
  let fence: string | null = null;
  let syllables = 0;
  let codeLines = 0;
  let sections = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null && marker !== undefined) {
      fence = marker;
      continue;
    }
    if (fence !== null) {
      if (
        marker !== undefined &&
        marker[0] === fence[0] &&
        marker.length >= fence.length &&
        line.trim() === marker
      ) {
        fence = null;
      } else if (line.trim() !== '') codeLines += 1;
      continue;
    }
    syllables += [...line].filter((char) => char >= '\uAC00' && char <= '\uD7A3').length;
    if (/^## /.test(line)) sections += 1;
  }
  return { minutes: Math.ceil(syllables / syllablesPerMinute + codeLines / codeLinesPerMinute), sections };
}

test('장 첫머리는 두 판 모두 그 판의 MDX에서 센 읽는 시간과 절 수를 보인다', async () => {
  const problems: string[] = [];
  for (const edition of Object.keys(editions) as EditionKey[]) {
    for (const chapter of chaptersIn(edition)) {
      const expected = expectedStats(path.join(editionDirectory[edition], `${chapter.id}.mdx`));
      const $ = await loadBuiltPage(`${editions[edition].basePath}${chapter.slug}`);
      const shown = $('article [data-reading-stats]');
      const text = shown.text();
      const want = `읽는 데 약 ${expected.minutes}분 · 절 ${expected.sections}개`;
      if (shown.length !== 1 || text !== want)
        problems.push(
          `${editions[edition].label} ${chapter.id}: "${text}" (${shown.length}개), MDX로는 "${want}"`,
        );
      // 장 제목보다 앞(판 배지 옆)에 있어야 "첫머리"입니다.
      const h1 = $('article h1').first();
      if (shown.length === 1 && !shown.nextAll().is(h1) && shown.nextAll().find(h1).length === 0)
        problems.push(`${editions[edition].label} ${chapter.id}: 읽는 시간이 장 제목 앞에 없습니다`);
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('홈의 장 카드는 개정판의 읽는 시간과 절 수를 보인다', async () => {
  const $ = await loadBuiltPage('/');
  const problems: string[] = [];
  for (const chapter of chapters) {
    const expected = expectedStats(path.join(editionDirectory.revised, `${chapter.id}.mdx`));
    const card = $('ol[aria-label="시리즈의 장 목록"] > li a').filter(
      (_, link) => $(link).attr('href') === withBase(`${editions.revised.basePath}${chapter.slug}`),
    );
    const text = card.find('[data-reading-stats]').text();
    const want = `읽는 데 약 ${expected.minutes}분 · 절 ${expected.sections}개`;
    if (text !== want) problems.push(`${chapter.id}: 카드는 "${text}", MDX로는 "${want}"`);
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});
