import type { ReactNode } from 'react';
import clsx from 'clsx';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { EditionKey } from '@site/src/data/editions';
import type { ReadingStatsData } from '@site/plugins/reading-stats/types';
import styles from './styles.module.css';

export interface Props {
  readonly chapterId: string;
  readonly edition: EditionKey;
  readonly className?: string;
}

/**
 * 장의 읽는 시간과 절 수("읽는 데 약 25분 · 절 12개"). 값은 빌드할 때 `plugins/reading-stats`가 그 판의 MDX에서
 * 계산한 것이고(가정은 `src/lib/content/readingStats.ts`), 홈 카드와 장 첫머리가 같은 값을 씁니다.
 */
export default function ChapterReadingStats({ chapterId, edition, className }: Props): ReactNode {
  const data = usePluginData('reading-stats') as ReadingStatsData | undefined;
  const stats = data?.[edition]?.[chapterId];
  if (stats === undefined) return null;
  return (
    <span
      className={clsx(styles.stats, className)}
      data-reading-stats={chapterId}
      data-edition={edition}
      data-minutes={stats.minutes}
      data-sections={stats.sections}
    >
      읽는 데 약 {stats.minutes}분 · 절 {stats.sections}개
    </span>
  );
}
