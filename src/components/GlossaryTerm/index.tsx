import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { useActiveVersion } from '@docusaurus/plugin-content-docs/client';
import { glossary, type GlossaryId } from '@site/src/data/glossary';
import { termWithId } from '@site/src/data/terms';
import { withoutBackticks } from '@site/src/lib/inlineCode';
import styles from './styles.module.css';

interface Props {
  /** `src/data/glossary.ts`의 용어 키. 없는 키는 타입 검사에서 걸립니다. */
  readonly id: GlossaryId;
  /** 본문에 보일 말. 없으면 용어집의 한국어 표기를 씁니다. */
  readonly children?: ReactNode;
}

/** 본문 속 용어를 같은 판의 용어집 항목으로 연결하고, 마우스를 올리면 한 줄 정의를 보여 줍니다. */
export default function GlossaryTerm({ id, children }: Props): ReactNode {
  const entry = glossary.find((candidate) => candidate.id === id);
  const versionPath = useActiveVersion(undefined)?.path;
  if (!entry || !versionPath) return children ?? id;
  // `namespace`처럼 코드 글꼴로 쓰기로 한 용어(src/data/terms.ts)는 기본 표기도 코드 글꼴로 보입니다.
  const label = termWithId(entry.id)?.codeFont ? <code>{entry.korean}</code> : entry.korean;
  return (
    <Link
      className={styles.term}
      to={`${versionPath}/glossary#${entry.id}`}
      title={withoutBackticks(entry.definition)}
    >
      {children ?? label}
    </Link>
  );
}
