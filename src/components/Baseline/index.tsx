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

/** 표에서 버전 옆에 작게 덧붙이는 말: API의 최소 버전, Desktop의 배포일과 든 Engine */
function noteOf(key: BaselineKey): string | null {
  if (key === 'api') return `최소 ${baseline.api.minimumVersion}`;
  if (key === 'desktop')
    return `${baseline.desktop.released} 배포, Engine ${baseline.desktop.bundledEngine}·Compose ${baseline.desktop.bundledCompose} 포함`;
  return null;
}

/**
 * 개정판이 기준으로 삼는 버전(`src/data/baseline.ts`)을 보여 줍니다. 장 첫머리에는 그 장에 필요한 구성 요소만 한 줄로,
 * 변경 내역에는 모든 구성 요소를 읽은 출처와 함께 표로 보입니다.
 */
export default function Baseline({ show = defaultShown, variant = 'line' }: Props): ReactNode {
  if (variant === 'table') {
    // 두 열(이름, 버전과 출처)로 둡니다. 세 열이면 375px 휴대폰에서 출처 열이 좁아져 표가 가로로 밀립니다.
    return (
      <table className={styles.table}>
        <thead>
          <tr>
            <th scope="col">구성 요소</th>
            <th scope="col">버전과 확인한 곳</th>
          </tr>
        </thead>
        <tbody>
          {baselineKeys.map((key) => {
            const note = noteOf(key);
            return (
              <tr key={key}>
                <th scope="row">{baseline[key].name}</th>
                <td>
                  <span className={styles.version}>{baseline[key].version}</span>
                  {note && <span className={styles.note}> ({note})</span>}
                  <a className={styles.source} href={baseline[key].source.url}>
                    {baseline[key].source.label}
                  </a>
                </td>
              </tr>
            );
          })}
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
