/**
 * ```dockerfile 블록을 dockerfile-utils의 검사기로 확인합니다.
 * 기본 설정에서 모든 규칙이 오류나 경고로 보고되며, 경고도 실패로 칩니다(예: 지원이 끝난 MAINTAINER).
 */
import { validate, ValidationCode } from 'dockerfile-utils';
import type { ContentProblem, FencedCodeBlock, MarkdownDocument } from '../../../src/lib/content/markdown';

export const dockerfileLanguages = new Set(['dockerfile', 'docker']);

type DockerfileDiagnostic = ReturnType<typeof validate>[number];

// LSP의 DiagnosticSeverity 값입니다. 정보(3)와 힌트(4)는 문법 문제가 아니라서 실패로 치지 않습니다.
const severityNames: Readonly<Record<number, string>> = { 1: '오류', 2: '경고' };

/**
 * 일부러 허용하는 dockerfile-utils 규칙과 그 이유. 비어 있으면 모든 오류와 경고가 실패입니다.
 * 규칙을 더할 때는 그 규칙이 문서의 어떤 예시를 잘못 막는지 이유에 적으세요.
 */
export const allowedDockerfileRules: ReadonlyMap<ValidationCode, string> = new Map();

export interface DockerfileIssue {
  /** Dockerfile 기준 줄 번호(1부터) */
  readonly line: number;
  readonly message: string;
}

export function checkDockerfileText(text: string): DockerfileIssue[] {
  return validate(text)
    .filter((diagnostic) => severityNames[diagnostic.severity ?? 1] !== undefined)
    .filter((diagnostic) => !isAllowed(diagnostic))
    .map((diagnostic) => ({
      line: diagnostic.range.start.line + 1,
      message: `Dockerfile ${severityNames[diagnostic.severity ?? 1]}: ${diagnostic.message} (dockerfile-utils ${ruleName(diagnostic)})`,
    }));
}

function isAllowed(diagnostic: DockerfileDiagnostic): boolean {
  return typeof diagnostic.code === 'number' && allowedDockerfileRules.has(diagnostic.code);
}

function ruleName(diagnostic: DockerfileDiagnostic): string {
  return typeof diagnostic.code === 'number'
    ? (ValidationCode[diagnostic.code] ?? String(diagnostic.code))
    : 'unknown';
}

export function checkDockerfileBlock(filePath: string, block: FencedCodeBlock): ContentProblem[] {
  return checkDockerfileText(block.content).map((issue) => ({
    file: filePath,
    line: block.firstContentLine + issue.line - 1,
    message: issue.message,
  }));
}

export function checkDockerfileBlocksInDocument(document: MarkdownDocument): {
  problems: ContentProblem[];
  blockCount: number;
} {
  const blocks = document.codeBlocks.filter((block) => dockerfileLanguages.has(block.language));
  return {
    problems: blocks.flatMap((block) => checkDockerfileBlock(document.filePath, block)),
    blockCount: blocks.length,
  };
}
