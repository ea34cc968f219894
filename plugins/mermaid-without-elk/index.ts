import type { Plugin } from '@docusaurus/types';

/**
 * `@docusaurus/theme-mermaid`는 선택 패키지 `@mermaid-js/layout-elk`를 `if (설치됐는지)` 안에서 `import()`합니다.
 * Rspack(Docusaurus Faster)은 그 가지가 죽은 코드임을 보고 넘어가지만, webpack 빌드(`DOCUSAURUS_FASTER=false`,
 * `npm run bench`의 비교용)는 Babel이 async 함수를 풀어 쓴 뒤에도 그 `import()`를 따라가다 "Can't resolve"로 멈춥니다.
 * 우리 그림은 ELK 배치를 쓰지 않으므로, 그 모듈을 빈 모듈로 이어 두 번들러 모두 같은 결과를 내게 합니다.
 */
export default function mermaidWithoutElkPlugin(): Plugin {
  return {
    name: 'mermaid-without-elk',
    configureWebpack() {
      return { resolve: { alias: { '@mermaid-js/layout-elk': false } } };
    },
  };
}
