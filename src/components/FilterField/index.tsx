import { useId, type ReactNode, type Ref } from 'react';
import { useInteractive } from '@site/src/hooks/useInteractive';
import type { CompositionSafeFilter } from '@site/src/hooks/useCompositionSafeFilter';
import styles from './styles.module.css';

export interface Props {
  /** 입력 상자의 이름표 */
  readonly label: string;
  readonly placeholder: string;
  /** `useCompositionSafeFilter()`가 돌려준 입력 상자 속성 */
  readonly filter: CompositionSafeFilter['inputProps'];
  /** 몇 개가 맞는지 알리는 문장. 화면 낭독기가 입력을 방해하지 않고(polite) 읽습니다. */
  readonly status: string;
  readonly inputRef?: Ref<HTMLInputElement>;
}

/**
 * 목록을 거르는 입력 상자와 결과 개수. 자바스크립트가 돌기 전(서버가 그린 HTML)에는 상자를 꺼 두어, 거를 수 없는
 * 상자에 글자를 넣게 하지 않습니다. 태그 탐색기와 명령어 사전이 함께 씁니다.
 */
export default function FilterField({ label, placeholder, filter, status, inputRef }: Props): ReactNode {
  const interactive = useInteractive();
  const id = useId();
  return (
    <div className={styles.filter}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        ref={inputRef}
        id={id}
        className={styles.input}
        type="search"
        {...filter}
        placeholder={placeholder}
        autoComplete="off"
        disabled={!interactive}
      />
      <p className={styles.status} role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
