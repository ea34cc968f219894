import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode } from 'domhandler';
import { chaptersIn } from '../../src/data/chapters';
import { editions, type EditionKey } from '../../src/data/editions';
import { glossary } from '../../src/data/glossary';
import { loadBuiltPage, withBase } from '../support/builtPage';

/**
 * 장에서 용어집의 용어가 처음 나오는 곳이 같은 판의 용어집 항목으로 연결되는지(plugins/remark-glossary-links, #19).
 * 빌드의 `onBrokenAnchors: 'throw'`가 앵커를 한 번 더 확인합니다.
 */
const skippedAncestors =
  'h1, h2, h3, h4, h5, h6, pre, a, summary, [class*="admonitionHeading"], .mermaid, svg, [data-search-skip], .theme-code-block';

/** 본문의 글 조각을 문서 순서대로: 링크가 붙을 수 있는 곳(제목, 코드, 링크, 셀프 체크 질문, 상자 제목 밖)만 */
function bodyTextInOrder($: CheerioAPI, root: AnyNode): { text: string; glossaryId: string | null }[] {
  const pieces: { text: string; glossaryId: string | null }[] = [];
  const walk = (node: AnyNode): void => {
    if (node.type === 'text') {
      pieces.push({ text: node.data, glossaryId: null });
      return;
    }
    if (node.type !== 'tag') return;
    const element = $(node);
    if (element.is('a.glossary-link')) {
      pieces.push({ text: element.text(), glossaryId: element.attr('data-glossary-term') ?? '' });
      return;
    }
    if (element.is(skippedAncestors) || element.is('code')) return;
    for (const child of node.children) walk(child);
  };
  walk(root);
  return pieces;
}

const startsWordAt = (text: string, form: string): boolean =>
  [...text.matchAll(new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'))].some((match) => {
    const before = match.index === 0 ? '' : (text[match.index - 1] ?? '');
    const after = text[match.index + form.length] ?? '';
    return !/[\p{L}\p{N}]/u.test(before) && (!/[A-Za-z0-9]$/.test(form) || !/[A-Za-z0-9]/.test(after));
  });

test('두 판의 장은 용어가 처음 나오는 곳을 그 판의 용어집 항목으로 한 번씩만 연결한다', async () => {
  const problems: string[] = [];
  for (const edition of Object.keys(editions) as EditionKey[]) {
    const glossaryPath = withBase(`${editions[edition].basePath}/glossary`);
    const glossaryPage = await loadBuiltPage(`${editions[edition].basePath}/glossary`);
    for (const chapter of chaptersIn(edition)) {
      const where = `${editions[edition].label} ${chapter.id}`;
      const $ = await loadBuiltPage(`${editions[edition].basePath}${chapter.slug}`);
      const links = $('article .theme-doc-markdown a.glossary-link');
      const ids = links.map((_, link) => $(link).attr('data-glossary-term') ?? '').get();
      if (links.length < 8) problems.push(`${where}: 용어집 링크가 ${links.length}개뿐입니다`);
      const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
      if (repeated.length > 0)
        problems.push(`${where}: 두 번 이상 연결한 용어 ${[...new Set(repeated)].join(', ')}`);
      links.each((_, link) => {
        const href = $(link).attr('href') ?? '';
        const id = $(link).attr('data-glossary-term') ?? '';
        if (href !== `${glossaryPath}#${id}`) problems.push(`${where}: ${id}의 링크가 ${href}`);
        if (glossaryPage(`[id="${id}"]`).length !== 1) problems.push(`${where}: 용어집에 #${id}가 없습니다`);
        if ($(link).closest(skippedAncestors.replace(', a,', ',')).length > 0)
          problems.push(`${where}: ${id}가 제목·코드·질문·상자 제목 안에서 연결되었습니다`);
      });
      // 첫 쓰임인지: 링크 앞의 본문에 같은 표기가 낱말 처음에 나오면 안 됩니다.
      const pieces = bodyTextInOrder($, $('article .theme-doc-markdown').get(0) as AnyNode);
      for (const entry of glossary) {
        const at = pieces.findIndex((piece) => piece.glossaryId === entry.id);
        // 다른 용어의 링크 글(`containerd-shim` 속의 `containerd`)은 그 긴 표기가 차지한 것이라 세지 않습니다.
        const before = pieces
          .slice(0, at === -1 ? pieces.length : at)
          .map((piece) => (piece.glossaryId === null ? piece.text : ' '))
          .join('');
        const earlier = [entry.korean, entry.english].find((form) => startsWordAt(before, form));
        if (earlier !== undefined)
          problems.push(
            at === -1
              ? `${where}: "${earlier}"(${entry.id})가 본문에 있는데 연결되지 않았습니다`
              : `${where}: ${entry.id}의 링크가 첫 쓰임("${earlier}")이 아닙니다`,
          );
      }
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
});

test('장의 첫 문단에서 컨테이너와 이미지가 용어집으로 연결된다 (개정판 1장)', async () => {
  const $ = await loadBuiltPage(`${editions.revised.basePath}${chaptersIn('revised')[0]?.slug ?? ''}`);
  for (const id of ['container', 'image']) {
    const link = $(`article a.glossary-link[data-glossary-term="${id}"]`);
    assert.equal(link.length, 1, `${id} 링크가 한 번 있어야 합니다`);
    assert.equal(link.attr('href'), `${withBase(`${editions.revised.basePath}/glossary`)}#${id}`);
  }
});
