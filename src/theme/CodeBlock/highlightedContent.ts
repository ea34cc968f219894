import StringContent from '@theme/CodeBlock/Content/String';
import includeAdditionalLanguages from '@theme/prism-include-languages';
import { Prism } from 'prism-react-renderer';

// 번들에서 `prism-react-renderer`는 plugins/prism-with-code-blocks의 가벼운 모듈로 이어집니다. theme-classic은 아래 등록을
// 모든 페이지의 클라이언트 모듈에서 하지만, 그 모듈도 같은 플러그인이 뺍니다. 이 모듈은 코드 블록을 처음 그릴 때 읽히므로(./index.tsx), 그때 한 번 `additionalLanguages`(bash, docker …)를
// Prism에 붙입니다.
includeAdditionalLanguages(Prism);

export default StringContent;
