import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import BookDownloads from '@site/src/components/BookDownloads';
import ChapterCards from '@site/src/components/ChapterCards';
import EditionAdvice from '@site/src/components/EditionAdvice';
import ResumeReading from '@site/src/components/ResumeReading';
import { chapters } from '@site/src/data/chapters';
import { chapterCountPhrase } from '@site/src/lib/chapterCount';
import { series } from '@site/src/data/series';
import styles from './index.module.css';

export default function Home(): ReactNode {
  return (
    <Layout title={series.homeTitle} description={series.description}>
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.heroTitle}>
            {series.name}
          </Heading>
          <p className={styles.heroLead}>{series.lead}</p>
          <div className={styles.actions}>
            {/* 설치부터 안내하는 시작하기가 주 버튼이고, 이미 Docker가 있는 독자는 옆 버튼으로 1장에 바로 갑니다. */}
            <Link className="button button--primary button--lg" to="/docs/getting-started">
              시작하기
            </Link>
            <Link className="button button--secondary button--lg" to={`/docs${chapters[0].slug}`}>
              1장부터 읽기
            </Link>
            <Link className="button button--secondary button--lg" to="/docs">
              시리즈 소개
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <ResumeReading headingId="resume-heading" />
        <section aria-labelledby="chapters-heading">
          <Heading as="h2" id="chapters-heading" className={styles.sectionTitle}>
            {chapterCountPhrase('revised')}
          </Heading>
          <EditionAdvice id="edition-advice" />
          <ChapterCards chapters={chapters} docsBasePath="/docs" />
        </section>
        <section aria-labelledby="book-heading" className="margin-top--lg">
          <Heading as="h2" id="book-heading" className={styles.sectionTitle}>
            책으로 읽기
          </Heading>
          <BookDownloads />
        </section>
      </main>
    </Layout>
  );
}
