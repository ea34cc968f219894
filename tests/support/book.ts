import path from 'node:path';
import { bookEditions, type BookEdition } from '../../src/data/book';
import { chapters } from '../../src/data/chapters';
import { formatProblem, readMarkdownDocument, type MarkdownDocument } from '../../src/lib/content/markdown';
import { repositoryRoot } from './contentFiles';

/** 책 한 권에 실리는 문서: 앞 문서(시리즈 소개, 개정판은 시작하기까지)와 여섯 장의 MDX 파일 */
export interface BookSource {
  readonly book: BookEdition;
  readonly files: readonly string[];
}

export function editionDirectory(version: string): string {
  return path.join(repositoryRoot, version === 'current' ? 'docs' : `versioned_docs/version-${version}`);
}

export const bookSources: readonly BookSource[] = bookEditions.map((book) => ({
  book,
  files: [...book.frontDocs, ...chapters.map((chapter) => chapter.id)].map((id) =>
    path.join(editionDirectory(book.version), `${id}.mdx`),
  ),
}));

function readBookDocument(file: string): MarkdownDocument {
  const document = readMarkdownDocument(file);
  if (!document.hasFrontMatter) throw new Error(`${file}: 앞부분(front matter)이 없습니다`);
  const [problem] = document.frontMatterProblems;
  if (problem !== undefined) throw new Error(formatProblem(problem));
  return document;
}

export function docTitle(file: string): string {
  const title = readBookDocument(file).frontMatter.title;
  if (typeof title !== 'string') throw new Error(`${file}: 앞부분에 title이 없습니다`);
  return title;
}

/**
 * 글의 첫 문단에서 마크업이 없는 첫 문장(또는 마크업 앞까지)을 꺼냅니다. 인쇄된 책에 그 장의 한국어 본문이
 * 실렸는지 확인하는 데 씁니다.
 */
export function openingProse(file: string): string {
  const paragraph = readBookDocument(file)
    .bodyLines.map((line) => line.text)
    .join('\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block !== '' && !/^(import |<|#|:::|```|\||-|\{)/.test(block));
  if (paragraph === undefined) throw new Error(`${file}: 본문 문단을 찾지 못했습니다`);
  const sentence = paragraph.split(/(?<=다\.)\s/)[0] ?? paragraph;
  const plain = sentence.split(/[<[`*_]/)[0]?.trim() ?? '';
  if (plain.length < 12)
    throw new Error(`${file}: 첫 문장 "${sentence}"에서 비교할 만큼의 글을 꺼내지 못했습니다`);
  return plain;
}

/** 공백과 줄바꿈을 모두 지운 글. PDF에서 꺼낸 글은 줄이 바뀐 자리의 띄어쓰기가 다를 수 있습니다. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '');
