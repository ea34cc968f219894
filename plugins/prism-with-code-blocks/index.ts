import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/**
 * `@docusaurus/theme-classic`의 클라이언트 모듈 `prism-include-languages`. 모든 페이지의 `main.js`에 Prism을 넣고,
 * 페이지를 열 때마다 문법을 잇습니다. 코드 블록이 없는 홈, 태그 탐색기, 검색 페이지도 그 값을 치릅니다.
 */
export const themeClassicPrismClientModule = path.join(
  path.dirname(require.resolve('@docusaurus/theme-classic/package.json')),
  'lib/prism-include-languages.js',
);

/** 번들 안에서 `prism-react-renderer` 대신 쓰는 모듈(같은 `Highlight` API, 가벼운 Prism) */
export const lightHighlightModule = path.join(__dirname, 'client/highlight.tsx');

/**
 * 코드 블록의 Prism을 가볍게, 그리고 코드 블록이 있는 페이지에서만 실행되게 합니다.
 * - 위 클라이언트 모듈을 빈 모듈로 바꿉니다. 같은 일(추가 문법 등록)은 `src/theme/CodeBlock/highlightedContent.ts`가
 *   하고, 그 모듈은 코드 블록을 처음 그릴 때 읽힙니다.
 * - `prism-react-renderer`는 언어 30여 개를 붙인 Prism을 안고 있어 모듈을 읽는 데만 휴대폰에서 수백 ms가 듭니다.
 *   번들(서버 렌더링 포함)에서는 같은 API의 `client/highlight.tsx`로 잇습니다. Node 쪽(테마 옵션의 기본 색 테마,
 *   `config/prism.ts`)은 원래 패키지를 그대로 씁니다.
 * 등록이 빠지면 `tests/built/code-highlighting.test.ts`와 `tests/browser/chapters.test.ts`가, 출력이 원래 패키지와
 * 달라지면 `tests/unit/highlight.test.ts`가 실패합니다.
 */
export default function prismWithCodeBlocksPlugin(): Plugin {
  return {
    name: 'prism-with-code-blocks',
    configureWebpack() {
      return {
        resolve: {
          alias: {
            [themeClassicPrismClientModule]: false,
            'prism-react-renderer$': lightHighlightModule,
          },
        },
      };
    },
  };
}
