/**
 * 책 PDF로 공부할 수 있는지(이슈 #19): 셀프 체크의 답이 실렸는지, 인쇄된 차례의 쪽 번호가 제목이 실제로 놓인 쪽인지,
 * 쪽 여백 밖으로 나간(잘린) 글자가 없는지. 먼저 `npm run build:pages`(PDF까지 만듦)를 실행하세요.
 * poppler-utils(`pdftotext`)가 필요합니다. 인쇄에서 그림 글자 크기와 표 폭은 tests/browser/book-print.test.ts가 봅니다.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { pdfDir } from '../../src/data/book';
import { landscapePage, portraitPage, type PrintPage } from '../../src/lib/printPage';
import { readPdfDestinationPages, readPdfOutline } from '../../scripts/lib/pdfOutline';
import { buildDir } from '../../scripts/lib/site';
import { exitIfMissingTool } from '../../scripts/lib/toolError';
import { requireTools } from '../../scripts/lib/tools';
import { bookSources, bookTitle, squeeze } from '../support/book';

exitIfMissingTool(() => requireTools(['poppler'], 'PDF 검사'));

const outDir = path.join(buildDir, pdfDir);

function requireFile(file: string): string {
  if (!existsSync(file)) {
    throw new Error(`${file}이 없습니다. npm run build:pages(BOOK_PDF=true)로 사이트와 책 PDF를 만드세요.`);
  }
  return file;
}

function pdftotext(...args: string[]): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...args], {
    encoding: 'utf8',
    maxBuffer: 128 * 1024 * 1024,
  });
}

/** 쪽마다의 글(공백을 지운 것) */
function pageTexts(file: string): string[] {
  return pdftotext(file, '-').split('\f').map(squeeze);
}

interface Word {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
  readonly text: string;
}

interface BoxedPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly Word[];
}

const decodeEntities = (text: string): string =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** `pdftotext -bbox`: 쪽마다 크기(pt)와 낱말의 상자(pt, 왼쪽 위가 원점) */
function boxedPages(file: string, first?: number, last?: number): BoxedPage[] {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  const html = pdftotext('-bbox', ...range, file, '-');
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    words: [
      ...(page[3] ?? '').matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g,
      ),
    ].map((word) => ({
      xMin: Number(word[1]),
      yMin: Number(word[2]),
      xMax: Number(word[3]),
      yMax: Number(word[4]),
      text: decodeEntities(word[5] ?? ''),
    })),
  }));
}

/** 마크다운 본문에서 코드 펜스 밖의 줄만 */
function linesOutsideFences(file: string): string[] {
  let inFence = false;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return false;
      }
      return !inFence;
    });
}

/**
 * 장의 셀프 체크(`<details>`)마다 답에서 마크업 없이 이어지는 가장 긴 글 조각. PDF의 글과 공백을 지우고 비교합니다.
 */
function selfCheckAnswerSnippets(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/<details>\s*<summary>[\s\S]*?<\/summary>([\s\S]*?)<\/details>/g)].map(
    (match) => {
      const answer = (match[1] ?? '').trim();
      const pieces = answer
        .split(/[`*_[\]()<>{}]/)
        .map((piece) => piece.trim())
        .sort((first, second) => second.length - first.length);
      const longest = pieces[0] ?? '';
      if (longest.length < 12)
        throw new Error(`${file}: 답 "${answer.slice(0, 60)}"에서 비교할 글을 꺼내지 못했습니다`);
      return longest;
    },
  );
}

interface TocLink {
  readonly page: number;
  readonly destination: string;
  /** 왼쪽 위가 원점인 pt 좌표 */
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const pdfText = (value: PDFObject | undefined): string | undefined =>
  value instanceof PDFString || value instanceof PDFHexString
    ? value.decodeText()
    : value instanceof PDFName
      ? value.decodeText()
      : undefined;

/** 주어진 쪽들의 PDF 안 링크(이름 있는 목적지로 가는 것)와 그 자리 */
async function internalLinks(file: string, pages: readonly number[]): Promise<TocLink[]> {
  const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const links: TocLink[] = [];
  for (const pageNumber of pages) {
    const page = pdf.getPage(pageNumber - 1);
    const { width, height } = page.getSize();
    const annotations = page.node.lookup(PDFName.of('Annots'));
    if (!(annotations instanceof PDFArray)) continue;
    for (let index = 0; index < annotations.size(); index += 1) {
      const annotation = annotations.lookup(index);
      if (!(annotation instanceof PDFDict)) continue;
      if (annotation.lookup(PDFName.of('Subtype'))?.toString() !== '/Link') continue;
      const action = annotation.lookup(PDFName.of('A'));
      const destination = pdfText(
        annotation.lookup(PDFName.of('Dest')) ??
          (action instanceof PDFDict ? action.lookup(PDFName.of('D')) : undefined),
      );
      const rect = annotation.lookup(PDFName.of('Rect'));
      if (destination === undefined || !(rect instanceof PDFArray)) continue;
      const [x1, y1, x2, y2] = [0, 1, 2, 3].map((at) => {
        const value = rect.lookup(at);
        return value instanceof PDFNumber ? value.asNumber() : 0;
      }) as [number, number, number, number];
      // 화면 오른쪽 밖에 숨긴 건너뛰기 링크(left: 100%)는 인쇄하면 오른쪽 여백에 놓이므로 차례 항목으로 세지 않습니다.
      if (Math.min(x1, x2) >= width - mmToPt(portraitPage.margin.right) - 1) continue;
      links.push({
        page: pageNumber,
        destination,
        left: Math.min(x1, x2),
        right: Math.max(x1, x2),
        top: height - Math.max(y1, y2),
        bottom: height - Math.min(y1, y2),
      });
    }
  }
  return links;
}

const mmToPt = (mm: number): number => (mm * 72) / 25.4;

/** 여백 검사의 허용 폭(pt). 잘린 표나 그림은 이보다 훨씬 많이 넘칩니다. */
const slack = 1;

for (const { book, files } of bookSources) {
  describe(book.pdfFile, () => {
    const file = path.join(outDir, book.pdfFile);
    const frontCount = book.frontDocs.length;

    // 학습자 둘러보기(2026-12): 1장의 해답이 쪽 끝까지 찬 뒤 머리글과 쪽 번호만 있는 빈 쪽이 하나 나왔습니다.
    test('머리글과 쪽 번호만 있는 빈 쪽이 없다', () => {
      const blank = pageTexts(requireFile(file))
        .map((text, index) => ({ text, page: index + 1 }))
        .filter(({ text }) => text !== '' && /^\S{0,30}?\d{1,3}$/u.test(text));
      assert.deepEqual(
        blank.map(({ text, page }) => `${page}쪽: ${text}`),
        [],
        '빈 쪽이 있습니다',
      );
    });

    test('장마다 셀프 체크의 답이 모두 그 장의 "셀프 체크 해답"에 실렸다', async () => {
      const outline = await readPdfOutline(requireFile(file));
      const texts = pageTexts(file);
      const titles = files.map(bookTitle);
      const starts = titles.map((title) => outline.find((item) => item.title === title)?.page);
      const problems: string[] = [];
      let answers = 0;
      for (const [index, chapterFile] of files.entries()) {
        if (index < frontCount) continue;
        const start = starts[index];
        assert.ok(start !== undefined, `책갈피에 "${titles[index]}"이 없습니다`);
        const end = starts[index + 1] ?? texts.length + 1;
        const chapterPages = texts.slice(start - 1, end - 1);
        const appendixAt = chapterPages.findIndex((text) => text.includes('셀프체크해답'));
        if (appendixAt < 0) {
          problems.push(`${titles[index]}: "셀프 체크 해답"이 그 장의 쪽(${start}~${end - 1}쪽)에 없습니다`);
          continue;
        }
        const appendix = chapterPages.slice(appendixAt).join('');
        const snippets = selfCheckAnswerSnippets(chapterFile);
        assert.ok(snippets.length >= 3, `${chapterFile}: 셀프 체크가 ${snippets.length}문항뿐입니다`);
        for (const snippet of snippets) {
          answers += 1;
          if (!appendix.includes(squeeze(snippet))) {
            problems.push(`${titles[index]}: 답 "${snippet}"이 해답에 없습니다`);
          }
        }
      }
      assert.deepEqual(problems, [], problems.join('\n'));
      assert.ok(answers >= 6 * 3, `답을 ${answers}개만 확인했습니다`);
    });

    test('인쇄된 차례의 항목마다 쪽 번호가 있고, 그 쪽에 그 제목이 있다', async () => {
      requireFile(file);
      const destinations = await readPdfDestinationPages(readFileSync(file));
      const firstPart = destinations.get('intro');
      assert.ok(firstPart !== undefined && firstPart > 2, `시리즈 소개의 쪽을 찾지 못했습니다: ${firstPart}`);
      const tocPages = Array.from({ length: firstPart - 2 }, (_, index) => index + 2);
      const links = await internalLinks(file, tocPages);
      const expected =
        files.length +
        files.reduce(
          (count, source) => count + linesOutsideFences(source).filter((line) => /^## /.test(line)).length,
          0,
        );
      assert.equal(links.length, expected, '차례의 항목 수(장과 시리즈 소개, 그 아래의 절)');
      const boxes = boxedPages(file, tocPages[0], tocPages[tocPages.length - 1]);
      const texts = pageTexts(file);
      const problems: string[] = [];
      for (const link of links) {
        const words = boxes[link.page - 2]?.words ?? [];
        const onRow = (word: Word): boolean => {
          const middle = (word.yMin + word.yMax) / 2;
          return middle >= link.top - 1 && middle <= link.bottom + 1;
        };
        const title = words
          .filter((word) => onRow(word) && word.xMin >= link.left - 1 && word.xMax <= link.right + 1)
          .map((word) => word.text)
          .join('');
        const numbers = words.filter(
          (word) => onRow(word) && word.xMin > link.right && /^\d+$/.test(word.text),
        );
        const target = destinations.get(link.destination);
        if (numbers.length !== 1) {
          problems.push(
            `${link.page}쪽 "${title}": 쪽 번호 ${numbers.length}개(${numbers.map((w) => w.text)})`,
          );
        } else if (Number(numbers[0]?.text) !== target) {
          problems.push(
            `${link.page}쪽 "${title}": 차례에는 ${numbers[0]?.text}쪽, 제목은 ${target}쪽에 있습니다`,
          );
        } else if (title === '' || !(texts[target - 1] ?? '').includes(squeeze(title))) {
          problems.push(`${link.page}쪽 "${title}": ${target}쪽에 그 제목이 없습니다`);
        }
      }
      assert.deepEqual(problems, [], problems.join('\n'));
    });

    test('어느 쪽에서도 글자가 좌우 여백 밖으로 나가지 않는다(잘린 표, 코드, 그림이 없다)', () => {
      const pages = boxedPages(requireFile(file));
      const problems: string[] = [];
      for (const [index, page] of pages.entries()) {
        const layout: PrintPage = page.width > page.height ? landscapePage : portraitPage;
        // pdftotext의 낱말 상자는 글꼴의 글자 상자라 실제 글자보다 조금 넓습니다(본문 끝의 숫자가 0.1 pt 넘게 나옵니다).
        const left = mmToPt(layout.margin.left) - slack;
        const right = page.width - mmToPt(layout.margin.right) + slack;
        for (const word of page.words) {
          if (word.xMin < left || word.xMax > right) {
            problems.push(
              `${index + 1}쪽 "${word.text}": ${word.xMin.toFixed(1)}~${word.xMax.toFixed(1)} pt`,
            );
          }
        }
      }
      assert.ok(pages.length > 20);
      assert.deepEqual(problems.slice(0, 30), [], `여백 밖의 낱말 ${problems.length}개`);
    });
  });
}
