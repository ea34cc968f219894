import { bookEditions, type PdfManifestEntry } from '../../data/book';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** `pdf/manifest.json`을 읽습니다. 모르는 판이나 모양이 틀린 항목은 버립니다(크기와 날짜만 빠질 뿐입니다). */
export function readPdfManifest(json: unknown): PdfManifestEntry[] {
  if (!isRecord(json) || !Array.isArray(json.files)) return [];
  return json.files.flatMap((item: unknown): PdfManifestEntry[] => {
    if (!isRecord(item)) return [];
    const book = bookEditions.find((candidate) => candidate.edition === item.edition);
    const { file, bytes, date } = item;
    if (
      book === undefined ||
      typeof file !== 'string' ||
      typeof bytes !== 'number' ||
      typeof date !== 'string'
    ) {
      return [];
    }
    return [{ edition: book.edition, file, bytes, date }];
  });
}

/** 1 MB 이상은 MB로 소수 한 자리, 그보다 작으면 KB로 */
export function formatPdfSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? `${mb.toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
