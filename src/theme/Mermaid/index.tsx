import type { ReactNode } from 'react';
import { useColorMode } from '@docusaurus/theme-common';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import type { WrapperProps } from '@docusaurus/types';

type Props = WrapperProps<typeof MermaidType>;

/**
 * 어두운 테마로 열면 하이드레이션 직후 밝은 테마 그림을 그리던 중에 같은 id로 다시 그리게 되고,
 * 두 렌더가 겹치면서 일부 그림이 빈 채로 남습니다. 테마마다 컴포넌트를 새로 만들어 id가 겹치지 않게 합니다.
 */
export default function MermaidWrapper(props: Props): ReactNode {
  const { colorMode } = useColorMode();
  return <Mermaid key={colorMode} {...props} />;
}
