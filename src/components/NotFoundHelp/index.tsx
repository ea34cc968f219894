import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import { chapters, numberedChapterTitle } from '@site/src/data/chapters';
import styles from './styles.module.css';

/** 404 페이지 아래쪽: 사이트 검색(검색 페이지로 가는 GET 폼, 자바스크립트 없이도 동작)과 개정판의 장 목록 */
export default function NotFoundHelp(): ReactNode {
  const searchPage = useBaseUrl('/search');
  return (
    <div className={styles.help}>
      <search className={styles.search}>
        <form action={searchPage} method="get" className={styles.form}>
          <label htmlFor="not-found-search" className={styles.label}>
            사이트 검색
          </label>
          <div className={styles.row}>
            <input
              id="not-found-search"
              className={styles.input}
              type="search"
              name="q"
              required
              placeholder="예: 포트 공개, 볼륨"
            />
            <button type="submit" className="button button--primary">
              검색
            </button>
          </div>
        </form>
      </search>
      <nav aria-labelledby="not-found-chapters">
        <Heading as="h2" id="not-found-chapters" className={styles.heading}>
          장 목록
        </Heading>
        <ul className={styles.list}>
          <li>
            <Link to="/docs">시리즈 소개</Link>
          </li>
          {chapters.map((chapter) => (
            <li key={chapter.id}>
              <Link to={`/docs${chapter.slug}`}>{numberedChapterTitle(chapter)}</Link>
            </li>
          ))}
          <li>
            <Link to="/docs/commands">명령어 사전</Link>
          </li>
          <li>
            <Link to="/docs/glossary">용어집</Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
