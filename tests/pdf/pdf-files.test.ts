/**
 * `npm run pdf`가 만든 책 PDF를 검사합니다. 먼저 `npm run build:pages`(PDF까지 만듦)를 실행하세요.
 * poppler-utils(`pdfinfo`, `pdffonts`, `pdftotext`)가 필요합니다.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { pdfDir, pdfManifestFile } from '../../src/data/book';
import { readPdfManifest } from '../../src/components/BookDownloads/manifest';
import { bookSources, bookTitle, openingProse, squeeze } from '../support/book';
import { readPdfOutline } from '../../scripts/lib/pdfOutline';
import { buildDir } from '../../scripts/lib/site';
import { exitIfMissingTool } from '../../scripts/lib/toolError';
import { bookPdfMetadata } from '../../scripts/lib/pdfMetadata';
import { PDFDocument, PDFName } from 'pdf-lib';
import { requireTools } from '../../scripts/lib/tools';

exitIfMissingTool(() => requireTools(['poppler'], 'PDF 검사'));

const outDir = path.join(buildDir, pdfDir);

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function requireFile(file: string): string {
  if (!existsSync(file)) {
    throw new Error(`${file}이 없습니다. npm run build:pages(BOOK_PDF=true)로 사이트와 책 PDF를 만드세요.`);
  }
  return file;
}

function poppler(command: string, ...args: string[]): string {
  return execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** `pdffonts`의 표에서 글꼴마다 이름, 종류, emb 열을 읽습니다. 열 폭은 머리글 아래 `---` 줄로 나눕니다. */
function embeddedColumn(file: string): { name: string; type: string; embedded: string }[] {
  const lines = poppler('pdffonts', file).split('\n');
  const ruler = lines[1] ?? '';
  const columns: [number, number][] = [];
  for (const match of ruler.matchAll(/-+/g)) columns.push([match.index, match.index + match[0].length]);
  const cell = (line: string, column: number) => {
    const [start, end] = columns[column] ?? [0, 0];
    return line.slice(start, end + 1).trim();
  };
  return lines
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => ({ name: cell(line, 0), type: cell(line, 1), embedded: cell(line, 3) }));
}

test('목록(manifest.json)이 두 판의 PDF와 그 크기를 적는다', () => {
  const manifest = readPdfManifest(
    JSON.parse(readFileSync(requireFile(path.join(outDir, pdfManifestFile)), 'utf8')),
  );
  assert.deepEqual(
    manifest.map((entry) => entry.edition),
    bookSources.map(({ book }) => book.edition),
  );
  for (const entry of manifest) {
    assert.equal(entry.bytes, statSync(path.join(outDir, entry.file)).size, `${entry.file}의 크기`);
    assert.match(entry.date, /^\d{4}-\d{2}-\d{2}$/);
  }
});

for (const { book, files } of bookSources) {
  describe(book.pdfFile, () => {
    const file = path.join(outDir, book.pdfFile);

    test('A4이고 접근성 태그가 있다', () => {
      const info = poppler('pdfinfo', requireFile(file));
      assert.match(info, /^Page size:.*\(A4\)/m);
      assert.match(info, /^Tagged:\s+yes/m);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      assert.ok(pages > 20, `쪽 수가 ${pages}뿐입니다`);
    });

    test('문서 정보: 판의 제목, 한국어, 저자와 주제', async () => {
      const info = poppler('pdfinfo', '-enc', 'UTF-8', requireFile(file));
      const expected = bookPdfMetadata(book.edition);
      assert.match(expected.title, /^도커 스터디 (개정판|초판 \(2025\.02\))$/);
      assert.match(info, new RegExp(`^Title:\\s+${escapeRegExp(expected.title)}$`, 'm'));
      assert.match(info, new RegExp(`^Author:\\s+${escapeRegExp(expected.author)}$`, 'm'));
      assert.match(info, new RegExp(`^Subject:\\s+${escapeRegExp(expected.subject)}$`, 'm'));
      const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
      assert.equal(pdf.catalog.lookup(PDFName.of('Lang'))?.toString(), '(ko)', '카탈로그의 /Lang');
      assert.equal(pdf.catalog.getOrCreateViewerPreferences().getDisplayDocTitle(), true, 'DisplayDocTitle');
    });

    test('모든 글꼴이 PDF 안에 들어 있다', () => {
      const fonts = embeddedColumn(requireFile(file));
      assert.ok(fonts.length > 0, 'pdffonts가 글꼴을 하나도 찾지 못했습니다');
      const missing = fonts.filter((font) => font.embedded !== 'yes');
      assert.deepEqual(missing, [], '넣지 않은 글꼴은 읽는 기기에 따라 다르게 보입니다');
    });

    test('책갈피가 시리즈 소개와 여섯 장을 차례로 싣고, 각 장의 쪽에 제목과 한국어 본문이 있다', async () => {
      const outline = await readPdfOutline(requireFile(file));
      const pages = poppler('pdftotext', '-enc', 'UTF-8', file, '-').split('\f').map(squeeze);
      const titles = files.map(bookTitle);
      const items = titles.map((title) => {
        const item = outline.find((candidate) => candidate.title === title);
        assert.ok(
          item,
          `책갈피 최상위에 "${title}"이 없습니다: ${outline.map((entry) => entry.title).join(', ')}`,
        );
        return item;
      });
      assert.deepEqual(
        outline.map((entry) => entry.title).filter((title) => titles.includes(title)),
        titles,
        '책갈피의 장 순서',
      );
      for (const [index, item] of items.entries()) {
        const sourceFile = files[index] ?? '';
        assert.ok(item.children.length > 0, `"${item.title}" 아래에 절 책갈피가 없습니다`);
        assert.ok(item.page !== undefined, `"${item.title}" 책갈피가 쪽을 가리키지 않습니다`);
        const nextPage = items[index + 1]?.page ?? pages.length;
        const chapterText = pages.slice(item.page - 1, nextPage).join('');
        assert.ok(
          pages[item.page - 1]?.includes(squeeze(item.title)),
          `${item.page}쪽에 "${item.title}" 제목이 없습니다`,
        );
        const prose = openingProse(sourceFile);
        assert.ok(
          chapterText.includes(squeeze(prose)),
          `${path.basename(sourceFile)}의 본문 "${prose}"이 그 장의 쪽에 없습니다`,
        );
      }
    });
  });
}
