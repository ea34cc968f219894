import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapters } from '../../src/data/chapters';
import { loadBuiltPage, withBase } from '../support/builtPage';

// 이슈 #19: 장과 글 끝의 태그 칩은 문서 태그 페이지나 블로그 태그 페이지로 따로 갔습니다. 이제 그 태그를 고른 태그 탐색기를 엽니다.
test('장과 블로그 글 끝의 태그 칩은 그 태그를 고른 태그 탐색기를 연다', async () => {
  for (const sitePath of [
    `/docs${chapters[2]?.slug ?? ''}`,
    `/docs/2025.02${chapters[2]?.slug ?? ''}`,
    '/blog/docker-network',
  ]) {
    const $ = await loadBuiltPage(sitePath);
    const chips = $('article footer a[rel="tag"], article .theme-tags-container a, article footer ul a')
      .map((_, link) => $(link).attr('href') ?? '')
      .get()
      .filter((href) => href.includes('tags'));
    assert.ok(chips.length > 0, `${sitePath}에 태그 칩이 없습니다`);
    for (const href of chips) {
      assert.match(
        href,
        new RegExp(`^${withBase('/tags')}\\?tags=[a-z0-9-]+$`),
        `${sitePath}의 태그 칩: ${href}`,
      );
    }
  }
});
