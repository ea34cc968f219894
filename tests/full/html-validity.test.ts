import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { bookEditions } from '../../src/data/book';
import { builtHtmlFile, readSitemapPages, selectPageKinds } from '../support/pageKinds';
import { buildDir, siteEnv } from '../support/site';
import { requireJava, runVnu, type VnuMessage } from '../support/vnu';
import { exitIfMissingTool } from '../../scripts/lib/toolError';

exitIfMissingTool(requireJava);

/**
 * 사이트맵의 모든 페이지, 404 페이지, 책 페이지의 빌드된 HTML을 Nu Html Checker로 검사합니다(한 번의 java 실행으로
 * 수십 쪽에 20초 남짓). 오류는 없어야 하고, 경고는 종류별로 묶어 출력만 합니다.
 * 페이지 종류(홈, 두 판의 장, 블로그 글, 블로그 태그, 태그 탐색기, 검색)가 빠짐없이 들어 있는지도 확인합니다.
 */

interface AllowedError {
  /** vnu 메시지와 일치해야 하는 패턴 */
  readonly message: RegExp;
  /** 오류가 난 자리(extract)와도 일치해야 합니다. 같은 메시지라도 다른 자리면 걸러내지 않습니다. */
  readonly extract: RegExp;
  /** 이 파일(build/ 기준 경로)에서만 허용합니다. 없으면 모든 파일 */
  readonly file?: RegExp;
  /** 왜 우리 쪽에서 고칠 수 없는지 */
  readonly why: string;
}

/**
 * Docusaurus가 직접 만드는 마크업 중 테마 컴포넌트를 꺼내(eject) 다시 쓰지 않고는 바꿀 수 없는 것만 둡니다.
 * 항목마다 자리(extract)를 좁게 잡아, 우리 글이나 컴포넌트에서 같은 종류의 오류가 나면 그대로 실패합니다.
 */
const allowedErrors: readonly AllowedError[] = [
  {
    message: /^Element “div” not allowed as child of element “code” in this context\./,
    extract: /<div class=token-line\b/,
    why:
      '@docusaurus/theme-classic 3.10의 CodeBlock/Line이 코드 한 줄을 <code> 안의 <div class="token-line">으로 그립니다. ' +
      '<span>으로 바꾸려면 CodeBlock/Line을 eject해야 합니다. 브라우저는 이 구조를 문제없이 그리고, 화면 읽기 프로그램도 코드 줄을 읽습니다.',
  },
  {
    message: /^The heading “h3” \(with computed level 3\) follows the heading “h1”/,
    extract: /<h3 class="anchor[^"]*" id=\d{4}>/,
    file: /^blog\/archive\.html$/,
    why:
      '@docusaurus/theme-classic 3.10의 BlogArchivePage가 연도 제목을 <h3>으로 그려 h1 다음에 h2를 건너뜁니다. ' +
      '연도 제목만 h2로 바꾸려면 BlogArchivePage 전체를 eject해야 합니다. 글 목록 자체는 링크 목록으로 읽힙니다.',
  },
];

const isError = (message: VnuMessage) => message.type === 'error' || message.type === 'non-document-error';
const isWarning = (message: VnuMessage) => message.type === 'info' && message.subType === 'warning';

const fileOf = (message: VnuMessage) => path.relative(buildDir, new URL(message.url).pathname);
const extractOf = (message: VnuMessage) => (message.extract ?? '').replace(/\s+/g, ' ').slice(0, 160);

function describe(message: VnuMessage): string {
  const where = message.lastLine === undefined ? fileOf(message) : `${fileOf(message)}:${message.lastLine}`;
  return `${where}: ${message.message}\n    …${extractOf(message)}…`;
}

/** 같은 경고가 여러 페이지에 나오면(Docusaurus의 목록 페이지 등) 한 줄로 묶습니다. */
function summarizeWarnings(warnings: readonly VnuMessage[]): string[] {
  const byMessage = new Map<string, Set<string>>();
  for (const warning of warnings) {
    const files = byMessage.get(warning.message) ?? new Set<string>();
    files.add(fileOf(warning));
    byMessage.set(warning.message, files);
  }
  return [...byMessage].map(([message, files]) => {
    const list = [...files];
    const where =
      list.length > 3 ? `${list.slice(0, 3).join(', ')} 외 ${list.length - 3}개` : list.join(', ');
    return `경고(${list.length}개 파일): ${message} [${where}]`;
  });
}

test('모든 페이지의 HTML이 Nu Html Checker 오류 없이 유효하다', async (t) => {
  const samples = await selectPageKinds();
  const files = [
    ...(await readSitemapPages()).map((page) => page.file),
    builtHtmlFile(`${siteEnv.baseUrl}404.html`),
    // 책 페이지는 noindex라 사이트맵에 없습니다.
    ...bookEditions.map((book) => builtHtmlFile(`${siteEnv.baseUrl}${book.routePath.slice(1)}`)),
  ];
  for (const { kind, page } of samples) {
    assert.ok(files.includes(page.file), `${kind.label} 페이지 ${page.path}가 검사 목록에 없습니다`);
  }
  const messages = await runVnu(files);

  const usedAllowances = new Set<AllowedError>();
  const errors = messages.filter(isError).filter((message) => {
    const allowance = allowedErrors.find(
      (allowed) =>
        allowed.message.test(message.message) &&
        allowed.extract.test(message.extract ?? '') &&
        (allowed.file === undefined || allowed.file.test(fileOf(message))),
    );
    if (allowance) usedAllowances.add(allowance);
    return allowance === undefined;
  });
  const warnings = messages.filter(isWarning);

  t.diagnostic(`${files.length}개 파일 검사 (${samples.map(({ kind }) => kind.label).join(', ')} 포함)`);
  // 경고는 실패로 치지 않지만, 사람이 보고 판단할 수 있게 모두 출력합니다.
  for (const line of summarizeWarnings(warnings)) t.diagnostic(line);
  for (const allowed of allowedErrors.filter((entry) => !usedAllowances.has(entry))) {
    t.diagnostic(
      `허용 목록의 항목이 이번에는 쓰이지 않았습니다(Docusaurus가 고쳤다면 지우세요): ${allowed.message}`,
    );
  }
  assert.deepEqual(
    errors.map(describe),
    [],
    `HTML 오류 ${errors.length}개. 해당 페이지의 원본(MDX, 컴포넌트)을 고치세요. ` +
      'Docusaurus 자체 마크업이라 고칠 수 없다면 이 파일의 allowedErrors에 자리를 좁혀 이유와 함께 적으세요.',
  );
});
