import type { ReactNode } from 'react';
import type { EditionKey } from '@site/src/data/chapters';
import { chapterCountPhrase } from '@site/src/lib/chapterCount';

interface Props {
  /** 어느 판의 장을 셀지 (`src/data/editions.ts`의 키) */
  readonly edition?: EditionKey;
}

/** 문서에서 장의 수를 말할 때 쓰는 `여섯 개의 장`. 장을 더하거나 빼면 `src/data/chapters.ts`를 따라 바뀝니다 */
export default function ChapterCount({ edition = 'revised' }: Props): ReactNode {
  return chapterCountPhrase(edition);
}
