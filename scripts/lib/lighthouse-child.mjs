/**
 * Lighthouse를 tsx 밖의 평범한 Node 프로세스에서 돌립니다.
 * tsx는 불러오는 모든 모듈을 esbuild의 `keepNames`로 변환해 함수마다 `__name(…)`을 끼워 넣는데,
 * Lighthouse는 자기 함수의 소스를 브라우저에 보내 실행하므로 브라우저에서 `__name is not defined`로 멈춥니다.
 * 사용: node lighthouse-child.mjs <url> <port> <categories,쉼표로> [막을 URL 패턴…]  → 표준 출력에 LHR(JSON)
 */
import lighthouse from 'lighthouse';

const [url, port, categories, ...blockedUrlPatterns] = process.argv.slice(2);
if (!url || !port || !categories) {
  console.error('사용법: node lighthouse-child.mjs <url> <port> <categories>');
  process.exit(2);
}
const result = await lighthouse(url, {
  port: Number(port),
  output: 'json',
  logLevel: 'error',
  onlyCategories: categories.split(','),
  // 긴 장 페이지(휴대폰 너비에서 수만 픽셀)의 전체 화면 캡처는 수십 초가 걸리고 점수에는 쓰이지 않습니다.
  disableFullPageScreenshot: true,
  blockedUrlPatterns,
});
if (result === undefined) {
  console.error(`Lighthouse가 ${url}에서 결과를 내지 않았습니다`);
  process.exit(1);
}
process.stdout.write(JSON.stringify(result.lhr));
