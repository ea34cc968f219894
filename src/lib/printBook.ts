import { createContext } from 'react';

/**
 * 책 페이지(`/book`) 안에서 그려지고 있는지. 책은 한 번에 인쇄되므로 Mermaid 그림은 화면에 오기를 기다리지 않고
 * 모두 그리며, 책 안의 시리즈 소개에서는 PDF 내려받기 링크를 감춥니다. 다른 페이지에서는 늘 `false`입니다.
 */
export const PrintBookContext = createContext(false);
