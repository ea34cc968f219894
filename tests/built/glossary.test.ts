import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chapters } from '../../src/data/chapters';
import { editions } from '../../src/data/editions';
import { chapterInEdition, glossary, sectionHash } from '../../src/data/glossary';
import { withoutBackticks } from '../../src/lib/inlineCode';
import { loadBuiltPage, withBase } from '../support/builtPage';

for (const edition of Object.values(editions)) {
  test(`${edition.label} 용어집은 모든 용어를 같은 판의 장(절을 적은 용어는 그 절)으로 연결하고(그 판이 다루지 않으면 그렇다고 쓰고) 정의의 코드 글꼴을 그린다`, async () => {
    const $ = await loadBuiltPage(`${edition.basePath}/glossary`);
    for (const entry of glossary) {
      const row = $(`tr[id="${entry.id}"]`);
      assert.equal(row.length, 1, `용어 ${entry.id}의 행이 없습니다`);
      assert.equal(row.find('th').text(), entry.korean);
      const chapterId = chapterInEdition(entry, edition.version);
      const chapter = chapters.find((candidate) => candidate.id === chapterId);
      const links = row.find('a');
      if (chapter) {
        assert.equal(
          links.attr('href'),
          withBase(`${edition.basePath}${chapter.slug}${sectionHash(entry)}`),
          entry.id,
        );
      } else {
        assert.equal(links.length, 0, `${entry.id}: 이 판이 다루지 않는 용어에 장 링크가 있습니다`);
        assert.match(row.text(), /이 판에서는 다루지 않음/);
      }
      const definitionCell = row.find('td').eq(1);
      assert.equal(definitionCell.text().startsWith(withoutBackticks(entry.definition)), true, entry.id);
      assert.equal(
        definitionCell.find('code').length,
        (entry.definition.match(/`/g)?.length ?? 0) / 2,
        entry.id,
      );
    }
  });

  test(`${edition.label} 시리즈 소개의 용어 링크는 같은 판의 용어집 항목을 가리키고 정의를 보여 준다`, async () => {
    const $ = await loadBuiltPage(edition.basePath);
    const term = $('a[href$="/glossary#cgroups"]');
    assert.equal(term.attr('href'), withBase(`${edition.basePath}/glossary#cgroups`));
    const definition = glossary.find((entry) => entry.id === 'cgroups')?.definition ?? '';
    assert.equal(term.attr('title'), withoutBackticks(definition));
  });
}
