import {
  Children,
  createContext,
  isValidElement,
  useCallback,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentProps,
  type ReactElement,
  type ReactNode,
} from 'react';
import MDXDetails from '@theme/MDXComponents/Details';
import styles from './styles.module.css';

interface Answer {
  readonly key: string;
  /** 문서 순서로 정렬하는 데 씁니다. */
  readonly place: HTMLElement;
  readonly question: ReactNode;
  readonly answer: ReactNode;
}

type Register = (answer: Answer) => () => void;

const AnswerRegistry = createContext<Register | null>(null);

interface Props {
  /** 해답 제목의 id 앞에 붙는 장의 앵커, 예: `network` → `network-self-check-answers` */
  readonly anchor: string;
  readonly children: ReactNode;
}

const inDocumentOrder = (first: Answer, second: Answer): number =>
  first.place.compareDocumentPosition(second.place) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/**
 * 책의 한 장. 종이에서는 접힌 `<details>`를 펼칠 수 없어 셀프 체크의 답이 PDF에 없었습니다(이슈 #19).
 * 장 안의 질문(`BookDetails`)은 제자리에 질문만 남고, 답은 장 끝의 "셀프 체크 해답"에 질문과 같은 번호로 모입니다.
 * 질문 바로 아래에 답을 펼치면 문제를 읽는 눈에 답이 함께 들어오므로, 답은 다음 쪽부터 시작해 스스로 답해 본 뒤에
 * 넘겨 보게 합니다. 해답은 인쇄에서만 보입니다. 화면에서는 질문을 눌러 펼치면 됩니다.
 */
export default function BookSelfCheck({ anchor, children }: Props): ReactNode {
  const [answers, setAnswers] = useState<readonly Answer[]>([]);
  const register = useCallback<Register>((answer) => {
    setAnswers((list) => [...list.filter((item) => item.key !== answer.key), answer].sort(inDocumentOrder));
    return () => setAnswers((list) => list.filter((item) => item.key !== answer.key));
  }, []);
  return (
    <AnswerRegistry.Provider value={register}>
      {children}
      {answers.length === 0 ? null : (
        <section
          className={styles.answers}
          data-self-check-answers
          aria-labelledby={`${anchor}-self-check-answers`}
        >
          <h2 id={`${anchor}-self-check-answers`}>셀프 체크 해답</h2>
          <ol className={styles.answerList}>
            {answers.map((item) => (
              <li key={item.key}>
                <p className={styles.question}>{item.question}</p>
                {item.answer}
              </li>
            ))}
          </ol>
        </section>
      )}
    </AnswerRegistry.Provider>
  );
}

/** MDX가 `<summary>`를 그대로 두므로 Docusaurus의 MDXDetails처럼 요소 종류로 찾습니다. */
function isSummary(node: ReactNode): node is ReactElement<{ readonly children?: ReactNode }> {
  return isValidElement(node) && node.type === 'summary';
}

/** 책 안의 `<details>`: 화면에서는 문서 페이지와 같이 펼치고, 답은 장 끝의 해답(`BookSelfCheck`)에도 싣습니다. */
export function BookDetails(props: ComponentProps<'details'>): ReactNode {
  const register = useContext(AnswerRegistry);
  const key = useId();
  const place = useRef<HTMLDivElement>(null);
  const items = Children.toArray(props.children);
  const summary = items.find(isSummary);
  const answer = items.filter((item) => item !== summary);
  const question = summary?.props.children;
  // MDX 본문은 바뀌지 않으므로 처음 그릴 때의 질문과 답을 한 번 올립니다.
  const content = useRef({ question, answer });
  useEffect(() => {
    const element = place.current;
    if (register === null || element === null) return undefined;
    return register({ key, place: element, ...content.current });
  }, [register, key]);
  return (
    <div ref={place} data-self-check-question>
      <MDXDetails {...props} />
    </div>
  );
}
