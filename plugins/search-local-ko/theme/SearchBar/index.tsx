import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import { useHistory } from '@docusaurus/router';
import { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import ResultLink from '../../client/ResultLink';
import SnippetText from '../../client/SnippetText';
import { useSearchData, useSearchEdition } from '../../client/useSearchEdition';
import { loadSearchClient, useSearchResults } from '../../client/useSearchResults';
import styles from './styles.module.css';

/** 드롭다운에 보여 줄 결과 수. 더 보려면 결과 페이지로 갑니다. */
const dropdownLimit = 8;

function isMacLike(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
}

export default function SearchBar(): ReactNode {
  const data = useSearchData();
  const edition = useSearchEdition();
  const indexUrl = data.indexUrls[edition] ?? '';
  const history = useHistory();
  const searchPagePath = useBaseUrl('/search');
  const inputRef = useRef<HTMLInputElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const status = useSearchResults(indexUrl, query, dropdownLimit);
  // 서버에서 그린 HTML과 첫 렌더링이 같도록 브라우저에서만 운영체제를 봅니다.
  const shortcut = useIsBrowser() && isMacLike() ? '⌘ K' : 'Ctrl K';
  const id = useId();
  const listId = `${id}-results`;
  const optionId = useCallback((index: number): string => `${id}-option-${index}`, [id]);

  useEffect(() => {
    const onKeyDown = (event: globalThis.KeyboardEvent): void => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        inputRef.current?.focus();
        inputRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const startLoading = useCallback(() => {
    if (indexUrl)
      void loadSearchClient().then((client) => client.loadEngine(indexUrl).catch(() => undefined));
  }, [indexUrl]);

  const shown =
    status.kind === 'ready' ? status.results : status.kind === 'loading' ? status.stale : undefined;
  // 키보드로 오가는 선택지는 절 하나하나입니다(페이지 아래에 모인 절까지 순서대로).
  const groups = shown?.results ?? [];
  const results = groups.flatMap((group) => [
    { url: group.url, heading: group.heading || group.title, snippet: group.snippet },
    ...group.moreSections,
  ]);
  const editionLabel = data.editionLabels[shown?.edition ?? edition] ?? edition;
  const expanded = open && query.trim() !== '';
  const allResultsPath = `${searchPagePath}?${new URLSearchParams({ q: query.trim(), edition }).toString()}`;

  const close = (): void => {
    setOpen(false);
    setActiveIndex(-1);
  };

  // Tab으로 '검색 결과 모두 보기'에 가는 동안에는 닫지 않고, 검색 상자 밖으로 나갈 때만 닫습니다.
  const closeIfFocusLeaves = (event: FocusEvent): void => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || !containerRef.current?.contains(next)) close();
  };

  const go = (url: string): void => {
    close();
    inputRef.current?.blur();
    history.push(url);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setOpen(true);
        setActiveIndex((index) => (results.length === 0 ? -1 : (index + 1) % results.length));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setOpen(true);
        setActiveIndex((index) => (results.length === 0 ? -1 : index <= 0 ? results.length - 1 : index - 1));
        break;
      case 'Enter': {
        if (query.trim() === '') return;
        event.preventDefault();
        const chosen = results[activeIndex];
        go(chosen ? chosen.url : allResultsPath);
        break;
      }
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else {
          setQuery('');
          inputRef.current?.blur();
        }
        break;
      default:
        break;
    }
  };

  const label = translate({
    id: 'theme.SearchBar.label',
    message: '검색',
    description: '검색 상자의 레이블',
  });
  let statusText = '';
  if (status.kind === 'loading' && !status.stale) {
    statusText = translate({ id: 'theme.SearchBar.loading', message: '검색 색인을 불러오는 중…' });
  } else if (status.kind === 'error') {
    statusText = translate({
      id: 'theme.SearchBar.loadError',
      message: '검색 색인을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.',
    });
  } else if (status.kind === 'ready' && results.length === 0) {
    statusText = translate({ id: 'theme.SearchBar.noResultsText', message: '검색 결과가 없습니다' });
  } else if (status.kind === 'ready') {
    statusText = translate(
      { id: 'theme.SearchBar.resultCount', message: '{edition}에서 찾은 결과 {count}개' },
      { count: String(status.results.total), edition: editionLabel },
    );
  }

  return (
    <div ref={containerRef} className={styles.searchBar} role="search">
      <label htmlFor={`${id}-input`} className={styles.visuallyHidden}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={`${id}-input`}
        className={clsx('navbar__search-input', styles.input)}
        // HTML은 type=search 입력에 role=combobox를 허용하지 않습니다(Nu Html Checker 오류). WAI-ARIA의 콤보 상자
        // 예제처럼 type=text로 두고, 휴대폰 자판의 검색 키는 inputMode와 enterKeyHint로 얻습니다.
        type="text"
        inputMode="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        placeholder={label}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && activeIndex >= 0 ? optionId(activeIndex) : undefined}
        aria-keyshortcuts="Control+K Meta+K"
        value={query}
        onFocus={() => {
          setOpen(true);
          startLoading();
        }}
        onBlur={closeIfFocusLeaves}
        onChange={(event) => {
          setQuery(event.target.value);
          setActiveIndex(-1);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      <kbd className={styles.shortcut} aria-hidden="true">
        {shortcut}
      </kbd>
      <div
        className={clsx(styles.panel, !expanded && styles.hidden)}
        // 결과를 누르는 동안 입력란이 초점을 잃어 목록이 먼저 닫히지 않게 합니다.
        onMouseDown={(event) => event.preventDefault()}
      >
        <ul
          id={listId}
          role="listbox"
          aria-label={translate({ id: 'theme.SearchBar.resultsLabel', message: '검색 결과' })}
          // 테스트와 보조 기술이 지금 보이는 결과가 어느 검색어의 것인지 알 수 있게 둡니다.
          data-query={expanded ? (shown?.query ?? '') : ''}
          className={styles.results}
        >
          {expanded &&
            groups.map((group) => {
              const first = results.findIndex((option) => option.url === group.url);
              const options = results.slice(first, first + 1 + group.moreSections.length);
              return (
                // 한 페이지의 절들을 그 페이지 제목 아래에 모읍니다.
                <li key={group.url} role="none" className={styles.group}>
                  {/* `li`에는 group 역할을 줄 수 없어 안쪽 div가 묶음을 맡습니다. */}
                  <div role="group" aria-label={group.title}>
                    <span className={styles.groupTitle} aria-hidden="true">
                      {group.title}
                    </span>
                    <ul role="none" className={styles.groupOptions}>
                      {options.map((option, offset) => {
                        const index = first + offset;
                        return (
                          <li key={option.url} role="none">
                            {/* 선택지 자체가 진짜 링크라서 가운데 단추나 새 탭으로도 열 수 있습니다. 키보드 선택은 입력란이 맡습니다. */}
                            <ResultLink
                              id={optionId(index)}
                              role="option"
                              aria-selected={index === activeIndex}
                              className={clsx(styles.result, index === activeIndex && styles.active)}
                              href={option.url}
                              tabIndex={-1}
                              onMouseEnter={() => setActiveIndex(index)}
                              onClick={close}
                            >
                              <span className={styles.resultHeading}>{option.heading}</span>
                              <span className={styles.resultSnippet}>
                                <SnippetText segments={option.snippet} />
                              </span>
                            </ResultLink>
                          </li>
                        );
                      })}
                    </ul>
                  </div>
                </li>
              );
            })}
        </ul>
        <p className={styles.status} role="status" aria-live="polite">
          {expanded ? statusText : ''}
        </p>
        {expanded && (
          <Link className={styles.allResults} to={allResultsPath} onClick={close} onBlur={closeIfFocusLeaves}>
            {/* 링크 색은 Infima 규칙이 이기므로 글자 색은 안쪽 span에 둡니다. */}
            <span className={styles.allResultsText}>
              {translate({ id: 'theme.SearchBar.seeAll', message: '검색 결과 모두 보기' })}
            </span>
          </Link>
        )}
      </div>
    </div>
  );
}
