/**
 * 본문은 `namespace`, `bridge`처럼 영어로 쓰는데 학습자는 `네임스페이스`, `브리지`처럼 한글로 찾거나
 * 그 반대로 찾는 용어들입니다. 검색어에만 적용하며(색인은 본문 그대로), 양쪽 방향으로 씁니다.
 * 용어집(`src/data/glossary.ts`)의 한국어·영어 표기와 어긋나지 않게 한 단어짜리만 둡니다.
 */
const pairs: readonly (readonly [korean: string, english: string])[] = [
  ['도커', 'docker'],
  ['컨테이너', 'container'],
  ['이미지', 'image'],
  ['레지스트리', 'registry'],
  ['레이어', 'layer'],
  ['볼륨', 'volume'],
  ['마운트', 'mount'],
  ['바인드', 'bind'],
  ['네트워크', 'network'],
  ['브리지', 'bridge'],
  ['브릿지', 'bridge'],
  ['오버레이', 'overlay'],
  ['네임스페이스', 'namespace'],
  ['하이퍼바이저', 'hypervisor'],
  ['도커파일', 'dockerfile'],
  ['컴포즈', 'compose'],
  ['빌드킷', 'buildkit'],
  ['데몬', 'daemon'],
  ['엔진', 'engine'],
  ['태그', 'tag'],
  ['다이제스트', 'digest'],
  ['캐시', 'cache'],
  ['엔트리포인트', 'entrypoint'],
  ['루트리스', 'rootless'],
  ['리눅스', 'linux'],
  ['윈도우', 'windows'],
  ['맥', 'macos'],
  ['우분투', 'ubuntu'],
  ['데비안', 'debian'],
  ['프로세스', 'process'],
  ['데이터베이스', 'db'],
  // 학습자의 음차 표기(`씨그룹`, `파워쉘`)와 붙여 쓴 이름(`도커허브`)
  ['씨그룹', 'cgroups'],
  ['씨지룹', 'cgroups'],
  ['파워쉘', 'powershell'],
  ['파워셸', 'powershell'],
  ['타입', 'type'],
  ['쿠버네티스', 'kubernetes'],
  ['깃허브', 'github'],
  ['깃헙', 'github'],
  ['엔진엑스', 'nginx'],
  ['노드', 'node'],
  // 영어 용어를 소리 나는 대로 붙여 친 말(`카피온라이트`, `도커이그노어`): 책은 영어 표기로 씁니다.
  ['카피온라이트', 'copy-on-write'],
  ['도커이그노어', 'dockerignore'],
  ['유니온', 'union'],
  ['오버레이에프에스', 'overlayfs'],
  ['빌드엑스', 'buildx'],
  ['컨테이너디', 'containerd'],
  ['런씨', 'runc'],
  ['티엠피에프에스', 'tmpfs'],
  ['아이피테이블즈', 'iptables'],
  ['아이피테이블', 'iptables'],
  ['엔에프테이블즈', 'nftables'],
  ['디스트로리스', 'distroless'],
  ['알파인', 'alpine'],
  ['스웜', 'swarm'],
  ['포드맨', 'podman'],
  ['맥브이랜', 'macvlan'],
  ['시스템디', 'systemd'],
  // Compose 하위 명령을 소리 나는 대로 친 말(`컴포즈 업`)
  ['업', 'up'],
  ['다운', 'down'],
];

/**
 * 학습자가 흔히 쓰는 말 → 책이 쓰는 말(한 방향). 책은 한 개념을 한 표기로만 부르므로(`src/data/terms.ts`),
 * 학습자의 다른 표기로 찾아도 그 표기의 절이 나오게 합니다. 여기 없는 말을 더할 때는 책에 그 말이 정말 없는지,
 * 그 말이 다른 뜻으로 쓰이는 절이 없는지 먼저 봅니다.
 */
const learnerWords: readonly (readonly [learner: string, book: readonly string[]])[] = [
  // 포트 매핑/포워딩 → 포트 공개(`-p`, `--publish`)
  ['매핑', ['공개', 'publish']],
  ['포워딩', ['공개', 'publish']],
  // 컨테이너 접속 → docker exec
  ['접속', ['exec']],
  ['용량', ['크기']],
  // `~ 줄이기`: 책은 "작게 만드는"이라고 씁니다.
  ['줄이기', ['작게']],
  ['줄이는', ['작게']],
  ['mac', ['macos']],
  ['맥북', ['macos', 'mac']],
  ['생명주기', ['수명', '상태']],
  ['라이프사이클', ['수명', '상태']],
  ['로그', ['logs']],
  ['헬스체크', ['healthcheck']],
  ['히어독', ['heredoc', '히어독']],
  ['시크릿', ['secret', '비밀']],
  ['비밀번호', ['secret', '비밀']],
  // 파일 복사는 `docker cp`
  ['복사', ['cp']],
  // 책은 `가상 머신`이라고 씁니다.
  ['vm', ['가상']],
  ['종류', ['유형']],
  // 책은 `빌드 컨텍스트`로 씁니다(용어집). `맥락`은 context를 옮긴 말입니다.
  ['맥락', ['컨텍스트', 'context']],
  // 영어로 묻는 학습자(`how to reduce image size`): 책은 한국어로 씁니다.
  ['size', ['크기']],
  ['reduce', ['작게']],
  ['부족', ['바닥']],
  // 책은 "어디에 두어야 빠른가"처럼 빠르기(성능)로 묻습니다.
  ['느림', ['빠른', '성능']],
  ['느려', ['빠른', '성능']],
  // 책은 "무엇이 이기는가", "우선합니다"로 쓰고, 절 id는 `precedence`, `priority`입니다.
  ['우선순위', ['우선', 'precedence', 'priority']],
  // 절 id는 "왜"를 묻는 절을 `why-`로 부릅니다(`why-docker`, `why-linux`).
  ['왜', ['why']],
  ['디제스트', ['다이제스트', 'digest']],
  ['도커허브', ['docker', 'hub']],
  ['재부팅', ['재시작', 'restart']],
  ['리부트', ['재시작', 'restart']],
  // 컨테이너 안에 들어가기 → docker exec, 파일 꺼내기 → docker cp, 지우기 → 정리·prune, 올리기 → push
  ['들어가기', ['exec']],
  ['들어가서', ['exec']],
  ['들어가는', ['exec']],
  ['꺼내기', ['cp']],
  ['꺼내는', ['cp']],
  ['지우기', ['정리', 'prune']],
  ['지우는', ['정리', 'prune']],
  ['삭제', ['정리', 'prune']],
  ['올리기', ['push']],
  ['올리는', ['push']],
  ['사용량', ['stats']],
  // 책은 "호스트에는 어떻게 닿는가"처럼 `닿다`로 씁니다.
  ['접근', ['닿']],
  ['깔기', ['설치']],
  ['깔려면', ['설치']],
  ['까는', ['설치']],
  ['깔았는데', ['설치']],
  // "~하는 이유"는 책에서 "왜 ~하는가"이고, 그런 절의 id는 `why-`로 시작합니다.
  ['이유', ['why', '왜']],
];

const table = new Map<string, string[]>();
for (const [learner, book] of learnerWords) table.set(learner, [...book]);
for (const [korean, english] of pairs) {
  table.set(korean, [...(table.get(korean) ?? []), english]);
  table.set(english, [...(table.get(english) ?? []), korean]);
}

/** 정규화한(소문자) 단어의 다른 표기들. 없으면 빈 배열. */
export function synonymsOf(term: string): readonly string[] {
  return table.get(term) ?? [];
}
