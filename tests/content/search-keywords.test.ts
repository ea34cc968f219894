import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findSiteContent } from '../../scripts/lib/content/contentFiles';
import { chapters, changesAnchorOf } from '../../src/data/chapters';
import { pageKeywords, unknownKeywordAnchors } from '../../src/data/searchKeywords';
import { isRecurringSection } from '../../src/search/weights';
import { readMarkdownDocument } from '../../src/lib/content/markdown';

/** 모든 판의 문서에서 slug(front matter) → 그 문서의 제목 id들 */
function headingAnchorsBySlug(): Map<string, Set<string>> {
  const anchors = new Map<string, Set<string>>();
  for (const edition of findSiteContent().editions) {
    for (const file of edition.docFiles) {
      const document = readMarkdownDocument(file);
      const slug = document.frontMatter.slug;
      if (typeof slug !== 'string') continue;
      // 키 `''`는 첫 제목 앞의 도입부로, 모든 문서에 있습니다.
      const ids = anchors.get(slug) ?? new Set<string>(['']);
      for (const heading of document.headings) ids.add(heading.id);
      anchors.set(slug, ids);
    }
  }
  // 변경 내역의 장마다의 부분은 MDX의 제목이 아니라 `EditionChanges`가 장 목록에서 만듭니다.
  for (const chapter of chapters) anchors.get('/changes')?.add(changesAnchorOf(chapter));
  return anchors;
}

test('검색 낱말의 키는 모두 그 페이지(어느 판이든)에 있는 절 id다', () => {
  const anchors = headingAnchorsBySlug();
  assert.ok(
    pageKeywords.length >= 8,
    '장과 시작하기, 시리즈 소개의 검색 낱말 파일이 모두 등록되어 있어야 합니다',
  );
  for (const { slug } of pageKeywords) assert.ok(anchors.has(slug), `${slug} 문서를 찾지 못했습니다`);
  assert.deepEqual(unknownKeywordAnchors(anchors), []);
});

test('없는 절 id를 키로 쓰면 파일과 id와 고칠 방법을 알린다', () => {
  const problems = unknownKeywordAnchors(new Map([['/network', new Set(['port-publishing'])]]), [
    {
      slug: '/network',
      file: 'src/data/searchKeywords/network.ts',
      keywords: { 'port-publish': ['포트 열기'] },
    },
  ]);
  assert.equal(problems.length, 1);
  assert.match(problems[0] ?? '', /src\/data\/searchKeywords\/network\.ts: 'port-publish'.*키도 바꾸세요/);
});

test('검색 낱말은 되풀이 절(핵심 정리, 셀프 체크 …)이 아닌 절에만, 절마다 하나 이상 적는다', () => {
  for (const { file, keywords } of pageKeywords) {
    for (const [anchor, words] of Object.entries(keywords)) {
      assert.ok(!isRecurringSection(anchor, ''), `${file}: '${anchor}'는 모든 장에 되풀이되는 절입니다`);
      assert.ok(words.length > 0, `${file}: '${anchor}'에 낱말이 없습니다`);
      for (const word of words) assert.ok(word.trim() !== '', `${file}: '${anchor}'에 빈 낱말이 있습니다`);
    }
  }
});
