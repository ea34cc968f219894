import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapters } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { glossary } from '../../src/data/glossary';
import { loadBuiltPage, withBase } from '../support/builtPage';

for (const edition of Object.values(editions)) {
  test(`${edition.label} 용어집은 모든 용어를 같은 판의 장으로 연결한다`, async () => {
    const $ = await loadBuiltPage(`${edition.basePath}/glossary`);
    for (const entry of glossary) {
      const row = $(`tr[id="${entry.id}"]`);
      assert.equal(row.length, 1, `용어 ${entry.id}의 행이 없습니다`);
      assert.equal(row.find('th').text(), entry.korean);
      const chapter = chapters.find((candidate) => candidate.id === entry.chapter);
      assert.equal(row.find('a').attr('href'), withBase(`${edition.basePath}${chapter?.slug}`));
    }
  });

  test(`${edition.label} 시리즈 소개의 용어 링크는 같은 판의 용어집 항목을 가리키고 정의를 보여 준다`, async () => {
    const $ = await loadBuiltPage(edition.basePath);
    const term = $('a[href$="/glossary#cgroups"]');
    assert.equal(term.attr('href'), withBase(`${edition.basePath}/glossary#cgroups`));
    assert.equal(term.attr('title'), glossary.find((entry) => entry.id === 'cgroups')?.definition);
  });
}
