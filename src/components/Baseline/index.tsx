import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { baseline, baselineKeys, type BaselineKey } from '@site/src/data/baseline';
import { editions } from '@site/src/data/editions';
import styles from './styles.module.css';

interface Props {
  /** 보일 구성 요소. 없으면 Engine, Desktop, Compose */
  readonly show?: readonly BaselineKey[];
  /** `line`은 장 첫머리의 한 줄, `table`은 모든 구성 요소와 출처를 담은 표(변경 내역) */
  readonly variant?: 'line' | 'table';
}

const defaultShown: readonly BaselineKey[] = ['engine', 'desktop', 'compose'];

/** 변경 내역에서 기준 버전의 표가 있는 절 */
export const baselineSectionPath = `${editions.revised.basePath}/changes#baseline`;

function describe(key: BaselineKey): string {
  const component = baseline[key];
  if (key === 'api') return `${component.name} ${component.version} (최소 ${baseline.api.minimumVersion})`;
  if (key === 'desktop')
    return `${component.name} ${component.version} (Engine ${baseline.desktop.bundledEngine} 포함)`;
  return `${component.name} ${component.version}`;
}

/**
 * 개정판이 기준으로 삼는 버전(`src/data/baseline.ts`)을 보여 줍니다. 장 첫머리에는 그 장에 필요한 구성 요소만 한 줄로,
 * 변경 내역에는 모든 구성 요소를 읽은 출처와 함께 표로 보입니다.
 */
export default function Baseline({ show = defaultShown, variant = 'line' }: Props): ReactNode {
  if (variant === 'table') {
    return (
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">구성 요소</th>
            <th scope="col">버전</th>
            <th scope="col">확인한 곳</th>
          </tr>
        </thead>
        <tbody>
          {baselineKeys.map((key) => (
            <tr key={key}>
              <th scope="row">{baseline[key].name}</th>
              <td>
                {key === 'api'
                  ? `${baseline.api.version} (최소 ${baseline.api.minimumVersion})`
                  : baseline[key].version}
              </td>
              <td>
                <a href={baseline[key].source.url}>{baseline[key].source.label}</a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  // 모든 장의 첫머리에 되풀이되는 줄이라 검색 색인에서 뺍니다(`기준 버전`으로 찾으면 변경 내역의 표가 나옵니다).
  return (
    <p className={styles.line} data-search-skip="">
      <strong className={styles.label}>기준 버전</strong>{' '}
      {show.map((key, index) => (
        <span key={key}>
          {index > 0 && ' · '}
          <span className={styles.item}>{describe(key)}</span>
        </span>
      ))}{' '}
      <Link to={baselineSectionPath} className={styles.more}>
        출처
      </Link>
    </p>
  );
}
