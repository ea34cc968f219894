import { spawnSync } from 'node:child_process';
import type { VcsPreset } from '@docusaurus/types';

/**
 * 문서와 블로그의 "마지막 수정" 날짜, 사이트맵의 `lastmod`는 Git 기록에서 옵니다. GitHub의 ZIP 내려받기,
 * `.git`을 뺀 `docker build`, npm tarball처럼 Git 작업 트리가 아닌 곳에서는 Docusaurus의 Git 읽기가
 * "outside any Git worktree"로 빌드를 멈추므로, 그때는 Docusaurus의 VCS를 끄고(날짜 없이) 빌드하며 까닭을
 * 한 줄로 알립니다. Git 클론 안에서는 Docusaurus의 기본 동작 그대로 날짜를 읽습니다.
 */
export function hasGitHistory(siteDir: string): boolean {
  const result = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], {
    cwd: siteDir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return result.status === 0 && result.stdout.trim() === 'true';
}

export const noGitHistoryWarning = (siteDir: string): string =>
  `[WARNING] ${siteDir}는 Git 작업 트리가 아닙니다(ZIP·tarball·.git 없는 복사본). '마지막 수정' 날짜 없이 빌드합니다. 날짜가 필요하면 git clone으로 받은 폴더에서 빌드하세요.`;

// Docusaurus는 빌드 한 번에 설정 파일을 두 번 읽으므로, 경고가 한 번만 나오도록 프로세스 전체에서 기억합니다.
const warnedKey = Symbol.for('docker-study.noGitHistoryWarned');
const processState = globalThis as typeof globalThis & { [warnedKey]?: boolean };

/**
 * `future.experimental_vcs`에 넣을 값: Git 기록이 있으면 `undefined`(Docusaurus 기본), 없으면 `'disabled'`.
 * 없을 때는 경고를 프로세스마다 한 번 찍습니다.
 */
export function vcsOption(
  siteDir: string,
  warn: (message: string) => void = console.warn,
): VcsPreset | undefined {
  if (hasGitHistory(siteDir)) return undefined;
  if (processState[warnedKey] !== true) {
    processState[warnedKey] = true;
    warn(noGitHistoryWarning(siteDir));
  }
  return 'disabled';
}
