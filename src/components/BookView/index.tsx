import type { ComponentProps, ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { MDXProvider } from '@mdx-js/react';
import type { PropDocContent } from '@docusaurus/plugin-content-docs';
import Layout from '@theme/Layout';
import MDXContent from '@theme/MDXContent';
import MDXA from '@theme/MDXComponents/A';
import { koreanCountWord } from '@site/src/lib/chapterCount';
import Heading from '@theme/Heading';
import { series } from '@site/src/data/series';
import { PrintBookContext } from '@site/src/lib/printBook';
import type { BookData, BookPart } from './types';
import BookSelfCheck, { BookDetails } from '@site/src/components/BookSelfCheck';
import { bookLinkTarget, bookPrintCss, plainHeadingText } from './bookLinks';
import styles from './styles.module.css';

interface Props {
  readonly data: BookData;
  /** 시리즈 소개와 그 판의 장의 MDX 모듈, 키는 `BookPart.anchor` */
  readonly contents: Readonly<Record<string, PropDocContent>>;
}

type HeadingLevel = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/**
 * 한 판의 시리즈 소개와 그 판의 장을 표지, 차례와 함께 한 페이지에 싣는 책. 인쇄(`npm run pdf`)를 위한 페이지입니다.
 * 장마다 제목 id가 겹치므로(`#summary` 등) 장의 앵커를 앞에 붙이고, 책에 실린 문서로 가는 링크는 책 안의 앵커로 바꿉니다.
 */
export default function BookView({ data, contents }: Props): ReactNode {
  const baseUrl = useBaseUrl('/');
  const brokenLinks = useBrokenLinks();
  const title = `${series.name} ${data.editionLabel}`;
  for (const part of data.parts) brokenLinks.collectAnchor(part.anchor);
  return (
    <Layout
      title={`${title} 책`}
      description={`${title}의 시리즈 소개와 ${koreanCountWord(data.parts.length - 1)} 장을 한 페이지에 모은 인쇄용 책입니다.`}
    >
      <Head>
        {/* 문서 페이지와 같은 글이므로 검색 엔진에는 문서 페이지만 내보입니다. */}
        <meta name="robots" content="noindex, follow" />
        <html className="book-print-page" />
      </Head>
      {/* 빌드의 HTML 압축이 이 CSS를 줄여 쓰므로 하이드레이션 때 글자가 다릅니다. 뜻은 같으므로 경고를 끕니다. */}
      <style suppressHydrationWarning>{bookPrintCss(data.parts)}</style>
      <PrintBookContext.Provider value>
        <main className={styles.book}>
          <section className={styles.cover} aria-labelledby="book-title">
            <p className={styles.coverKicker}>{series.homeTitle}</p>
            <h1 id="book-title" className={styles.coverTitle}>
              {series.name}
            </h1>
            <p className={styles.coverEdition}>{data.editionLabel}</p>
            <p className={styles.coverLead}>{series.lead}</p>
          </section>
          <nav className={styles.toc} aria-labelledby="book-toc">
            <h2 id="book-toc">차례</h2>
            <ol className={styles.tocParts}>
              {data.parts.map((part) => (
                <li key={part.anchor}>
                  <TocEntry target={part.anchor} className={styles.tocPart}>
                    {partHeading(part)}
                  </TocEntry>
                  <ol className={styles.tocSections}>
                    {(contents[part.anchor]?.toc ?? [])
                      .filter((item) => item.level === 2)
                      .map((item) => (
                        <li key={item.id}>
                          <TocEntry target={`${part.anchor}-${item.id}`}>
                            {plainHeadingText(item.value)}
                          </TocEntry>
                        </li>
                      ))}
                  </ol>
                </li>
              ))}
            </ol>
          </nav>
          {data.parts.map((part) => {
            const Content = contents[part.anchor];
            if (Content === undefined) return null;
            return (
              <BookChapter key={part.anchor} part={part} parts={data.parts} baseUrl={baseUrl}>
                <Content />
              </BookChapter>
            );
          })}
        </main>
      </PrintBookContext.Provider>
    </Layout>
  );
}

interface TocEntryProps {
  /** 차례 항목이 가리키는 제목의 id */
  readonly target: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * 차례의 한 줄: 제목, 점선, 쪽 번호. Chromium에는 `target-counter()`가 없으므로 쪽 번호는 `npm run pdf`가 한 번 인쇄해
 * 제목이 놓인 쪽을 읽은 뒤(`data-toc-page`) 채우고 다시 인쇄합니다. 번호 칸은 처음부터 폭을 잡아 두어 번호를 채워도
 * 줄바꿈과 쪽 나눔이 바뀌지 않습니다. 화면에서는 쪽이 없으므로 번호 칸과 점선을 숨깁니다.
 */
function TocEntry({ target, className, children }: TocEntryProps): ReactNode {
  return (
    <span className={styles.tocEntry}>
      <Link to={`#${target}`} className={className}>
        {children}
      </Link>
      <span className={styles.tocLeader} aria-hidden="true" />
      <span className={styles.tocPage} data-toc-page={target} />
    </span>
  );
}

function partHeading(part: BookPart): string {
  return part.number === '' ? part.title : `${part.number} ${part.title}`;
}

interface ChapterProps {
  readonly part: BookPart;
  readonly parts: readonly BookPart[];
  readonly baseUrl: string;
  readonly children: ReactNode;
}

function BookChapter({ part, parts, baseUrl, children }: ChapterProps): ReactNode {
  const heading =
    (as: HeadingLevel) =>
    ({ id, ...props }: ComponentProps<HeadingLevel>) => (
      <Heading as={as} {...props} id={id === undefined ? undefined : `${part.anchor}-${id}`} />
    );
  const components = {
    h2: heading('h2'),
    h3: heading('h3'),
    h4: heading('h4'),
    h5: heading('h5'),
    h6: heading('h6'),
    a: ({ href, ...props }: ComponentProps<'a'>) => (
      <MDXA {...props} href={href === undefined ? undefined : bookLinkTarget(href, part, parts, baseUrl)} />
    ),
    // Docusaurus의 MDX는 `<details>`를 `Details` 컴포넌트로 바꿔 씁니다.
    Details: BookDetails,
  };
  return (
    <article
      id={part.anchor}
      className={styles.part}
      data-book-part={part.anchor}
      aria-labelledby={`${part.anchor}-title`}
    >
      <header className={styles.partHeader}>
        {part.number === '' ? null : <p className={styles.partNumber}>{part.number}</p>}
        <h1 id={`${part.anchor}-title`}>{part.title}</h1>
      </header>
      {/* 문서 페이지와 같은 본문 스타일(`markdown`: 링크 밑줄, 간격)을 씁니다. */}
      <div className="markdown">
        <BookSelfCheck anchor={part.anchor}>
          <MDXContent>
            <MDXProvider components={components}>{children}</MDXProvider>
          </MDXContent>
        </BookSelfCheck>
      </div>
    </article>
  );
}
