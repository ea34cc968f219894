import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { baseline } from '@site/src/data/baseline';
import { editions } from '@site/src/data/editions';
import styles from './styles.module.css';

export interface Props {
  /** 안내 문단의 id(홈 안에서 이 안내로 건너가는 링크용) */
  readonly id: string;
}

/**
 * 장 카드(판마다 진행 줄이 하나씩)를 고르기 전에 어느 판을 읽을지 두 문장으로 권합니다.
 * 개정판은 기준 버전(`src/data/baseline.ts`)에 맞춘 판, 초판은 2025년 2월의 글을 그대로 두고 정정 상자만 붙인 판입니다.
 */
export default function EditionAdvice({ id }: Props): ReactNode {
  return (
    <p id={id} className={styles.advice} data-edition-advice>
      <strong>어느 판을 읽을까요?</strong> 지금 Docker를 배운다면 {baseline.engine.name}{' '}
      {baseline.engine.version}에 맞춰 고치고 보탠{' '}
      <Link to={editions.revised.basePath}>{editions.revised.label}</Link>을 읽으세요.{' '}
      <Link to={editions.first.basePath}>{editions.first.label}</Link>은 2025년 2월 기준으로 쓴 글을 그대로
      두고 틀린 곳에 정정 상자만 붙인 판이라, 원래 글과 견주어 보거나{' '}
      <Link to={`${editions.revised.basePath}/changes`}>무엇이 달라졌는지</Link> 살필 때 읽습니다.
    </p>
  );
}
