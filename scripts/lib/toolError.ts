/**
 * 바깥 도구(브라우저, Java, poppler-utils, 한글 글꼴)가 없을 때 멈추는 오류와 그 안내문.
 * 테스트, 스크립트, Lighthouse가 같은 문장으로 멈추도록 `scripts/lib/`에 둡니다.
 */

/** 플랫폼마다 설치하는 명령 */
export interface InstallHint {
  /** 예: `Debian, Ubuntu, WSL 2` */
  readonly platform: string;
  readonly command: string;
}

export interface MissingTool {
  /** 사람이 읽는 이름, 예: `Java (Nu Html Checker)` */
  readonly name: string;
  /** 무엇을 찾아보았고 왜 못 썼는지 */
  readonly problem: string;
  /** 무엇에 쓰는지 */
  readonly neededFor: string;
  readonly install: readonly InstallHint[];
}

/** 빠진 도구마다 이름, 쓰는 곳, 찾아본 결과, 플랫폼별 설치 명령을 적은 여러 줄의 안내문 */
export function describeMissingTools(tools: readonly MissingTool[], what: string): string {
  const lines = [`${what}에 필요한 도구가 ${tools.length}개 없습니다.`];
  for (const tool of tools) {
    lines.push('', `■ ${tool.name}: ${tool.neededFor}`, `  ${tool.problem}`);
    for (const hint of tool.install) lines.push(`  - ${hint.platform}: ${hint.command}`);
  }
  lines.push('', '설치한 뒤 다시 실행하세요. 도구별 설치 표는 README의 "시작하기"에 있습니다.');
  return lines.join('\n');
}

/**
 * 도구가 없어 멈출 때 던지는 오류. 스택 대신 안내문만 찍히도록 `stack`을 안내문으로 둡니다
 * (테스트 러너가 파일마다 스택을 쏟아내지 않게).
 */
export class MissingToolError extends Error {
  override name = 'MissingToolError';

  constructor(
    readonly tools: readonly MissingTool[],
    what: string,
  ) {
    super(describeMissingTools(tools, what));
    this.stack = this.message;
  }
}

/**
 * `check`가 `MissingToolError`를 던지면 안내문만 표준 오류에 한 번 찍고 프로세스를 1로 끝냅니다. 테스트 파일의 맨 위나
 * 스크립트의 시작에서 불러, 없는 도구 하나가 테스트마다 같은 실패를 되풀이하지 않게 합니다.
 */
export function exitIfMissingTool<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof MissingToolError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
