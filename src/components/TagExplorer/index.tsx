import type { ReactNode } from 'react';
import { useEffect, useMemo, useRef } from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import { useCompositionSafeFilter } from '@site/src/hooks/useCompositionSafeFilter';
import { useInteractive } from '@site/src/hooks/useInteractive';
import { useHistory, useLocation } from '@docusaurus/router';
import type { ExplorerItem, ExplorerTag, TagExplorerData } from '@site/plugins/tag-explorer/types';
import { normalizeForSearch, parseSelectedTags, selectionParameter, selectionSearch } from './selection';
import FilterField from '@site/src/components/FilterField';
import styles from './styles.module.css';

export interface Props {
  /** `plugins/tag-explorer`가 빌드 때 모은 태그와 문서, 글 */
  readonly data: TagExplorerData;
}

const kindLabels: Readonly<Record<ExplorerItem['kind'], string>> = {
  doc: '문서',
  post: '블로그',
};

function countText(tag: ExplorerTag): string {
  const parts = [];
  if (tag.docCount > 0) parts.push(`문서 ${tag.docCount}`);
  if (tag.postCount > 0) parts.push(`글 ${tag.postCount}`);
  return parts.join(' · ');
}

interface TagToggleProps {
  readonly tag: ExplorerTag;
  readonly pressed: boolean;
  readonly onToggle: (key: string) => void;
  readonly buttonRef: (element: HTMLButtonElement | null) => void;
}

/**
 * 태그 하나의 토글 버튼. 태그 목록을 감싼 GET 폼의 제출 버튼(`name="tags"`, `value=<키>`)이기도 해서, 자바스크립트가
 * 돌기 전에 누르면 브라우저가 `?tags=<키>`로 이동하고, 돈 뒤에는 제출을 막고 선택을 켜고 끕니다. 서버 HTML과 하이드레이션
 * 뒤가 같은 요소라서, 하이드레이션 직후 링크를 지우고 버튼을 새로 넣는 일(휴대폰에서 긴 작업 하나)이 없습니다.
 */
function TagToggle({ tag, pressed, onToggle, buttonRef }: TagToggleProps): ReactNode {
  return (
    <button
      ref={buttonRef}
      type="submit"
      name={selectionParameter}
      value={tag.key}
      className={clsx(styles.toggle, pressed && styles.pressed)}
      aria-pressed={pressed}
      onClick={(event) => {
        event.preventDefault();
        onToggle(tag.key);
      }}
    >
      <span className={styles.tagLabel}>{tag.label}</span>
      <span className={styles.tagCount}>{countText(tag)}</span>
    </button>
  );
}

/** 문서(두 판)와 블로그 글을 태그로 함께 찾는 페이지 */
export default function TagExplorer({ data }: Props): ReactNode {
  const interactive = useInteractive();
  const location = useLocation();
  const history = useHistory();
  const { query, inputProps } = useCompositionSafeFilter();
  const filterRef = useRef<HTMLInputElement>(null);
  const toggleButtons = useRef(new Map<string, HTMLButtonElement>());
  // 선택을 주소에 넣으면(history.push) Docusaurus가 화면 낭독기를 위해 포커스를 페이지 맨 앞으로 옮깁니다.
  // 같은 페이지 안의 토글이므로, 바뀐 주소가 그려진 뒤 포커스를 누른 자리로 되돌립니다.
  // 태그를 새로 고르면 결과가 태그 목록 위로 오고 포커스와 화면이 결과 제목으로 갑니다(이슈 #19: 전에는 결과가 태그 카드
  // 여섯 화면 아래에 있어 눌러도 아무 일이 없는 것처럼 보였습니다).
  const pendingFocus = useRef<{ readonly tagKey: string } | 'filter' | 'results' | null>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const tagsByKey = useMemo(() => new Map(data.tags.map((tag) => [tag.key, tag])), [data.tags]);
  const knownKeys = useMemo(() => new Set(tagsByKey.keys()), [tagsByKey]);
  const selected = useMemo(
    () => (interactive ? parseSelectedTags(location.search, knownKeys) : []),
    [interactive, location.search, knownKeys],
  );

  const visibleTags = useMemo(() => {
    const needle = normalizeForSearch(query);
    if (needle === '') return data.tags;
    return data.tags.filter((tag) =>
      [tag.label, tag.key, tag.description].some((text) => normalizeForSearch(text).includes(needle)),
    );
  }, [data.tags, query]);

  const results = useMemo(
    () =>
      selected.length === 0
        ? []
        : data.items.filter((item) => selected.every((key) => item.tags.includes(key))),
    [data.items, selected],
  );

  useEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target === null) return;
    if (target === 'results') {
      resultsHeading.current?.focus({ preventScroll: true });
      resultsHeading.current?.scrollIntoView({ block: 'start' });
      return;
    }
    const element = target === 'filter' ? filterRef.current : toggleButtons.current.get(target.tagKey);
    element?.focus({ preventScroll: true });
  }, [location.search]);

  const select = (keys: readonly string[]): void => {
    history.push({ pathname: location.pathname, search: selectionSearch(keys) });
  };
  const toggle = (key: string): void => {
    const next = selected.includes(key) ? selected.filter((other) => other !== key) : [...selected, key];
    pendingFocus.current =
      next.length > selected.length ? 'results' : next.length === 0 ? 'filter' : { tagKey: key };
    select(next);
  };

  const selectedLabels = selected.map((key) => tagsByKey.get(key)?.label ?? key);
  const resultStatus =
    selected.length === 0
      ? '태그를 하나 이상 고르면 그 태그를 모두 가진 문서와 글이 여기에 나옵니다.'
      : `${selectedLabels.join(', ')} 태그를 모두 가진 문서와 글: ${results.length}건`;

  const tagSection = (
    <section aria-labelledby="tag-list-heading" className={styles.section}>
      <Heading as="h2" id="tag-list-heading">
        태그
      </Heading>
      <FilterField
        label="태그 이름으로 거르기"
        placeholder="예: 네트워크, cgroups"
        filter={inputProps}
        inputRef={filterRef}
        status={
          query.trim() === ''
            ? `태그 ${data.tags.length}개`
            : `태그 ${data.tags.length}개 중 ${visibleTags.length}개가 맞습니다.`
        }
      />
      <form method="get" action={location.pathname}>
        <ul className={clsx('clean-list', styles.tags)} aria-label="태그 목록">
          {visibleTags.map((tag) => (
            <li key={tag.key} className={styles.tag} data-tag-key={tag.key}>
              <TagToggle
                tag={tag}
                pressed={selected.includes(tag.key)}
                onToggle={toggle}
                buttonRef={(element) => {
                  if (element) toggleButtons.current.set(tag.key, element);
                  else toggleButtons.current.delete(tag.key);
                }}
              />
              {tag.description !== '' && <p className={styles.tagDescription}>{tag.description}</p>}
              <p className={styles.tagPages}>
                태그 페이지:{' '}
                {tag.pages.map((page, index) => (
                  <span key={page.permalink}>
                    {index > 0 && ' · '}
                    <Link to={page.permalink}>{page.label}</Link>
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      </form>
    </section>
  );
  const resultsSection = (
    <section aria-labelledby="tag-results-heading" className={styles.section}>
      <Heading as="h2" id="tag-results-heading" ref={resultsHeading} tabIndex={-1}>
        찾은 문서와 글
      </Heading>
      {selected.length > 0 && (
        <div className={styles.selection}>
          <span>고른 태그:</span>
          {selected.map((key) => (
            <button
              key={key}
              type="button"
              className={styles.chip}
              onClick={() => toggle(key)}
              aria-label={`${tagsByKey.get(key)?.label ?? key} 태그 빼기`}
            >
              {tagsByKey.get(key)?.label ?? key} <span aria-hidden="true">×</span>
            </button>
          ))}
          <button
            type="button"
            className={styles.clear}
            onClick={() => {
              pendingFocus.current = 'filter';
              select([]);
            }}
          >
            모두 지우기
          </button>
        </div>
      )}
      <p className={styles.resultStatus} role="status" aria-live="polite">
        {resultStatus}
      </p>
      {results.length > 0 && (
        <ul className={clsx('clean-list', styles.results)}>
          {results.map((item) => (
            <li key={item.permalink} className={styles.result} data-permalink={item.permalink}>
              <p className={styles.resultMeta}>
                <span className={clsx(styles.badge, item.kind === 'post' && styles.badgePost)}>
                  {kindLabels[item.kind]}
                </span>
                {item.edition !== null && <span className={styles.edition}>{item.edition}</span>}
              </p>
              <Link to={item.permalink} className={styles.resultTitle}>
                {item.title}
              </Link>
              {item.description !== '' && <p className={styles.resultDescription}>{item.description}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );

  return (
    <Layout
      title="태그로 찾기"
      description="도커 스터디의 문서(개정판과 초판)와 블로그 글을 태그로 함께 찾습니다."
    >
      <main className={clsx('container', 'margin-vert--lg', styles.page)}>
        <Heading as="h1">태그로 찾기</Heading>
        <p className={styles.lead}>
          문서의 두 판과 블로그 글에 붙은 태그를 한곳에 모았습니다. 태그를 여러 개 고르면 그 태그를 모두 가진
          문서와 글만 남습니다. 고른 태그는 주소에 남으므로 그대로 공유할 수 있습니다.
        </p>

        {selected.length > 0 ? resultsSection : null}
        {tagSection}
        {selected.length > 0 ? null : resultsSection}
      </main>
    </Layout>
  );
}
