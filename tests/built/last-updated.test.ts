import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapters } from '../../src/data/chapters';
import { loadBuiltPage } from '../support/builtPage';

// Git 클론에서 빌드한 사이트는 장마다 Git 기록의 마지막 수정 날짜를 보여 줍니다(tests/full/build-without-git.test.ts의 짝).
test('Git 클론에서 빌드한 장 페이지는 마지막 수정 날짜를 보여 준다', async () => {
  for (const chapter of chapters) {
    const $ = await loadBuiltPage(`/docs${chapter.slug}`);
    const datetime = $('.theme-last-updated time[itemprop="dateModified"]').attr('datetime') ?? '';
    assert.ok(
      !Number.isNaN(Date.parse(datetime)) && datetime !== '',
      `/docs${chapter.slug}에 마지막 수정 날짜(<time itemprop=dateModified>)가 없습니다. docusaurus.config.ts의 showLastUpdateTime과 future.experimental_vcs를 확인하세요.`,
    );
    // 문구와 날짜 글자 (src/theme/LastUpdated, UTC 날짜)
    const modified = new Date(datetime);
    assert.equal(
      $('.theme-last-updated').text().replace(/\s+/g, ' ').trim(),
      `최종 수정: ${modified.getUTCFullYear()}년 ${modified.getUTCMonth() + 1}월 ${modified.getUTCDate()}일`,
      // 이슈 #19: 기본 번역은 문장 끝에 "…29일에"로 '에'가 남았습니다(i18n/ko/code.json의 theme.lastUpdated.atDate).
      `/docs${chapter.slug}의 마지막 수정 문구`,
    );
  }
});
