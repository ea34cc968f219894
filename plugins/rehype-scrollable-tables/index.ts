import type { Element, Root, RootContent } from 'hast';

/**
 * 좁은 화면에서 표는 가로로 스크롤됩니다. 키보드 사용자도 스크롤할 수 있도록 표에 포커스를 줍니다
 * (WCAG 2.1.1, axe `scrollable-region-focusable`).
 */
function makeTablesFocusable(node: Root | RootContent): void {
  if (node.type === 'element' && node.tagName === 'table') {
    (node as Element).properties.tabIndex = 0;
  }
  if ('children' in node) {
    for (const child of node.children) makeTablesFocusable(child);
  }
}

export default function rehypeScrollableTables() {
  return (tree: Root): void => makeTablesFocusable(tree);
}
