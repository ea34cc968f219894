/**
 * 콘텐츠 검사가 함께 쓰는 Markdown/MDX 읽기 도구.
 * MDX 전체를 파싱하지 않고 줄 단위로 읽습니다. 검사에 필요한 것은 front matter, 코드 블록, 제목뿐이고,
 * 줄 번호를 정확히 알려 주는 편이 MDX 컴파일러의 AST를 거치는 것보다 쉽기 때문입니다.
 * Node에서만 씁니다(콘텐츠 테스트와 빌드 플러그인 `plugins/command-reference`). 브라우저 코드에서 부르지 마세요.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createSlugger, parseMarkdownHeadingId } from '@docusaurus/utils';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

/** 검사 하나가 찾은 문제. `file:line: message`로 출력합니다. */
export interface ContentProblem {
  readonly file: string;
  /** 파일 안의 줄 번호(1부터) */
  readonly line: number;
  readonly message: string;
}

export function formatProblem(problem: ContentProblem, relativeTo: string = process.cwd()): string {
  const shownPath = path.isAbsolute(problem.file) ? path.relative(relativeTo, problem.file) : problem.file;
  return `${shownPath}:${problem.line}: ${problem.message}`;
}

export interface FencedCodeBlock {
  /** 여는 펜스의 첫 단어(`bash`, `yaml`…). 언어가 없으면 빈 문자열 */
  readonly language: string;
  /** 언어 뒤의 나머지(`title="compose.yaml" showLineNumbers`) */
  readonly meta: string;
  /** meta의 `title="…"` 값 */
  readonly title: string | null;
  readonly content: string;
  readonly contentLines: readonly string[];
  /** 여는 펜스의 줄 번호(파일 기준, 1부터) */
  readonly fenceLine: number;
  /** 내용 첫 줄의 줄 번호. `contentLines[i]`는 `firstContentLine + i`번째 줄입니다 */
  readonly firstContentLine: number;
  readonly closed: boolean;
}

export interface MarkdownHeading {
  readonly level: number;
  /** `{#id}`를 뺀 제목 글 */
  readonly text: string;
  readonly explicitId: string | null;
  /** Docusaurus가 만드는 앵커 id: 명시한 id, 없으면 제목 글에서 만든 slug */
  readonly id: string;
  readonly line: number;
}

export interface BodyLine {
  readonly text: string;
  readonly line: number;
}

export interface MarkdownDocument {
  readonly filePath: string;
  readonly source: string;
  readonly hasFrontMatter: boolean;
  readonly frontMatter: Readonly<Record<string, unknown>>;
  /** front matter의 YAML 오류 */
  readonly frontMatterProblems: readonly ContentProblem[];
  /** front matter 키가 있는 줄 번호. 문제를 알릴 때 씁니다 */
  readonly frontMatterKeyLines: ReadonlyMap<string, number>;
  readonly bodyStartLine: number;
  readonly bodyLines: readonly BodyLine[];
  readonly codeBlocks: readonly FencedCodeBlock[];
  readonly headings: readonly MarkdownHeading[];
}

/** yaml 패키지의 오류 메시지 첫 줄에서 위치 꼬리(` at line 2, column 1:`)를 뗍니다. 줄 번호는 따로 알립니다. */
export function firstLineOfYamlError(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

export function readMarkdownDocument(filePath: string): MarkdownDocument {
  return parseMarkdownDocument(filePath, readFileSync(filePath, 'utf8'));
}

export function parseMarkdownDocument(filePath: string, rawSource: string): MarkdownDocument {
  const source = rawSource.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = source.split('\n');
  const frontMatter = splitFrontMatter(filePath, lines);
  const bodyLines = lines
    .slice(frontMatter.bodyStartLine - 1)
    .map((text, index) => ({ text, line: frontMatter.bodyStartLine + index }));
  const codeBlocks = extractCodeBlocks(bodyLines);
  return {
    filePath,
    source,
    hasFrontMatter: frontMatter.hasFrontMatter,
    frontMatter: frontMatter.data,
    frontMatterProblems: frontMatter.problems,
    frontMatterKeyLines: frontMatter.keyLines,
    bodyStartLine: frontMatter.bodyStartLine,
    bodyLines,
    codeBlocks,
    headings: extractHeadings(bodyLines, codeBlocks),
  };
}

interface SplitFrontMatter {
  readonly hasFrontMatter: boolean;
  readonly data: Readonly<Record<string, unknown>>;
  readonly problems: readonly ContentProblem[];
  readonly keyLines: ReadonlyMap<string, number>;
  readonly bodyStartLine: number;
}

export function splitFrontMatter(filePath: string, lines: readonly string[]): SplitFrontMatter {
  const noFrontMatter = {
    hasFrontMatter: false,
    data: {},
    problems: [],
    keyLines: new Map(),
    bodyStartLine: 1,
  };
  if (lines[0]?.trimEnd() !== '---') return noFrontMatter;
  const closingIndex = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
  if (closingIndex < 0) {
    return {
      ...noFrontMatter,
      problems: [{ file: filePath, line: 1, message: 'front matter를 닫는 `---` 줄이 없습니다.' }],
    };
  }
  const yamlText = lines.slice(1, closingIndex).join('\n');
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: true });
  const problems: ContentProblem[] = document.errors.map((error) => ({
    file: filePath,
    line: 1 + (error.linePos?.[0].line ?? 1),
    message: `front matter YAML 오류: ${firstLineOfYamlError(error.message)}`,
  }));
  const data: unknown = problems.length === 0 ? document.toJS() : {};
  const keyLines = new Map<string, number>();
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (isScalar(pair.key) && pair.key.range) {
        keyLines.set(String(pair.key.value), 1 + lineCounter.linePos(pair.key.range[0]).line);
      }
    }
  }
  const isMapping = data !== null && typeof data === 'object' && !Array.isArray(data);
  if (!isMapping && data !== null && problems.length === 0) {
    problems.push({ file: filePath, line: 1, message: 'front matter는 `키: 값` 목록이어야 합니다.' });
  }
  return {
    hasFrontMatter: true,
    data: isMapping ? (data as Record<string, unknown>) : {},
    problems,
    keyLines,
    bodyStartLine: closingIndex + 2,
  };
}

// CommonMark 펜스: 같은 문자(` 또는 ~) 3개 이상. 목록이나 <details> 안에서는 들여 쓰므로 들여쓰기 깊이는 제한하지 않습니다.
const openingFencePattern = /^(\s*)(`{3,}|~{3,})(.*)$/;

export function extractCodeBlocks(bodyLines: readonly BodyLine[]): FencedCodeBlock[] {
  const blocks: FencedCodeBlock[] = [];
  let index = 0;
  while (index < bodyLines.length) {
    const opening = bodyLines[index];
    const match = opening ? openingFencePattern.exec(opening.text) : null;
    const fence = match?.[2];
    const infoString = match?.[3]?.trim() ?? '';
    if (!opening || !match || !fence || (fence.startsWith('`') && infoString.includes('`'))) {
      index += 1;
      continue;
    }
    const indentWidth = match[1]?.length ?? 0;
    const fenceCharacter = fence.charAt(0);
    const isClosingFence = (text: string) => {
      const trimmed = text.trim();
      return (
        trimmed.length >= fence.length && [...trimmed].every((character) => character === fenceCharacter)
      );
    };
    const contentLines: string[] = [];
    let closingIndex = index + 1;
    while (closingIndex < bodyLines.length && !isClosingFence(bodyLines[closingIndex]?.text ?? '')) {
      const text = bodyLines[closingIndex]?.text ?? '';
      contentLines.push(text.replace(new RegExp(`^ {0,${indentWidth}}`), ''));
      closingIndex += 1;
    }
    const [language = '', ...metaWords] = infoString.split(/\s+/).filter((word) => word !== '');
    const meta = metaWords.join(' ');
    blocks.push({
      language: language.toLowerCase(),
      meta,
      title:
        /title=(?:"([^"]*)"|'([^']*)'|(\S+))/
          .exec(meta)
          ?.slice(1)
          .find((value) => value !== undefined) ?? null,
      content: contentLines.join('\n'),
      contentLines,
      fenceLine: opening.line,
      firstContentLine: opening.line + 1,
      closed: closingIndex < bodyLines.length,
    });
    index = closingIndex + 1;
  }
  return blocks;
}

/** 코드 블록 안(펜스 줄 포함)에 있는 줄 번호의 집합 */
export function codeBlockLineNumbers(codeBlocks: readonly FencedCodeBlock[]): Set<number> {
  const inside = new Set<number>();
  for (const block of codeBlocks) {
    const lastLine = block.firstContentLine + block.contentLines.length;
    for (let line = block.fenceLine; line <= lastLine; line += 1) inside.add(line);
  }
  return inside;
}

/** 코드 블록 밖의 본문 줄 */
export function proseLines(document: Pick<MarkdownDocument, 'bodyLines' | 'codeBlocks'>): BodyLine[] {
  const inside = codeBlockLineNumbers(document.codeBlocks);
  return document.bodyLines.filter((bodyLine) => !inside.has(bodyLine.line));
}

const atxHeadingPattern = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t]*$/;

export function extractHeadings(
  bodyLines: readonly BodyLine[],
  codeBlocks: readonly FencedCodeBlock[],
): MarkdownHeading[] {
  // Docusaurus와 같은 slugger를 문서 순서대로 써야 같은 제목이 두 번 나올 때 붙는 `-1`까지 맞습니다.
  const slugger = createSlugger();
  const headings: MarkdownHeading[] = [];
  for (const { text: lineText, line } of proseLines({ bodyLines, codeBlocks })) {
    const match = atxHeadingPattern.exec(lineText);
    if (!match?.[1]) continue;
    const withoutClosingHashes = (match[2] ?? '').replace(/(?:^|[ \t]+)#+$/, '');
    // Docusaurus가 받는 두 문법: `{#id}`(classic)와 유효한 MDX인 `{/* #id */}`(mdx-comment)
    const classic = parseMarkdownHeadingId(withoutClosingHashes, 'classic');
    const parsed =
      classic.id === undefined ? parseMarkdownHeadingId(withoutClosingHashes, 'mdx-comment') : classic;
    const text = parsed.text.trimEnd();
    const explicitId = parsed.id ?? null;
    const id =
      explicitId === null
        ? slugger.slug(plainHeadingText(text))
        : slugger.slug(explicitId, { maintainCase: true });
    headings.push({ level: match[1].length, text, explicitId, id: explicitId ?? id, line });
  }
  return headings;
}

/** 제목의 인라인 Markdown을 걷어 내 화면에 보이는 글만 남깁니다(slug 계산용). */
export function plainHeadingText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_|~~)(\S(?:.*?\S)?)\1/g, '$2')
    .trim();
}

const hangulSyllablePattern = /[\uAC00-\uD7A3]/g;

export function countHangulSyllables(text: string): number {
  return text.match(hangulSyllablePattern)?.length ?? 0;
}

/** 분량 검사용 본문: 코드 블록, front matter, MDX의 import/export 줄을 뺀 글 */
export function proseText(document: Pick<MarkdownDocument, 'bodyLines' | 'codeBlocks'>): string {
  return proseLines(document)
    .map((bodyLine) => bodyLine.text)
    .filter((text) => !/^(?:import|export)\s/.test(text))
    .join('\n');
}

/** 두 제목 사이의 본문 줄. `## 셀프 체크 {#self-check}` 다음부터 같은 수준 이상의 다음 제목 앞까지 */
export function sectionLines(document: MarkdownDocument, heading: MarkdownHeading): BodyLine[] {
  const nextHeading = document.headings.find(
    (candidate) => candidate.line > heading.line && candidate.level <= heading.level,
  );
  const endLine = nextHeading?.line ?? Number.POSITIVE_INFINITY;
  return document.bodyLines.filter((bodyLine) => bodyLine.line > heading.line && bodyLine.line < endLine);
}
