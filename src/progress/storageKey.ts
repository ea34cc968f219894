/**
 * localStorage 키. Docusaurus의 `createStorageSlot`이 뒤에 사이트 이름공간(`-` + 사이트 주소의 해시)을 붙입니다.
 * 브라우저 테스트도 이 이름으로 저장값을 찾으므로 Docusaurus 모듈을 부르지 않는 파일에 둡니다.
 */
export const progressStorageKey = 'docker-study-reading-progress';
