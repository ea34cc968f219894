import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/**
 * `@docusaurus/theme-classic`의 클라이언트 모듈 `prism-include-languages`. 모든 페이지의 `main.js`에 Prism
 * (`prism-react-renderer`와 `additionalLanguages`의 문법, 줄여 쓴 코드로 약 97 KB)을 넣고, 문법을 잇는 일을 페이지를
 * 열 때마다 합니다. 코드 블록이 없는 홈, 태그 탐색기, 검색 페이지도 그 값을 치릅니다.
 */
export const themeClassicPrismClientModule = path.join(
  path.dirname(require.resolve('@docusaurus/theme-classic/package.json')),
  'lib/prism-include-languages.js',
);

/**
 * 그 클라이언트 모듈을 빈 모듈로 바꿉니다. 같은 일(추가 문법 등록)은 `src/theme/CodeBlock/highlightedContent.ts`가
 * 하고, 그 모듈은 코드 블록을 처음 그릴 때 읽히므로 Prism은 코드 블록이 있는 페이지에서만 실행됩니다.
 * 등록이 빠지면 `tests/built/code-highlighting.test.ts`와 `tests/browser/chapters.test.ts`가 실패합니다.
 */
export default function prismWithCodeBlocksPlugin(): Plugin {
  return {
    name: 'prism-with-code-blocks',
    configureWebpack() {
      return { resolve: { alias: { [themeClassicPrismClientModule]: false } } };
    },
  };
}
