/**
 * `npm run build`: 사이트를 빌드하고, 브라우저가 있으면 곧바로 책 PDF(`build/pdf/`)도 만듭니다. 빌드는 자기가 만든
 * 파일로만 링크합니다: PDF를 만들 때만 홈과 시리즈 소개가 PDF로 링크합니다(`BOOK_PDF`, config/env.ts).
 *
 * - `BOOK_PDF`가 없으면: 브라우저와 한글 글꼴(`scripts/lib/tools.ts`의 `pdf`)이 있으면 PDF를 만들고, 없으면 그 이유를
 *   한 번 알리고 PDF 링크 없이 빌드합니다.
 * - `BOOK_PDF=true`(배포, `npm test`): PDF를 꼭 만듭니다. 도구가 없으면 빌드하기 전에 멈춥니다.
 * - `BOOK_PDF=false`: PDF도 링크도 없이 빌드만 합니다.
 *
 * 그 밖의 인자는 `docusaurus build`에 그대로 넘깁니다(`--out-dir`은 PDF를 쓸 폴더로도 씁니다).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseBuildEnv } from '../config/env';
import { MissingToolError } from './lib/toolError';
import { requireTools, toolsFor } from './lib/tools';

const docusaurusBin = createRequire(import.meta.url).resolve('@docusaurus/core/bin/docusaurus.mjs');

function decideBookPdf(): boolean {
  const explicit = process.env.BOOK_PDF;
  if (explicit !== undefined && explicit !== '') {
    const wanted = parseBuildEnv(process.env).bookPdf;
    if (wanted) requireTools(toolsFor.pdf, 'BOOK_PDF=true인 빌드(책 PDF)');
    return wanted;
  }
  try {
    requireTools(toolsFor.pdf, '책 PDF');
    return true;
  } catch (error) {
    if (!(error instanceof MissingToolError)) throw error;
    console.warn(
      `${error.message}\n\n[build] 책 PDF 없이 빌드합니다. 홈과 시리즈 소개는 PDF 대신 인쇄용 페이지로만 링크합니다.\n`,
    );
    return false;
  }
}

function run(args: readonly string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (result.error !== undefined) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function outDirOf(args: readonly string[]): string | undefined {
  const index = args.indexOf('--out-dir');
  if (index >= 0) return args[index + 1];
  return args.find((arg) => arg.startsWith('--out-dir='))?.slice('--out-dir='.length);
}

let bookPdf: boolean;
try {
  bookPdf = decideBookPdf();
} catch (error) {
  if (!(error instanceof MissingToolError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const buildArgs = process.argv.slice(2);
const env: NodeJS.ProcessEnv = { ...process.env, BOOK_PDF: String(bookPdf) };
const outDir = outDirOf(buildArgs);
if (outDir !== undefined) env.BUILD_DIR = path.resolve(outDir);

console.log(`[build] docusaurus build ${buildArgs.join(' ')} (BOOK_PDF=${env.BOOK_PDF})`);
run([docusaurusBin, 'build', ...buildArgs], env);
if (bookPdf) {
  console.log('[build] 책 PDF를 만듭니다 (scripts/make-pdf.ts)');
  run(['--import', 'tsx', path.join(import.meta.dirname, 'make-pdf.ts')], env);
}
