/**
 * 검사와 스크립트가 쓰는 바깥 도구를 확인합니다: 브라우저(`./browser`), 한글 글꼴, Java(Nu Html Checker),
 * poppler-utils(`pdfinfo`, `pdffonts`, `pdftotext`, `pdftoppm`). 없는 것은 모두 한 번에, 플랫폼별 설치 명령과 함께
 * 알리고 멈춥니다(`MissingToolError`). 아무것도 조용히 건너뛰지 않습니다.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser';
import { MissingToolError, type MissingTool } from './toolError';

export type ToolId = 'browser' | 'korean-font' | 'java' | 'poppler';

/** 명령마다 필요한 도구 */
export const toolsFor = {
  /** `npm test`: 책 PDF, 브라우저 테스트, 스크린숏 */
  test: ['browser', 'korean-font'],
  /** `npm run test:full`과 `npm run test:all`: 더해서 Nu Html Checker와 PDF 검사 */
  full: ['browser', 'korean-font', 'java', 'poppler'],
  /** `npm run pdf`, 브라우저가 있을 때의 `npm run build` */
  pdf: ['browser', 'korean-font'],
} as const satisfies Record<string, readonly ToolId[]>;

export type ToolSet = keyof typeof toolsFor;

/** 명령을 실행해 볼 수 있는지(있고, 끝 상태 0). macOS의 `/usr/bin/java`는 JDK가 없으면 1로 끝나는 자리표시자입니다. */
function runs(command: string, args: readonly string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 20_000 });
  return result.error === undefined && result.status === 0;
}

/** macOS에 늘 있는 한글 글꼴. Chromium은 macOS에서 fontconfig가 아니라 시스템 글꼴을 씁니다. */
const macKoreanFont = '/System/Library/Fonts/AppleSDGothicNeo.ttc';

function checkKoreanFont(platform: NodeJS.Platform): MissingTool | undefined {
  if (platform === 'darwin') {
    return existsSync(macKoreanFont) ? undefined : koreanFont(`${macKoreanFont}가 없습니다.`);
  }
  if (platform === 'win32') return undefined; // 맑은 고딕이 Windows에 들어 있습니다.
  const result = spawnSync('fc-list', [':lang=ko', 'family'], { encoding: 'utf8', timeout: 20_000 });
  if (result.error !== undefined) return koreanFont('fc-list(fontconfig)를 실행하지 못했습니다.');
  return result.stdout.trim() === ''
    ? koreanFont('fc-list :lang=ko가 한글 글꼴을 하나도 찾지 못했습니다.')
    : undefined;
}

const koreanFont = (problem: string): MissingTool => ({
  name: '한글 글꼴',
  neededFor: '책 PDF와 스크린숏의 한글 (없으면 빈 네모로 그려집니다)',
  problem,
  install: [
    { platform: 'Debian, Ubuntu, WSL 2', command: 'sudo apt-get install fonts-noto-cjk fontconfig' },
    { platform: 'macOS', command: '설치할 것 없음 (Apple SD Gothic Neo가 시스템에 있습니다)' },
  ],
});

function checkJava(): MissingTool | undefined {
  if (runs('java', ['-version'])) return undefined;
  return {
    name: 'Java',
    neededFor: 'Nu Html Checker(vnu-jar)로 모든 페이지의 HTML 검사 (npm run test:full)',
    problem: 'java -version을 실행하지 못했습니다.',
    install: [
      { platform: 'Debian, Ubuntu, WSL 2', command: 'sudo apt-get install default-jre-headless' },
      { platform: 'macOS', command: 'brew install --cask temurin' },
    ],
  };
}

const popplerCommands = ['pdfinfo', 'pdffonts', 'pdftotext', 'pdftoppm'] as const;

function checkPoppler(): MissingTool | undefined {
  const missing = popplerCommands.filter((command) => !runs(command, ['-v']));
  if (missing.length === 0) return undefined;
  return {
    name: 'poppler-utils',
    neededFor: '책 PDF 검사: 쪽 크기, 글꼴, 글자, 그림으로 그리기 (npm run test:full, npm run test:pdf)',
    problem: `${missing.join(', ')}를 실행하지 못했습니다.`,
    install: [
      { platform: 'Debian, Ubuntu, WSL 2', command: 'sudo apt-get install poppler-utils' },
      { platform: 'macOS', command: 'brew install poppler' },
    ],
  };
}

function checkBrowser(): MissingTool | undefined {
  try {
    findBrowser();
    return undefined;
  } catch (error) {
    if (error instanceof MissingToolError) return error.tools[0];
    throw error;
  }
}

/** 도구 하나를 확인합니다. 있으면 undefined */
export function checkTool(id: ToolId, platform: NodeJS.Platform = process.platform): MissingTool | undefined {
  switch (id) {
    case 'browser':
      return checkBrowser();
    case 'korean-font':
      return checkKoreanFont(platform);
    case 'java':
      return checkJava();
    case 'poppler':
      return checkPoppler();
  }
}

/** `ids`의 도구를 모두 확인하고, 없는 것이 있으면 그것들을 한 번에 알리는 `MissingToolError`를 던집니다. */
export function requireTools(ids: readonly ToolId[], what: string): void {
  const missing = [...new Set(ids)]
    .map((id) => checkTool(id))
    .filter((tool): tool is MissingTool => tool !== undefined);
  if (missing.length > 0) throw new MissingToolError(missing, what);
}
