import path from 'node:path';
import type { InlineCode, Link, Nodes, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { chapterOfFile } from '../../src/data/chapters';
import { editions, type EditionKey } from '../../src/data/editions';
import { glossary, type GlossaryEntry } from '../../src/data/glossary';
import { termWithId } from '../../src/data/terms';

/**
 * 장마다 용어집(`src/data/glossary.ts`)의 용어가 처음 나오는 곳을 같은 판의 용어집 항목으로 연결합니다.
 * 한 장에서 한 용어는 한 번만 연결하므로 문단이 링크로 뒤덮이지 않습니다.
 *
 * - 찾는 말은 용어집에 적힌 한국어 표기와 영어 표기 그대로입니다.
 * - 낱말의 처음에서만 맞춥니다(앞 글자가 한글, 영문자, 숫자가 아니어야 함). 한국어 조사가 붙을 수 있게 뒤에는 무엇이든
 *   올 수 있고, 영문자로 끝나는 표기만 뒤에 영문자·숫자가 이어지지 않아야 합니다(`container`가 `containerd`에 걸리지 않게).
 * - 본문 글(text)만 봅니다. 제목, 링크 안, 코드 블록, 이미 `<GlossaryTerm>`인 곳, 셀프 체크의 질문(`<summary>`),
 *   제목이 복잡한 상자의 제목(`mdxAdmonitionTitle`)은 건너뜁니다. 예외로, 코드 글꼴로 쓰기로 한 용어(`src/data/terms.ts`의
 *   `codeFont`: `namespace`, `cgroups`, `Dockerfile`)는 인라인 코드 전체가 그 표기일 때 그 코드를 링크로 감쌉니다.
 *   본문 규칙상 이 용어들은 늘 코드 글꼴이라, 그렇지 않으면 가장 중요한 용어가 한 번도 연결되지 않습니다.
 * - 같은 자리에서 여러 용어가 맞으면 긴 표기가 이깁니다(`Type 1 하이퍼바이저`가 `하이퍼바이저`보다 먼저).
 */

/** 링크가 가지는 class. 용어집 링크의 모양(점선 밑줄)과 테스트가 이 이름을 씁니다 */
export const glossaryLinkClass = 'glossary-link';

const skippedTypes = new Set([
  'heading',
  'link',
  'linkReference',
  'code',
  'mdxAdmonitionTitle',
  'definition',
]);
const skippedJsx = new Set(['summary', 'GlossaryTerm', 'a', 'code', 'Link']);

interface Pattern {
  readonly entry: GlossaryEntry;
  readonly form: string;
}

const wordChar = /[\p{Script=Hangul}\p{L}\p{N}]/u;
const latinTail = /[A-Za-z0-9]$/;

function patternsOf(entries: readonly GlossaryEntry[]): Pattern[] {
  return entries
    .flatMap((entry) => [...new Set([entry.korean, entry.english])].map((form) => ({ entry, form })))
    .sort((a, b) => b.form.length - a.form.length);
}

/** `text`에서 `from`부터 찾은 첫 용어(같은 자리에서는 가장 긴 표기) */
function firstMatch(
  text: string,
  patterns: readonly Pattern[],
  linked: ReadonlySet<string>,
): { index: number; pattern: Pattern } | undefined {
  let best: { index: number; pattern: Pattern } | undefined;
  for (const pattern of patterns) {
    if (linked.has(pattern.entry.id)) continue;
    let index = text.indexOf(pattern.form);
    while (index !== -1) {
      const before = index === 0 ? '' : (text[index - 1] ?? '');
      const after = text[index + pattern.form.length] ?? '';
      const startsWord = before === '' || !wordChar.test(before);
      const endsWord = !latinTail.test(pattern.form) || after === '' || !/[A-Za-z0-9]/.test(after);
      if (startsWord && endsWord) break;
      index = text.indexOf(pattern.form, index + 1);
    }
    if (index === -1) continue;
    if (best === undefined || index < best.index) best = { index, pattern };
  }
  return best;
}

function linkTo(entry: GlossaryEntry, glossaryPath: string, children: PhrasingContent[]): Link {
  return {
    type: 'link',
    url: `${glossaryPath}#${entry.id}`,
    // 정의 안의 `…`(코드 글꼴 표시)는 툴팁에서 뺍니다. src/lib/inlineCode.tsx는 React 파일이라 설정이 불러올 수 없습니다.
    title: entry.definition.replaceAll('`', ''),
    children: children as Link['children'],
    data: { hProperties: { className: [glossaryLinkClass], 'data-glossary-term': entry.id } },
  };
}

function jsxName(node: Nodes): string | null {
  return (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name !== null
    ? node.name
    : null;
}

function linkFirstUses(tree: Root, glossaryPath: string): void {
  const patterns = patternsOf(glossary);
  const codeFontTerms = new Map(
    glossary.filter((entry) => termWithId(entry.id)?.codeFont === true).map((entry) => [entry.korean, entry]),
  );
  const linked = new Set<string>();

  const splitText = (node: Text): PhrasingContent[] => {
    const parts: PhrasingContent[] = [];
    let rest = node.value;
    for (let match = firstMatch(rest, patterns, linked); match; match = firstMatch(rest, patterns, linked)) {
      const { index, pattern } = match;
      if (index > 0) parts.push({ type: 'text', value: rest.slice(0, index) });
      parts.push(linkTo(pattern.entry, glossaryPath, [{ type: 'text', value: pattern.form }]));
      linked.add(pattern.entry.id);
      rest = rest.slice(index + pattern.form.length);
    }
    if (parts.length === 0) return [node];
    if (rest !== '') parts.push({ type: 'text', value: rest });
    return parts;
  };

  const visit = (parent: Parent): void => {
    const children: Nodes[] = [];
    for (const child of parent.children as Nodes[]) {
      if (child.type === 'text') {
        children.push(...splitText(child));
        continue;
      }
      if (child.type === 'inlineCode') {
        const entry = codeFontTerms.get((child as InlineCode).value);
        if (entry !== undefined && !linked.has(entry.id)) {
          linked.add(entry.id);
          children.push(linkTo(entry, glossaryPath, [child]));
          continue;
        }
      }
      const name = jsxName(child);
      if (!skippedTypes.has(child.type) && (name === null || !skippedJsx.has(name)) && 'children' in child) {
        visit(child as Parent);
      }
      children.push(child);
    }
    (parent as { children: Nodes[] }).children = children;
  };
  visit(tree);
}

/** 파일이 어느 판의 장인지: `docs/`는 개정판, `versioned_docs/version-<판>/`은 그 판. 장이 아니면 undefined */
function editionOfChapterFile(filePath: string): EditionKey | undefined {
  if (chapterOfFile(path.basename(filePath, path.extname(filePath))) === undefined) return undefined;
  const directory = path.basename(path.dirname(filePath));
  if (directory === 'docs') return 'revised';
  const version = /^version-(.+)$/.exec(directory)?.[1];
  return (Object.keys(editions) as EditionKey[]).find((key) => editions[key].version === version);
}

export default function remarkGlossaryLinks() {
  return (tree: Root, file: VFile): void => {
    const edition = editionOfChapterFile(file.path);
    if (edition === undefined) return;
    linkFirstUses(tree, `${editions[edition].basePath}/glossary`);
  };
}
