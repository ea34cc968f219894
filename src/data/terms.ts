/**
 * 사이트가 고른 용어: 한 개념에는 한 표기만 씁니다. 용어집(`glossary.ts`)은 여기 있는 표기를 가져다 쓰고,
 * 콘텐츠 테스트(`tests/content/terminology.test.ts`)는 두 판의 문서, 블로그 글, 용어집 데이터, 태그 설명의
 * 본문에서 `refused`의 표기를 찾으면 파일, 줄, 고른 표기를 알려 주며 실패합니다.
 * 코드 블록, 인라인 코드(`…`), 인용(`>`)은 검사하지 않습니다: 명령이나 원문을 그대로 옮긴 곳이기 때문입니다.
 */
export interface ChosenTerm {
  /** 용어의 키. 용어집 항목이 이 용어를 쓰면 그 항목도 같은 키를 씁니다 */
  readonly id: string;
  /** 사이트가 쓰는 표기 */
  readonly term: string;
  /** 쓰지 않는 표기. 띄어쓰기는 있든 없든 같은 것으로 봅니다 */
  readonly refused: readonly string[];
  /** 쓰지 않는 표기를 품고 있지만 써도 되는 말: 다른 뜻(로그 드라이버의 `로그 저장 방식`)이거나 원래 글의 제목 */
  readonly allowed?: readonly string[];
  /**
   * 코드 글꼴로만 쓰는 영어 낱말: 본문에서 이 낱말이 인라인 코드(`…`) 밖에 있으면 걸립니다.
   * 태그 이름과 front matter의 설명처럼 코드 글꼴을 쓸 수 없는 곳은 검사하지 않습니다.
   */
  readonly codeFont?: true;
  /** 왜 이 표기를 골랐는지 */
  readonly reason: string;
}

export const terms = [
  {
    id: 'build-context',
    term: '빌드 컨텍스트',
    refused: ['빌드 맥락'],
    reason:
      'Docker 문서의 build context를 엔지니어가 부르는 그대로 옮깁니다. 장 본문과 CLI 도움말 번역이 이 표기를 씁니다.',
  },
  {
    id: 'accounting',
    term: '계량',
    refused: ['계측'],
    reason: 'cgroups의 accounting(쓴 양을 세는 일)입니다. 장 본문이 쓰는 계량으로 맞춥니다.',
  },
  {
    id: 'writable-layer',
    term: '쓰기 레이어',
    refused: ['쓰기 층', '쓰기 가능한 층'],
    reason: '이미지의 layer를 시리즈 전체가 레이어라고 부르므로 컨테이너의 writable layer도 레이어입니다.',
  },
  {
    id: 'base-image',
    term: '베이스 이미지',
    refused: ['바탕 이미지'],
    reason: 'base image를 Docker 문서와 현업이 부르는 표기입니다.',
  },
  {
    id: 'attack-surface',
    term: '공격 표면',
    refused: ['공격 면'],
    reason: 'attack surface의 보안 분야 표준 번역입니다.',
  },
  {
    id: 'docker-engine',
    term: 'Docker Engine',
    refused: ['Docker 엔진', '도커 엔진'],
    reason: '제품 이름은 Docker가 쓰는 그대로 적습니다(Docker Desktop, Docker Compose와 같은 규칙).',
  },
  {
    id: 'handler',
    term: '핸들러',
    refused: ['처리기'],
    reason: '신호 핸들러(signal handler)를 두 장에서 다르게 부르지 않도록 핸들러 하나로 씁니다.',
  },
  {
    id: 'graceful-shutdown',
    term: '정상 종료',
    refused: ['우아한 종료', '우아하게 종료', '정중하게 종료', '정중한 종료'],
    reason: 'graceful shutdown을 직역하지 않고 뜻(하던 일을 마무리하고 끝남)으로 옮깁니다.',
  },
  {
    id: 'storage-driver',
    term: '스토리지 드라이버',
    refused: ['그래프 드라이버', '저장 방식'],
    allowed: ['로그 저장 방식'],
    reason:
      'overlay2 같은 드라이버를 Docker 문서는 storage driver라고 부릅니다. graphdriver는 내부 구현 이름이고, 저장 방식은 무엇을 가리키는지 흐립니다.',
  },
  {
    id: 'image-store',
    term: '이미지 스토어',
    refused: [
      'containerd 이미지 저장소',
      'containerd의 이미지 저장소',
      '로컬 이미지 저장소',
      '호스트의 이미지 저장소',
      '기존 이미지 저장소',
    ],
    reason:
      '저장소는 이미지 저장소(repository, 레지스트리 안)와 Git 저장소에만 씁니다. 호스트에 이미지를 두는 곳은 Docker 문서의 image store를 따라 이미지 스토어(containerd 이미지 스토어)라고 부릅니다.',
  },
  {
    id: 'content-store',
    term: '콘텐츠 스토어',
    refused: ['콘텐츠 저장소'],
    reason: 'containerd의 content store입니다. 저장소는 repository에만 씁니다.',
  },
  {
    id: 'credential-store',
    term: '자격 증명 스토어',
    refused: ['자격 증명 저장소'],
    reason: 'Docker CLI의 credential store(credsStore)입니다. 저장소는 repository에만 씁니다.',
  },
  {
    id: 'storage-space',
    term: '저장 공간',
    refused: [
      '외부 저장소',
      '영구 저장소',
      '임시 저장소',
      '볼륨 저장소',
      '데이터 저장소',
      '파일 저장소',
      '블록 저장소',
      '객체 저장소',
      '저장소 연결 지점',
    ],
    reason:
      '저장소는 repository(레지스트리 안의 이미지 저장소, Git 저장소, 패키지 저장소)에만 씁니다. 볼륨이나 tmpfs처럼 데이터를 두는 곳(storage)은 2장과 용어집처럼 저장 공간이라고 부릅니다.',
  },
  {
    id: 'microkernelized',
    term: '마이크로커널화',
    refused: ['마이크로커널형'],
    reason: 'Microsoft 문서의 microkernelized hypervisor를 장 본문과 같은 표기로 옮깁니다.',
  },
  {
    id: 'blueprint',
    term: '이미지 또는 `Dockerfile`',
    refused: ['설계도'],
    reason:
      '설계도가 어떤 곳에서는 이미지를, 다른 곳에서는 Dockerfile을 가리켰습니다. 비유 대신 가리키는 것의 이름을 씁니다.',
  },
  {
    id: 'namespace',
    term: 'namespace',
    refused: ['namespace'],
    codeFont: true,
    reason: 'Linux 커널 기능의 이름이라 코드 글꼴로 씁니다. 본문에서 일반 낱말과 섞이지 않습니다.',
  },
  {
    id: 'cgroups',
    term: 'cgroups',
    refused: ['cgroups'],
    codeFont: true,
    reason: 'Linux 커널 기능의 이름이라 코드 글꼴로 씁니다.',
  },
  {
    id: 'dockerfile',
    term: 'Dockerfile',
    refused: ['Dockerfile'],
    allowed: ['명령어 분류와 Dockerfile 최적화'],
    codeFont: true,
    reason: '파일 이름이므로 코드 글꼴로 씁니다. 원래 글의 제목을 그대로 옮긴 5장 제목만 예외입니다.',
  },
  {
    id: 'main-process',
    term: '주 프로세스',
    refused: ['메인 프로세스'],
    reason:
      '컨테이너의 ENTRYPOINT와 CMD로 실행되어 PID 1이 되는 프로세스(main process)입니다. 초판과 블로그가 쓰던 주 프로세스로 두 판을 맞춥니다.',
  },
] as const satisfies readonly ChosenTerm[];

export type TermId = (typeof terms)[number]['id'];

/** 고른 표기. 용어집이 용어 이름을 여기서 가져가므로 표기는 이 파일에만 있습니다 */
export function chosenTerm(id: TermId): string {
  const found = terms.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`src/data/terms.ts에 용어 ${id}가 없습니다.`);
  return found.term;
}

/** 용어집 항목 id와 같은 키의 용어. 용어집 표가 쓰지 않는 표기를 함께 보여 줄 때 씁니다 */
export function termWithId(id: string): ChosenTerm | undefined {
  return terms.find((candidate) => candidate.id === id);
}
