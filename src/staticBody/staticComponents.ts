/**
 * 장 MDX가 쓸 수 있는 React 컴포넌트. 처음 연 장의 본문은 하이드레이션하지 않으므로(src/theme/DocItem/Content) 본문 안의
 * 컴포넌트는 서버 HTML 그대로 동작해야 합니다: 상태도 효과도 클릭 핸들러도 없이 HTML만 그리는 것. 코드 블록, Mermaid 그림,
 * 링크, `<details>`는 MDX가 쓰는 태그라 여기에 없고, 하이드레이션하지 않은 본문에서 따로 붙습니다(섬). 장에 새 컴포넌트를
 * 쓰려면 그것이 HTML만 그리는지 확인하고 여기에 더하거나, 움직이는 컴포넌트면 섬으로 붙이는 법을 먼저 만드세요.
 * `tests/content/static-chapter-body.test.ts`가 장 MDX를 이 목록과 대조합니다.
 */
export const staticChapterComponents: readonly string[] = ['Baseline'];
