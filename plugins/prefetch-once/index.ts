import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** `@docusaurus/core`가 링크가 보일 때 경로의 청크를 미리 받는 도우미(`prefetch(url)`) */
export const docusaurusPrefetchHelper = path.join(
  path.dirname(require.resolve('@docusaurus/core/package.json')),
  'lib/client/prefetch.js',
);

/**
 * Docusaurus의 `Link`는 보이는 링크마다 그 경로와 부모 경로(문서 판, 사이드바 틀)의 청크를 모두 미리 받는데, 같은
 * 파일을 다시 받을지 보지 않고 `<link rel=prefetch>`를 매번 붙입니다. 문서로 가는 링크가 두 개인 홈에서 53개(파일은
 * 10개), 태그 탐색기에서 78개(27개)였고, 하이드레이션 직후 한 작업에서 모두 붙여 휴대폰에서 긴 작업이 되었습니다. 그
 * 도우미를 같은 주소는 한 번만, 브라우저가 한가할 때 조금씩 붙이는 `client/prefetch.ts`로 바꿉니다. 어느 청크를 미리
 * 받을지는 Docusaurus가 그대로 정합니다. `tests/browser/prefetch.test.ts`가 미리 받기가 일어나되 겹치지 않는지 봅니다.
 */
export default function prefetchOncePlugin(): Plugin {
  return {
    name: 'prefetch-once',
    configureWebpack() {
      return {
        resolve: { alias: { [docusaurusPrefetchHelper]: path.join(__dirname, 'client/prefetch.ts') } },
      };
    },
  };
}
