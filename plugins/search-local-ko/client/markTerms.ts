import { findHighlightRanges } from '../../../src/search/highlight';
import { highlightTerms } from '../../../src/search/tokenize';

export const highlightClassName = 'search-term-highlight';
const clearButtonId = 'search-highlight-clear';

/**
 * 검색 결과가 가리킨 절의 요소들. `##` 절은 다음 `##`까지, `###` 절은 다음 `##`/`###`까지이고,
 * 명령어 사전의 항목(`li[id]`)과 용어집의 행(`tr[id]`)은 그 요소 하나입니다. 절이 없으면 본문 전체입니다.
 */
function sectionElements(root: Element, anchor: string): Element[] {
  if (anchor === '') return [root];
  const target = root.querySelector(`[id="${CSS.escape(anchor)}"]`);
  if (!target) return [root];
  if (!/^H[23]$/.test(target.tagName)) return [target];
  const stopAt = target.tagName === 'H2' ? 'H2' : 'H2,H3';
  const elements: Element[] = [target];
  for (let next = target.nextElementSibling; next; next = next.nextElementSibling) {
    if (stopAt.split(',').includes(next.tagName)) break;
    elements.push(next);
  }
  return elements;
}

/** 표시를 모두 풀고 주소에서 `highlight`를 뺍니다. */
export function clearMarks(): void {
  document.querySelectorAll(`mark.${highlightClassName}`).forEach((mark) => {
    const parent = mark.parentNode;
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
    parent?.normalize();
  });
  document.getElementById(clearButtonId)?.remove();
  const url = new URL(window.location.href);
  if (url.searchParams.has('highlight')) {
    url.searchParams.delete('highlight');
    window.history.replaceState(window.history.state, '', url);
  }
}

/**
 * 표시와 단추의 모양. 첫 화면에 싣지 않으려고 표시할 때만 문서에 더합니다. 표시 색은 드롭다운의 발췌문과 같은
 * `--site-search-mark-*`(`src/css/custom.css`: 밝은 테마는 옅은 노랑, 어두운 테마는 어두운 황토에 밝은 글자)입니다.
 */
const styleText = `
mark.${highlightClassName} { background: var(--site-search-mark-background); color: var(--site-search-mark-color);
  padding: 0 0.1em; border-radius: 2px; }
.search-highlight-clear { position: fixed; right: 1rem; bottom: 1rem; z-index: calc(var(--ifm-z-index-fixed) + 2);
  padding: 0.4rem 0.8rem; border: 1px solid var(--ifm-color-emphasis-500); border-radius: 999px; cursor: pointer;
  background: var(--ifm-background-surface-color); color: var(--ifm-font-color-base); font: inherit; font-size: 0.875rem;
  box-shadow: var(--ifm-global-shadow-md); }
.search-highlight-clear:focus-visible { outline: 2px solid var(--ifm-color-emphasis-900); outline-offset: 2px; }
`;

function addStyle(): void {
  if (document.getElementById(`${clearButtonId}-style`)) return;
  const style = document.createElement('style');
  style.id = `${clearButtonId}-style`;
  style.textContent = styleText;
  document.head.append(style);
}

/** 화면 아래에 뜨는 `강조 지우기` 단추. 누르면 표시를 풀고 단추도 사라집니다. */
function showClearButton(): void {
  if (document.getElementById(clearButtonId)) return;
  const button = document.createElement('button');
  button.id = clearButtonId;
  button.type = 'button';
  button.className = 'search-highlight-clear';
  button.textContent = '강조 지우기 ✕';
  button.addEventListener('click', clearMarks);
  document.body.append(button);
}

/**
 * 결과가 가리킨 절(`anchor`, 없으면 본문 전체)의 글자 노드에서 검색어를 `<mark>`로 감쌉니다. 글자 노드만 나누고 HTML을
 * 문자열로 끼워 넣지 않으므로 본문 내용이 코드로 해석될 일이 없습니다. 절 밖은 표시하지 않습니다(장 전체가 노랗게 되지 않게).
 * `scrollToFirst`: 주소에 절 위치(#)가 없으면 첫 표시로 스크롤합니다.
 */
export function markTerms(query: string, scrollToFirst: boolean, anchor = ''): number {
  const root = document.querySelector('article .markdown');
  const terms = highlightTerms(query);
  if (!root || terms.length === 0) return 0;
  // 같은 페이지에서 다시 검색해 왔을 때 겹쳐 감싸지 않도록 이전 표시를 먼저 풉니다.
  root.querySelectorAll(`mark.${highlightClassName}`).forEach((mark) => {
    mark.replaceWith(document.createTextNode(mark.textContent ?? ''));
  });
  root.normalize();

  const textNodes: Text[] = [];
  for (const element of sectionElements(root, anchor)) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node instanceof Text && node.data.trim() !== '') textNodes.push(node);
    }
  }
  let marked = 0;
  for (const node of textNodes) {
    // 빈 표시가 생기지 않도록 길이가 0인 범위는 건너뜁니다.
    const ranges = findHighlightRanges(node.data, terms).filter((range) => range.end > range.start);
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
  if (marked > 0) {
    addStyle();
    showClearButton();
  }
  if (scrollToFirst && marked > 0) {
    root.querySelector(`mark.${highlightClassName}`)?.scrollIntoView({ block: 'center' });
  }
  return marked;
}
