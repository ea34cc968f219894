import { useContext, useEffect, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {
  bookEditions,
  pdfDir,
  pdfManifestFile,
  type BookEditionKey,
  type PdfManifestEntry,
} from '@site/src/data/book';
import { editions } from '@site/src/data/editions';
import { PrintBookContext } from '@site/src/lib/printBook';
import { formatPdfSize, readPdfManifest } from './manifest';
import styles from './styles.module.css';

interface Props {
  /** 이 판의 책만 보입니다. 없으면 모든 판 */
  readonly edition?: BookEditionKey;
}

/**
 * 판마다 책의 PDF와 인쇄용 페이지로 가는 링크. PDF는 사이트를 빌드한 뒤에 만들므로, 빌드된 HTML에는 크기와 날짜를
 * 적을 수 없습니다. 링크는 서버에서 그려 두고(자바스크립트 없이도 동작), 크기와 날짜는 브라우저에서 PDF와 함께
 * 배포된 `pdf/manifest.json`을 읽어 채웁니다. 책 안(인쇄할 시리즈 소개)에서는 보이지 않습니다.
 *
 * PDF 링크는 이 빌드 뒤에 PDF를 만들 때(`customFields.bookPdf`, `npm run build`가 브라우저를 찾았을 때 켬)만 그립니다.
 * 그렇지 않은 빌드는 인쇄용 페이지로만 링크해 없는 파일을 가리키지 않습니다.
 */
export default function BookDownloads({ edition }: Props): ReactNode {
  const inBook = useContext(PrintBookContext);
  const withPdf = useDocusaurusContext().siteConfig.customFields?.bookPdf === true;
  const pdfBase = useBaseUrl(`/${pdfDir}/`);
  const [manifest, setManifest] = useState<readonly PdfManifestEntry[]>([]);

  useEffect(() => {
    if (inBook || !withPdf) return undefined;
    const controller = new AbortController();
    fetch(`${pdfBase}${pdfManifestFile}`, { signal: controller.signal })
      .then(async (response) => (response.ok ? readPdfManifest(await response.json()) : []))
      .then(setManifest)
      // 목록이 없으면(개발 서버, PDF를 만들기 전) 크기와 날짜 없이 링크만 둡니다.
      .catch(() => undefined);
    return () => controller.abort();
  }, [inBook, withPdf, pdfBase]);

  if (inBook) return null;
  const shown = bookEditions.filter((book) => edition === undefined || book.edition === edition);
  return (
    <ul className={styles.downloads} aria-label={withPdf ? '책으로 내려받기' : '책으로 읽기'}>
      {shown.map((book) => {
        const label = editions[book.edition].label;
        const entry = manifest.find((candidate) => candidate.edition === book.edition);
        return (
          <li key={book.edition} className={styles.item}>
            {withPdf && (
              <>
                <a href={`${pdfBase}${book.pdfFile}`} type="application/pdf" className={styles.pdf}>
                  {label} PDF 내려받기
                </a>
                <span className={styles.meta}>
                  {entry === undefined ? 'A4' : `A4, ${formatPdfSize(entry.bytes)}, ${entry.date} 만듦`}
                </span>
              </>
            )}
            <Link to={book.routePath} className={styles.print}>
              {label} 한 페이지로 보기(인쇄용)
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
