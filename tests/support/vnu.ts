/**
 * Nu Html Checker(`vnu-jar`)로 빌드된 HTML 파일을 검사합니다. Java가 필요합니다(Debian `default-jre-headless`).
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { requireTools } from '../../scripts/lib/tools';

const execFileAsync = promisify(execFile);

/** `vnu-jar` 패키지 안의 jar. 패키지의 JS API는 Java를 내려받으려 할 수 있어 jar를 직접 씁니다. */
export const vnuJarPath = path.join(
  path.dirname(createRequire(import.meta.url).resolve('vnu-jar/package.json')),
  'build/dist/vnu.jar',
);

export interface VnuMessage {
  readonly type: 'error' | 'info' | 'non-document-error';
  readonly subType?: string;
  readonly url: string;
  readonly lastLine?: number;
  readonly firstColumn?: number;
  readonly message: string;
  readonly extract?: string;
}

const isVnuMessage = (value: unknown): value is VnuMessage =>
  typeof value === 'object' &&
  value !== null &&
  'type' in value &&
  'message' in value &&
  'url' in value &&
  typeof value.message === 'string' &&
  typeof value.url === 'string';

/** Java가 없으면 설치 명령을 적은 `MissingToolError`를 던집니다. 테스트 파일의 맨 위에서 부르세요. */
export function requireJava(): void {
  requireTools(['java'], 'Nu Html Checker');
}

export async function runVnu(files: readonly string[]): Promise<VnuMessage[]> {
  requireJava();
  const { stdout } = await execFileAsync(
    'java',
    ['-jar', vnuJarPath, '--format', 'json', '--stdout', '--exit-zero-always', ...files],
    { maxBuffer: 256 * 1024 * 1024 },
  );
  const parsed: unknown = JSON.parse(stdout);
  const messages =
    typeof parsed === 'object' && parsed !== null && 'messages' in parsed && Array.isArray(parsed.messages)
      ? parsed.messages
      : undefined;
  if (messages === undefined) throw new Error(`vnu 출력에 messages가 없습니다: ${stdout.slice(0, 200)}`);
  return messages.filter(isVnuMessage);
}
