import { readFile, writeFile } from 'node:fs/promises';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRef,
  PDFString,
  type PDFObject,
} from 'pdf-lib';

/** PDF 책갈피(outline) 항목 하나 */
export interface OutlineItem {
  readonly title: string;
  /** 책갈피가 가리키는 쪽 (1부터). 찾지 못하면 undefined */
  readonly page: number | undefined;
  readonly children: readonly OutlineItem[];
}

function text(value: PDFObject | undefined): string {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : '';
}

interface Destinations {
  readonly pdf: PDFDocument;
  readonly lookupDict: (value: PDFObject | undefined) => PDFDict | undefined;
  /** 이름 있는 목적지의 이름 → 목적지 */
  readonly named: ReadonlyMap<string, PDFObject>;
  /** 목적지(배열, 이름, GoTo 딕셔너리)가 가리키는 쪽 (1부터) */
  readonly pageOf: (destination: PDFObject | undefined) => number | undefined;
}

/**
 * 목적지는 `/Dest` 배열이나 `/A`의 GoTo 동작, 이름 있는 목적지(`/Dests`, `/Names`)로 적히므로 셋 모두 쪽 번호로 풉니다.
 */
async function loadDestinations(bytes: Uint8Array): Promise<Destinations> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const context = pdf.context;
  const pageNumbers = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index + 1]));
  const lookupDict = (value: PDFObject | undefined): PDFDict | undefined => {
    const resolved = value instanceof PDFRef ? context.lookup(value) : value;
    return resolved instanceof PDFDict ? resolved : undefined;
  };
  const namedDestinations = new Map<string, PDFObject>();
  const collectNames = (node: PDFDict | undefined): void => {
    if (node === undefined) return;
    const names = node.lookup(PDFName.of('Names'));
    if (names instanceof PDFArray) {
      for (let index = 0; index + 1 < names.size(); index += 2) {
        const destination = names.lookup(index + 1);
        if (destination !== undefined) namedDestinations.set(text(names.lookup(index)), destination);
      }
    }
    const kids = node.lookup(PDFName.of('Kids'));
    if (kids instanceof PDFArray) {
      for (let index = 0; index < kids.size(); index += 1) collectNames(lookupDict(kids.get(index)));
    }
  };
  collectNames(lookupDict(lookupDict(pdf.catalog.get(PDFName.of('Names')))?.get(PDFName.of('Dests'))));
  const oldDests = lookupDict(pdf.catalog.get(PDFName.of('Dests')));
  for (const [key, value] of oldDests?.entries() ?? []) namedDestinations.set(key.decodeText(), value);

  const pageOf = (destination: PDFObject | undefined): number | undefined => {
    let target = destination instanceof PDFRef ? context.lookup(destination) : destination;
    if (target instanceof PDFString || target instanceof PDFHexString)
      target = namedDestinations.get(target.decodeText());
    if (target instanceof PDFName) target = namedDestinations.get(target.decodeText());
    if (target instanceof PDFDict) target = target.lookup(PDFName.of('D'));
    if (!(target instanceof PDFArray)) return undefined;
    const pageRef = target.get(0);
    return pageRef instanceof PDFRef ? pageNumbers.get(pageRef.toString()) : undefined;
  };
  return { pdf, lookupDict, named: namedDestinations, pageOf };
}

/**
 * 이름 있는 목적지마다 그 쪽 번호(1부터). Chromium은 PDF 안 링크(`#id`)가 가리키는 요소마다 그 id로 목적지를 만들므로,
 * 책의 차례가 가리키는 제목이 몇 쪽에 있는지 알 수 있습니다.
 */
export async function readPdfDestinationPages(bytes: Uint8Array): Promise<Map<string, number>> {
  const { named, pageOf } = await loadDestinations(bytes);
  const pages = new Map<string, number>();
  for (const [name, destination] of named) {
    const page = pageOf(destination);
    if (page !== undefined) pages.set(name, page);
  }
  return pages;
}

/** PDF의 `/Outlines` 트리를 읽습니다(`/First`, `/Next`로 이어진 목록). */
export async function readPdfOutline(file: string): Promise<OutlineItem[]> {
  const { pdf, lookupDict, pageOf } = await loadDestinations(await readFile(file));
  const readList = (first: PDFDict | undefined): OutlineItem[] => {
    const items: OutlineItem[] = [];
    for (let item = first; item !== undefined; item = lookupDict(item.get(PDFName.of('Next')))) {
      const action = lookupDict(item.get(PDFName.of('A')));
      items.push({
        title: text(item.lookup(PDFName.of('Title'))),
        page: pageOf(item.get(PDFName.of('Dest')) ?? action?.get(PDFName.of('D'))),
        children: readList(lookupDict(item.get(PDFName.of('First')))),
      });
    }
    return items;
  };
  const outlines = lookupDict(pdf.catalog.get(PDFName.of('Outlines')));
  return readList(lookupDict(outlines?.get(PDFName.of('First'))));
}

/** 책갈피 항목(딕셔너리)을 문서 순서(항목, 그 아래 항목, 다음 항목)로 돌려줍니다. */
function outlineItemsInOrder(pdf: PDFDocument): PDFDict[] {
  const context = pdf.context;
  const lookupDict = (value: PDFObject | undefined): PDFDict | undefined => {
    const resolved = value instanceof PDFRef ? context.lookup(value) : value;
    return resolved instanceof PDFDict ? resolved : undefined;
  };
  const items: PDFDict[] = [];
  const visit = (first: PDFDict | undefined): void => {
    for (let item = first; item !== undefined; item = lookupDict(item.get(PDFName.of('Next')))) {
      items.push(item);
      visit(lookupDict(item.get(PDFName.of('First'))));
    }
  };
  visit(lookupDict(lookupDict(pdf.catalog.get(PDFName.of('Outlines')))?.get(PDFName.of('First'))));
  return items;
}

/**
 * Chromium 156이 제목에서 만든 책갈피는 쪽 맨 위에 온 제목의 글자를 두 번 적고(`차례차례`), 줄이 바뀐 자리의
 * 띄어쓰기를 빼먹습니다. 책갈피는 페이지의 제목(h1~h6)에서 문서 순서대로 만들어지므로, 같은 순서로 모은 제목
 * 글자(`titles`)로 이름만 바꿉니다. 수가 다르면 어느 쪽이 틀렸는지 알 수 없으므로 멈춥니다.
 */
export async function retitlePdfOutline(file: string, titles: readonly string[]): Promise<void> {
  const pdf = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const items = outlineItemsInOrder(pdf);
  if (items.length !== titles.length) {
    throw new Error(
      `${file}: 책갈피 ${items.length}개와 페이지의 제목 ${titles.length}개의 수가 다릅니다. 보이지 않는 제목이 있는지 책 페이지(src/components/BookView)를 확인하세요.`,
    );
  }
  items.forEach((item, index) => item.set(PDFName.of('Title'), PDFHexString.fromText(titles[index] ?? '')));
  await writeFile(file, await pdf.save());
}
