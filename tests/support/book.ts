import path from 'node:path';
import { bookEditions, type BookEdition } from '../../src/data/book';
import { chapterOfFile, chaptersIn } from '../../src/data/chapters';
import { formatProblem, readMarkdownDocument, type MarkdownDocument } from '../../src/lib/content/markdown';
import { repositoryRoot } from '../../scripts/lib/content/contentFiles';

/** 책 한 권에 실리는 문서: 앞 문서(시리즈 소개, 개정판은 시작하기까지)와 그 판에 실린 장(chapters.ts의 editions)의 MDX 파일 */
export interface BookSource {
  readonly book: BookEdition;
  readonly files: readonly string[];
}

export function editionDirectory(version: string): string {
  return path.join(repositoryRoot, version === 'current' ? 'docs' : `versioned_docs/version-${version}`);
}

export const bookSources: readonly BookSource[] = bookEditions.map((book) => ({
  book,
  files: [...book.frontDocs, ...chaptersIn(book.edition).map((chapter) => chapter.id)].map((id) =>
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
 * 책이 그 문서에 다는 제목. 초판의 장 제목은 원래 글의 번호로 시작하지만(`1.1 Docker 개념`, `*. 심화 내용`), 책은 한 장에
 * 한 번호만 보이도록 그 번호를 떼고 장 목록(src/data/chapters.ts)의 번호(`1장`)를 따로 답니다. 그래서 문서 제목이 장의 짧은
 * 제목으로 끝나면 그 짧은 제목이 책의 제목입니다(개정판 심화 장처럼 다른 제목이면 문서 제목 그대로).
 */
export function bookTitle(file: string): string {
  const title = docTitle(file);
  const chapter = chapterOfFile(path.basename(file, '.mdx'));
  return chapter !== undefined && title !== chapter.title && title.endsWith(` ${chapter.title}`)
    ? chapter.title
    : title;
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
