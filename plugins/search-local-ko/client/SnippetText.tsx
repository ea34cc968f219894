import type { ReactNode } from 'react';
import type { TextSegment } from '../../../src/search/highlight';
import styles from './SnippetText.module.css';

/** 발췌문을 글자 조각과 `<mark>`로 그립니다. 본문을 HTML로 끼워 넣지 않기 위해 조각으로 받습니다. */
export default function SnippetText({ segments }: { readonly segments: readonly TextSegment[] }): ReactNode {
  return segments.map((segment, index) =>
    segment.highlighted ? (
      <mark key={index} className={styles.mark}>
        {segment.text}
      </mark>
    ) : (
      <span key={index}>{segment.text}</span>
    ),
  );
}
