/**
 * 브라우저 테스트, Lighthouse, 책 PDF가 함께 쓰는 브라우저 찾기와 띄우기.
 *
 * 찾는 순서:
 * 1. `CHROMIUM_PATH` 환경 변수. 적혀 있는데 실행할 수 없으면 다른 브라우저로 넘어가지 않고 멈춥니다(오타를 숨기지 않게).
 * 2. 이 플랫폼이 Chrome, Chromium, Edge를 설치하는 곳. Chrome과 Chromium은 Lighthouse가 쓰는 `chrome-launcher`의
 *    찾기(Linux: `which google-chrome-stable|google-chrome|chromium-browser|chromium`와 `.desktop` 파일, macOS:
 *    `/Applications`와 LaunchServices, Windows: Program Files)를 쓰고, 그것이 모르는 Edge와 macOS의 Chromium.app만
 *    아래 `ownInstallLocations`에 적었습니다. WSL 2에서는 Linux로 찾습니다(Windows 쪽 Chrome은 Playwright가 파이프로
 *    다룰 수 없습니다).
 * 3. Playwright의 브라우저 캐시(`npx playwright-core install chromium`, `PLAYWRIGHT_BROWSERS_PATH`가 있으면 그곳).
 *    이 프로젝트의 playwright-core가 기대하는 판이 먼저이고, 없으면 캐시에 있는 다른 판의 Chromium을 씁니다.
 *
 * 후보는 실행할 수 있는 파일인지 확인한 뒤에 고릅니다. 하나도 없으면 `MissingToolError`로 한 번 멈춥니다.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { darwinFast, linux, win32 } from 'chrome-launcher/dist/chrome-finder.js';
import { chromium, type Browser } from 'playwright-core';
import { MissingToolError, type InstallHint, type MissingTool } from './toolError';

type Env = Readonly<Record<string, string | undefined>>;

/** 어디에서 찾았는지 */
export type BrowserSource = 'CHROMIUM_PATH' | 'installed' | 'playwright';

export interface FoundBrowser {
  readonly path: string;
  readonly source: BrowserSource;
}

/** 찾기를 바꿔 끼우는 자리. 테스트가 가짜 설치 위치와 캐시로 각 단계를 확인합니다. */
export interface BrowserSearch {
  readonly env?: Env;
  readonly platform?: NodeJS.Platform;
  /** 플랫폼의 설치 위치에서 찾은 후보들 (기본: chrome-launcher + `ownInstallLocations`) */
  readonly installed?: () => readonly string[];
  /** Playwright가 이 판의 Chromium을 두는 경로 (기본: playwright-core의 `chromium.executablePath()`) */
  readonly playwrightExecutable?: () => string;
}

/**
 * 찾기가 없는 것으로 볼 경로들(`path.delimiter`로 나눔). 시스템 파일을 지우지 않고 "이 브라우저가 없는 머신"을
 * 흉내 내는 테스트용입니다. `CHROMIUM_PATH`에는 적용하지 않습니다.
 */
export const skipEnvName = 'BROWSER_FINDER_SKIP';

/** Playwright 캐시에 Chromium을 받는 명령. 이 프로젝트의 playwright-core 판이 기대하는 Chromium을 받습니다. */
export const playwrightInstallCommand = 'npx playwright-core install chromium';

export const browserInstallHints: readonly InstallHint[] = [
  {
    platform: '이미 있는 브라우저',
    command: 'CHROMIUM_PATH=/경로/chrome npm test (Chrome, Chromium, Edge 중 하나)',
  },
  { platform: 'Debian', command: 'sudo apt-get install chromium' },
  {
    platform: 'Ubuntu, WSL 2',
    command:
      'Google Chrome .deb를 받아 sudo apt-get install ./google-chrome-stable_current_amd64.deb, 또는 아래 Playwright 캐시',
  },
  { platform: 'macOS', command: 'brew install --cask google-chrome' },
  {
    platform: 'Playwright 캐시 (어느 플랫폼이든)',
    command: `${playwrightInstallCommand} (Linux에서 라이브러리까지: npx playwright-core install --with-deps chromium)`,
  },
];

/** chrome-launcher가 찾지 않는 곳: Edge(모든 플랫폼)와 macOS의 Chromium.app */
function ownInstallLocations(platform: NodeJS.Platform, env: Env): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    return [env['PROGRAMFILES(X86)'], env.PROGRAMFILES, env.LOCALAPPDATA]
      .filter((prefix): prefix is string => prefix !== undefined && prefix !== '')
      .map((prefix) => path.win32.join(prefix, 'Microsoft', 'Edge', 'Application', 'msedge.exe'));
  }
  return ['/usr/bin/microsoft-edge-stable', '/usr/bin/microsoft-edge', '/opt/microsoft/msedge/msedge'];
}

/** chrome-launcher의 찾기. 아무것도 없으면 예외를 던지는 함수가 있어 빈 목록으로 바꿉니다. */
function chromeLauncherInstallations(platform: NodeJS.Platform): string[] {
  try {
    if (platform === 'darwin') {
      const found = darwinFast();
      return found === undefined ? [] : [found];
    }
    if (platform === 'win32') return win32();
    return linux();
  } catch {
    return [];
  }
}

function defaultInstalled(platform: NodeJS.Platform, env: Env): () => string[] {
  return () => [...chromeLauncherInstallations(platform), ...ownInstallLocations(platform, env)];
}

/** 파일이 있고 실행할 수 있으면 undefined, 아니면 이유 */
export function whyNotExecutable(file: string): string | undefined {
  try {
    if (!statSync(file).isFile()) return '파일이 아닙니다';
  } catch {
    return '없습니다';
  }
  try {
    accessSync(file, constants.X_OK);
  } catch {
    return '실행 권한이 없습니다';
  }
  return undefined;
}

/**
 * Playwright 캐시의 후보: 이 판이 기대하는 경로, 그리고 같은 캐시에 있는 다른 판(`chromium-<번호>`)의 같은 자리.
 * `npx playwright install chromium`처럼 다른 판의 Playwright로 받은 Chromium도 쓸 수 있게 합니다.
 */
function playwrightCandidates(expected: string): string[] {
  const versionDir = path.dirname(path.dirname(expected));
  const cacheDir = path.dirname(versionDir);
  const inside = path.relative(versionDir, expected);
  const others: { revision: number; file: string }[] = [];
  try {
    for (const name of readdirSync(cacheDir)) {
      const match = /^chromium-(\d+)$/.exec(name);
      if (match?.[1] === undefined || path.join(cacheDir, name) === versionDir) continue;
      others.push({ revision: Number(match[1]), file: path.join(cacheDir, name, inside) });
    }
  } catch {
    // 캐시 폴더가 없습니다.
  }
  others.sort((a, b) => b.revision - a.revision);
  return [expected, ...others.map((other) => other.file)];
}

/** 브라우저를 찾습니다. 없으면 `MissingToolError`를 던집니다. */
export function findBrowser(search: BrowserSearch = {}): FoundBrowser {
  const env = search.env ?? process.env;
  const platform = search.platform ?? process.platform;
  const tried: string[] = [];

  const explicit = env.CHROMIUM_PATH;
  if (explicit !== undefined && explicit !== '') {
    const problem = whyNotExecutable(explicit);
    if (problem === undefined) return { path: explicit, source: 'CHROMIUM_PATH' };
    throw new MissingToolError(
      [
        missingBrowser(
          `CHROMIUM_PATH=${explicit}: ${problem}. 실행 파일의 경로를 적거나 CHROMIUM_PATH를 지우면 설치된 브라우저를 찾습니다.`,
        ),
      ],
      '브라우저 테스트, Lighthouse, 책 PDF',
    );
  }
  tried.push('CHROMIUM_PATH: 없음');

  const skipped = new Set(
    (env[skipEnvName] ?? '')
      .split(path.delimiter)
      .filter((entry) => entry !== '')
      .map((entry) => path.resolve(entry)),
  );
  const pick = (
    candidates: readonly string[],
    source: BrowserSource,
    label: string,
  ): FoundBrowser | undefined => {
    const seen: string[] = [];
    for (const candidate of new Set(candidates)) {
      if (skipped.has(path.resolve(candidate))) {
        seen.push(`${candidate} (${skipEnvName}로 뺌)`);
        continue;
      }
      const problem = whyNotExecutable(candidate);
      if (problem === undefined) return { path: candidate, source };
      seen.push(`${candidate} (${problem})`);
    }
    tried.push(`${label}: ${seen.length === 0 ? '없음' : seen.join(', ')}`);
    return undefined;
  };

  const installed = (search.installed ?? defaultInstalled(platform, env))();
  const fromInstalled = pick(installed, 'installed', '설치 위치(Chrome, Chromium, Edge)');
  if (fromInstalled !== undefined) return fromInstalled;

  const expected = (search.playwrightExecutable ?? (() => chromium.executablePath()))();
  const fromPlaywright = pick(playwrightCandidates(expected), 'playwright', 'Playwright 캐시');
  if (fromPlaywright !== undefined) return fromPlaywright;

  throw new MissingToolError(
    [missingBrowser(`찾아본 곳 — ${tried.join('; ')}`)],
    '브라우저 테스트, Lighthouse, 책 PDF',
  );
}

function missingBrowser(problem: string): MissingTool {
  return {
    name: '브라우저 (Chrome, Chromium 또는 Edge)',
    neededFor: '브라우저 테스트, Lighthouse, 책 PDF, 스크린숏',
    problem,
    install: browserInstallHints,
  };
}

let cached: FoundBrowser | undefined;

/** 이 프로세스의 환경으로 한 번 찾고 기억합니다. */
export function requireBrowser(): FoundBrowser {
  cached ??= findBrowser();
  return cached;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: requireBrowser().path, headless: true, args: [...chromiumArgs] });
}

export interface DebuggableChromium {
  /** `--remote-debugging-port`로 연 포트 (Lighthouse의 `port` 옵션) */
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Lighthouse가 DevTools 프로토콜로 붙을 수 있도록 브라우저를 `--remote-debugging-port`로 띄웁니다.
 * 포트는 0으로 두어 브라우저가 빈 포트를 고르게 하고, 표준 오류에 찍는 `DevTools listening on ws://…:포트/…`에서 읽습니다.
 */
export async function launchDebuggableChromium(): Promise<DebuggableChromium> {
  const executable = requireBrowser().path;
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'lighthouse-chromium-'));
  const child = spawn(
    executable,
    [
      '--headless=new',
      ...chromiumArgs,
      '--remote-debugging-port=0',
      `--user-data-dir=${userDataDir}`,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`브라우저(${executable})가 10초 안에 디버깅 포트를 열지 않았습니다:\n${stderr}`));
    }, 10_000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`브라우저(${executable})가 코드 ${code}로 끝났습니다:\n${stderr}`));
    });
  });
  // 포트를 찾은 뒤에도 표준 오류를 읽어 주어야 파이프가 차서 브라우저가 멈추지 않습니다.
  child.stderr.resume();
  // 테스트가 예외로 끝나 close()를 부르지 못해도 브라우저가 남지 않게 합니다.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  return {
    port,
    close: async () => {
      process.off('exit', killOnExit);
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
