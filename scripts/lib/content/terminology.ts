/**
 * 용어와 말투 검사: `src/data/terms.ts`가 쓰지 않기로 한 표기와 `-십시오` 꼴을 본문에서 찾습니다.
 * 검사하는 곳은 사람이 읽는 글뿐입니다. 코드 블록, 인라인 코드, 인용(`>`), 바깥 페이지를 가리키는 링크의 글
 * (남의 문서 제목을 옮긴 것), 링크 주소, JSX/HTML 태그, MDX 주석은 건너뜁니다.
 */
import { readFileSync } from 'node:fs';
import { terms as siteTerms, type ChosenTerm } from '../../../src/data/terms';
import type { GlossaryEntry } from '../../../src/data/glossary';
import {
  parseMarkdownDocument,
  proseLines,
  type BodyLine,
  type ContentProblem,
  type MarkdownDocument,
} from '../../../src/lib/content/markdown';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 쓰지 않는 표기 하나를 찾는 정규식. 띄어쓰기는 있든 없든, 코드 글꼴 낱말은 낱말 경계에서만 */
export function refusedPattern(variant: string, codeFont: boolean): RegExp {
  if (codeFont) return new RegExp(`(?<![\\w./-])${escapeRegExp(variant)}(?![\\w])`, 'g');
  const flexible = variant
    .split(/\s+/)
    .map((part) => escapeRegExp(part))
    .join('\\s*');
  return new RegExp(flexible, 'g');
}

/**
 * 한 줄에서 검사하지 않을 부분을 같은 길이의 공백으로 바꿉니다(열 위치가 그대로 남습니다).
 * 바깥 링크(`[제목](https://…)`)는 제목까지, 안쪽 링크는 주소만 지웁니다.
 */
export function maskNonProse(text: string): string {
  const blank = (match: string) => ' '.repeat(match.length);
  return text
    .replace(/\{\/\*.*?\*\/\}/g, blank)
    .replace(/<!--.*?-->/g, blank)
    .replace(/(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, blank)
    .replace(/\[[^\]]*\]\(\s*<?(?:[a-z][a-z0-9+.-]*:|\/\/)[^)]*\)/gi, blank)
    .replace(/\]\([^)]*\)/g, (match) => `]${blank(match.slice(1))}`)
    .replace(/<\/?[A-Za-z][^>]*>/g, blank)
    .replace(/https?:\/\/\S+/g, blank)
    .replace(/\{#[\w-]+\}/g, blank);
}

const isBlockquote = (text: string) => /^\s*>/.test(text);
const isModuleLine = (text: string) => /^(?:import|export)\s/.test(text);

/** 검사할 본문 줄: 코드 블록, 인용, import/export 줄을 빼고 나머지를 가린 줄 */
export function checkableProse(document: Pick<MarkdownDocument, 'bodyLines' | 'codeBlocks'>): BodyLine[] {
  return proseLines(document)
    .filter(({ text }) => !isBlockquote(text) && !isModuleLine(text))
    .map(({ text, line }) => ({ text: maskNonProse(text), line }));
}

export interface TermCheckOptions {
  /** 코드 글꼴 규칙을 볼지. 태그 이름이나 front matter 설명처럼 코드 글꼴을 쓸 수 없는 곳은 false */
  readonly codeFont: boolean;
}

function describeChosen(term: ChosenTerm): string {
  return term.codeFont ? `\`${term.term}\`(백틱으로 감싼 코드 글꼴)` : `'${term.term}'`;
}

/** 가려 둔 글 한 줄에서 쓰지 않는 표기를 찾습니다 */
export function findRefusedTerms(
  file: string,
  line: number,
  text: string,
  options: TermCheckOptions,
  terms: readonly ChosenTerm[] = siteTerms,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const term of terms) {
    if (term.codeFont && !options.codeFont) continue;
    let checked = text;
    for (const allowed of term.allowed ?? []) {
      checked = checked.replace(refusedPattern(allowed, false), (match) => ' '.repeat(match.length));
    }
    for (const variant of term.refused) {
      for (const match of checked.matchAll(refusedPattern(variant, term.codeFont === true))) {
        const found = term.codeFont ? `코드 글꼴 밖의 '${match[0]}'` : `쓰지 않는 표기 '${match[0]}'`;
        problems.push({
          file,
          line,
          message: `${found} → 고른 표기 ${describeChosen(term)} (src/data/terms.ts의 ${term.id}: ${term.reason})`,
        });
      }
    }
  }
  return problems;
}

/** `-십시오` 꼴: 시리즈의 안내는 `-세요`로 씁니다 */
export function findFormalImperative(file: string, line: number, text: string): ContentProblem[] {
  return [...text.matchAll(/[가-힣]*십시오/g)].map((match) => ({
    file,
    line,
    message: `'${match[0]}'는 -십시오 꼴입니다. 안내는 -세요로 쓰세요(예: 확인하십시오 → 확인하세요).`,
  }));
}

/** front matter에서 사람이 읽는 값 */
const proseFrontMatterKeys = ['title', 'description', 'sidebar_label'] as const;

/** 문서나 블로그 글 하나: 본문은 모든 규칙, front matter의 제목과 설명은 코드 글꼴 규칙을 빼고 */
export function checkDocumentTerminology(
  document: MarkdownDocument,
  terms: readonly ChosenTerm[] = siteTerms,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const key of proseFrontMatterKeys) {
    const value = document.frontMatter[key];
    if (typeof value !== 'string') continue;
    const line = document.frontMatterKeyLines.get(key) ?? 1;
    problems.push(
      ...findRefusedTerms(document.filePath, line, value, { codeFont: false }, terms),
      ...findFormalImperative(document.filePath, line, value),
    );
  }
  for (const { text, line } of checkableProse(document)) {
    problems.push(
      ...findRefusedTerms(document.filePath, line, text, { codeFont: true }, terms),
      ...findFormalImperative(document.filePath, line, text),
    );
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** `tags.yml`: 태그 설명(`description:`)만 글입니다. 태그 이름은 코드 글꼴을 쓸 수 없으므로 그 규칙은 빼고 */
export function checkTagsFileTerminology(
  file: string,
  terms: readonly ChosenTerm[] = siteTerms,
): ContentProblem[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  return lines.flatMap((text, index) => {
    const description = /^\s+description:\s*(.*)$/.exec(text)?.[1];
    return description === undefined
      ? []
      : [
          ...findRefusedTerms(file, index + 1, description, { codeFont: false }, terms),
          ...findFormalImperative(file, index + 1, description),
        ];
  });
}

/**
 * 용어집 데이터: 항목마다 표기, 영어 이름, 정의를 검사하고, 그 값이 적힌 `glossary.ts`의 줄을 알립니다.
 * 표기(`korean`)는 표의 제목 칸이라 코드 글꼴 규칙은 정의에만 적용합니다.
 */
export function checkGlossaryTerminology(
  file: string,
  entries: readonly GlossaryEntry[],
  terms: readonly ChosenTerm[] = siteTerms,
): ContentProblem[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const lineOf = (entry: GlossaryEntry, value: string) => {
    const idLine = lines.findIndex((text) => text.includes(`id: '${entry.id}'`));
    const valueLine = lines.findIndex((text, index) => index >= idLine && text.includes(value));
    return (valueLine >= 0 ? valueLine : Math.max(idLine, 0)) + 1;
  };
  return entries.flatMap((entry) => {
    const fields = [
      { value: entry.korean, codeFont: false },
      { value: entry.english, codeFont: false },
      { value: entry.definition, codeFont: true },
    ];
    return fields.flatMap(({ value, codeFont }) => {
      const line = lineOf(entry, value);
      const text = maskNonProse(value);
      return [
        ...findRefusedTerms(file, line, text, { codeFont }, terms),
        ...findFormalImperative(file, line, text),
      ];
    });
  });
}

/**
 * 코드 글꼴 용어(`namespace`, `cgroups`, `Dockerfile`)를 본문에서 백틱으로 감쌉니다. 검사와 같은 가림을 쓰므로
 * 검사가 걸어 둔 자리만 바꾸고, 코드 블록, 인라인 코드, 인용, 링크 주소, front matter는 건드리지 않습니다.
 */
export function wrapCodeFontTerms(
  filePath: string,
  source: string,
  terms: readonly ChosenTerm[] = siteTerms,
): { readonly text: string; readonly count: number } {
  const document = parseMarkdownDocument(filePath, source);
  const lines = document.source.split('\n');
  let count = 0;
  for (const { text: masked, line } of checkableProse(document)) {
    const original = lines[line - 1] ?? '';
    const spans: { start: number; end: number }[] = [];
    for (const term of terms.filter((candidate) => candidate.codeFont === true)) {
      let checked = masked;
      for (const allowed of term.allowed ?? []) {
        checked = checked.replace(refusedPattern(allowed, false), (match) => ' '.repeat(match.length));
      }
      for (const variant of term.refused) {
        for (const match of checked.matchAll(refusedPattern(variant, true))) {
          spans.push({ start: match.index, end: match.index + match[0].length });
        }
      }
    }
    let updated = original;
    for (const { start, end } of spans.sort((a, b) => b.start - a.start)) {
      updated = `${updated.slice(0, start)}\`${updated.slice(start, end)}\`${updated.slice(end)}`;
      count += 1;
    }
    lines[line - 1] = updated;
  }
  return { text: lines.join('\n'), count };
}
