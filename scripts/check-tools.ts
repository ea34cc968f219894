/**
 * `npm run check:tools [-- test|full|pdf] [--launch]`: 검사를 시작하기 전에 바깥 도구를 확인합니다(`scripts/lib/tools.ts`).
 * 모두 있으면 찾은 브라우저를 한 줄로 알리고, 없는 것이 있으면 그것들과 플랫폼별 설치 명령을 한 번 찍고 1로 끝납니다.
 * `--launch`는 찾은 브라우저를 한 번 띄워 판을 찍습니다(찾은 파일이 정말 브라우저인지).
 */
import { findBrowser, launchChromium } from './lib/browser';
import { MissingToolError } from './lib/toolError';
import { requireTools, toolsFor, type ToolSet } from './lib/tools';

const commandOf: Record<ToolSet, string> = {
  test: 'npm test',
  full: 'npm run test:full',
  pdf: 'npm run pdf',
};

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const names = Object.keys(toolsFor) as ToolSet[];
  const requested = args.find((arg) => !arg.startsWith('--')) ?? 'test';
  const set = names.find((name) => name === requested);
  if (set === undefined) {
    console.error(
      `사용법: tsx scripts/check-tools.ts [${names.join('|')}] [--launch] (받은 값: ${requested})`,
    );
    process.exitCode = 2;
    return;
  }
  try {
    requireTools(toolsFor[set], commandOf[set]);
  } catch (error) {
    if (!(error instanceof MissingToolError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  const browser = findBrowser();
  console.log(`도구 확인 (${commandOf[set]}): 모두 있습니다. 브라우저: ${browser.path} (${browser.source})`);
  if (args.includes('--launch')) {
    const launched = await launchChromium();
    console.log(`브라우저를 띄웠습니다: ${launched.version()}`);
    await launched.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
