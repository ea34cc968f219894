// Prism은 브라우저에서 읽히면 `Prism.manual`이 없을 때 DOMContentLoaded(또는 다음 프레임)에 문서의 모든
// `language-*` 코드를 스스로 칠합니다. 그 DOM은 React가 그린 것이므로, Prism을 읽기 전에 수동 모드로 둡니다.
const scope = globalThis as { Prism?: { manual?: boolean } };
scope.Prism = { ...scope.Prism, manual: true };
