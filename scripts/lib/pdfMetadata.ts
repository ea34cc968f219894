import { readFile, writeFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import type { BookEditionKey } from '../../src/data/book';
import { editions } from '../../src/data/editions';
import { series } from '../../src/data/series';

/** 책 PDF의 문서 정보. 읽는 프로그램이 창 제목, 파일 속성, 화면 낭독기의 언어로 씁니다. */
export interface PdfMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject: string;
  readonly keywords: readonly string[];
  /** BCP 47 언어 태그, 예: `ko` */
  readonly language: string;
}

/**
 * Chromium은 PDF의 제목을 페이지의 `<title>`(`도커 스터디 개정판 책 | 도커 스터디`)로 적고 언어, 저자, 주제는 적지
 * 않습니다. 그것들을 문서 정보(`/Info`)와 카탈로그의 `/Lang`에 적고, 읽는 프로그램이 파일 이름 대신 제목을 창에 보이도록
 * `DisplayDocTitle`을 켭니다. 만든 프로그램(`Creator`, `Producer`)과 날짜는 Chromium이 적은 그대로 둡니다.
 */
export async function setPdfMetadata(file: string, metadata: PdfMetadata): Promise<void> {
  const pdf = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  pdf.setTitle(metadata.title, { showInWindowTitleBar: true });
  pdf.setAuthor(metadata.author);
  pdf.setSubject(metadata.subject);
  pdf.setKeywords([...metadata.keywords]);
  pdf.setLanguage(metadata.language);
  await writeFile(file, await pdf.save());
}

/** 판마다의 문서 정보: 제목은 `도커 스터디 개정판`, `도커 스터디 초판 (2025.02)` */
export function bookPdfMetadata(edition: BookEditionKey): PdfMetadata {
  return {
    title: `${series.name} ${editions[edition].label}`,
    author: series.name,
    subject: series.description,
    keywords: ['Docker', '도커', '컨테이너', 'Dockerfile', 'namespace', 'cgroups'],
    language: 'ko',
  };
}
