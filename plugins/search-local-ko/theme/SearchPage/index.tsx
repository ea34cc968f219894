import { useId, useState, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import { useHistory, useLocation } from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import { translate } from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import ResultLink from '../../client/ResultLink';
import SnippetText from '../../client/SnippetText';
import { indexErrorMessage, isDevelopmentBuild } from '../../client/indexErrorMessage';
import { useSearchData, useSearchEdition } from '../../client/useSearchEdition';
import { useSearchResults } from '../../client/useSearchResults';
import styles from './styles.module.css';

/** 결과 페이지에 보여 줄 최대 페이지 수 */
const pageLimit = 50;

interface SearchFormProps {
  readonly initialQuery: string;
  readonly edition: string;
  readonly editions: Readonly<Record<string, string>>;
  readonly editionLabels: Readonly<Record<string, string>>;
  readonly onSearch: (query: string, edition: string) => void;
}

function SearchForm({
  initialQuery,
  edition,
  editions,
  editionLabels,
  onSearch,
}: SearchFormProps): ReactNode {
  const [draft, setDraft] = useState(initialQuery);
  const id = useId();
  return (
    <form
      className={styles.form}
      role="search"
      onSubmit={(event) => {
        event.preventDefault();
        onSearch(draft.trim(), edition);
      }}
    >
      <label htmlFor={`${id}-query`} className={styles.label}>
        {translate({ id: 'searchLocalKo.SearchPage.inputLabel', message: '검색어' })}
      </label>
      <input
        id={`${id}-query`}
        className={styles.input}
        type="search"
        value={draft}
        autoComplete="off"
        enterKeyHint="search"
        onChange={(event) => setDraft(event.target.value)}
      />
      <label htmlFor={`${id}-edition`} className={styles.label}>
        {translate({ id: 'searchLocalKo.SearchPage.editionLabel', message: '판' })}
      </label>
      <select
        id={`${id}-edition`}
        className={styles.select}
        value={edition}
        onChange={(event) => onSearch(draft.trim(), event.target.value)}
      >
        {Object.keys(editions).map((name) => (
          <option key={name} value={name}>
            {editionLabels[name] ?? name}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--primary">
        {translate({ id: 'searchLocalKo.SearchPage.submit', message: '검색' })}
      </button>
    </form>
  );
}

/**
 * 전체 검색 결과. 검색어와 판을 주소(`?q=…&edition=…`)에 두어 새로 고침하거나 주소를 공유해도 같은 결과가 나옵니다.
 */
function SearchPageContent(): ReactNode {
  const data = useSearchData();
  const readingEdition = useSearchEdition();
  const location = useLocation();
  const history = useHistory();
  // 서버에서 만든 HTML에는 검색어가 없으므로, 하이드레이션이 끝날 때까지는 검색어 없이 그려 둘이 같게 합니다.
  const isBrowser = useIsBrowser();
  const params = new URLSearchParams(isBrowser ? location.search : '');
  const query = params.get('q') ?? '';
  const requestedEdition = params.get('edition') ?? '';
  const edition = requestedEdition in data.indexUrls ? requestedEdition : readingEdition;
  const status = useSearchResults(data.indexUrls[edition], query, pageLimit);

  const update = (nextQuery: string, nextEdition: string): void => {
    const search = new URLSearchParams({ q: nextQuery, edition: nextEdition }).toString();
    history.replace({ search: `?${search}` });
  };

  const title = query
    ? translate(
        { id: 'searchLocalKo.SearchPage.existingResultsTitle', message: '"{query}" 검색 결과' },
        { query },
      )
    : translate({ id: 'searchLocalKo.SearchPage.emptyResultsTitle', message: '문서 검색' });

  return (
    <main className={`container margin-vert--lg ${styles.page}`}>
      <Head>
        <title>{title}</title>
        {/*
          검색어가 붙은 결과 페이지는 검색 엔진에 올릴 내용이 아닙니다. 검색어 없는 /search는 사이트의 검색 입구라
          색인되어도 되고, 그래야 사이트맵에 들어가 접근성·Lighthouse 검사(SEO의 is-crawlable)를 받습니다.
        */}
        {query ? <meta name="robots" content="noindex, follow" /> : null}
      </Head>
      <h1>{title}</h1>
      <SearchForm
        // 주소의 검색어가 바뀌면(뒤로 가기 등) 입력란도 그 검색어로 다시 시작합니다.
        key={`${edition}\n${query}`}
        initialQuery={query}
        edition={edition}
        editions={data.indexUrls}
        editionLabels={data.editionLabels}
        onSearch={update}
      />

      <p role="status" aria-live="polite" className={styles.count}>
        {status.kind === 'loading' &&
          translate({ id: 'searchLocalKo.SearchBar.loading', message: '검색 색인을 불러오는 중…' })}
        {status.kind === 'error' && translate(indexErrorMessage(isDevelopmentBuild))}
        {status.kind === 'ready' &&
          (status.results.total === 0
            ? translate({ id: 'searchLocalKo.SearchPage.noResultsText', message: '찾은 문서가 없습니다' })
            : translate(
                {
                  id: 'searchLocalKo.SearchPage.documentsFound.plurals',
                  message: '문서 {count}개를 찾았습니다',
                },
                { count: String(status.results.total) },
              ))}
      </p>

      {status.kind === 'ready' && status.results.results.length > 0 && (
        <ol
          className={styles.results}
          aria-label={translate({ id: 'searchLocalKo.SearchPage.resultsLabel', message: '검색 결과 목록' })}
        >
          {status.results.results.map((result) => (
            <li key={result.url} className={styles.result}>
              <h2 className={styles.resultTitle}>
                <ResultLink href={result.url}>{result.title}</ResultLink>
              </h2>
              <p className={styles.meta}>
                {result.kind === 'blog'
                  ? translate({ id: 'searchLocalKo.SearchPage.kindBlog', message: '블로그' })
                  : (data.editionLabels[edition] ?? edition)}
                {result.heading && ` › ${result.heading}`}
              </p>
              <p className={styles.snippet}>
                <SnippetText segments={result.snippet} />
              </p>
              {result.moreSections.length > 0 && (
                <ul className={styles.sections}>
                  {result.moreSections.map((section) => (
                    <li key={section.url}>
                      <ResultLink href={section.url}>{section.heading}</ResultLink>
                      <span className={styles.snippet}>
                        {' — '}
                        <SnippetText segments={section.snippet} />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}

export default function SearchPage(): ReactNode {
  return (
    <Layout description="도커 스터디의 개정판·초판 장과 블로그 글을 한국어 조사까지 헤아려 찾아봅니다.">
      <SearchPageContent />
    </Layout>
  );
}
