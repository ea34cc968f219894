import { findHighlightRanges } from '../../../src/search/highlight';
import { highlightTerms } from '../../../src/search/tokenize';

export const highlightClassName = 'search-term-highlight';

/**
 * 본문(`article .markdown`)의 글자 노드에서 검색어를 `<mark>`로 감쌉니다. 글자 노드만 나누고 HTML을
 * 문자열로 끼워 넣지 않으므로 본문 내용이 코드로 해석될 일이 없습니다.
 * `scrollToFirst`: 주소에 절 위치(#)가 없으면 첫 표시로 스크롤합니다.
 */
export function markTerms(query: string, scrollToFirst: boolean): number {
  const root = document.querySelector('article .markdown');
  const terms = highlightTerms(query);
  if (!root || terms.length === 0) return 0;
  // 같은 페이지에서 다시 검색해 왔을 때 겹쳐 감싸지 않도록 이전 표시를 먼저 풉니다.
  root.querySelectorAll(`mark.${highlightClassName}`).forEach((mark) => {
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
  });
  root.normalize();

  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const textNodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Text && node.data.trim() !== '') textNodes.push(node);
  }
  let marked = 0;
  for (const node of textNodes) {
    const ranges = findHighlightRanges(node.data, terms);
    // 뒤에서부터 잘라야 앞쪽 위치가 바뀌지 않습니다.
    for (const range of [...ranges].reverse()) {
      const target = node.splitText(range.start);
      target.splitText(range.end - range.start);
      const mark = document.createElement('mark');
      mark.className = highlightClassName;
      target.replaceWith(mark);
      mark.append(target);
      marked += 1;
    }
  }
  if (scrollToFirst && marked > 0) {
    root.querySelector(`mark.${highlightClassName}`)?.scrollIntoView({ block: 'center' });
  }
  return marked;
}
