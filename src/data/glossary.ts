import type { ChapterId } from './chapters';

/**
 * 시리즈 전체의 용어. 용어집 페이지와 본문의 `<GlossaryTerm>`이 이 목록 하나를 씁니다.
 * 한 개념에는 한 용어만 씁니다: 본문에서 다른 이름을 쓰고 싶다면 여기부터 고칩니다.
 */
export interface GlossaryEntry {
  /** 본문에서 `<GlossaryTerm id="…">`로 부를 때 쓰는 키 */
  readonly id: string;
  /** 시리즈에서 쓰는 한국어 표기 */
  readonly korean: string;
  /** 영어 원어 */
  readonly english: string;
  /** 한 줄 정의 (합니다체) */
  readonly definition: string;
  /** 이 용어를 자세히 설명하는 장 */
  readonly chapter: ChapterId;
}

export const glossary = [
  {
    id: 'image',
    korean: '이미지',
    english: 'image',
    definition: '컨테이너를 만들 때 쓰는 읽기 전용 파일 시스템 레이어들과 실행 설정의 묶음입니다.',
    chapter: '01-concepts',
  },
  {
    id: 'container',
    korean: '컨테이너',
    english: 'container',
    definition: '이미지 위에 쓰기 가능한 레이어를 얹고, 격리된 환경에서 실행되는 프로세스입니다.',
    chapter: '01-concepts',
  },
  {
    id: 'registry',
    korean: '레지스트리',
    english: 'registry',
    definition: '이미지를 저장하고 내려받게 해 주는 서버입니다. Docker Hub가 대표적입니다.',
    chapter: '01-concepts',
  },
  {
    id: 'dockerfile',
    korean: 'Dockerfile',
    english: 'Dockerfile',
    definition: '이미지를 만드는 단계를 명령어로 적은 텍스트 파일입니다.',
    chapter: '05-commands-and-dockerfile',
  },
  {
    id: 'layer',
    korean: '레이어',
    english: 'layer',
    definition: '이미지를 이루는 파일 시스템 변경분 하나로, 여러 이미지가 같은 레이어를 공유할 수 있습니다.',
    chapter: '01-concepts',
  },
  {
    id: 'overlay2',
    korean: 'overlay2',
    english: 'overlay2 storage driver',
    definition: '여러 레이어를 하나의 파일 시스템처럼 겹쳐 보여 주는 OverlayFS 기반 스토리지 드라이버입니다.',
    chapter: '01-concepts',
  },
  {
    id: 'copy-on-write',
    korean: '쓰기 시 복사',
    english: 'copy-on-write (CoW)',
    definition:
      '읽기 전용 레이어의 파일을 수정할 때 그 파일을 쓰기 가능한 레이어로 복사한 뒤 고치는 방식입니다.',
    chapter: '01-concepts',
  },
  {
    id: 'dockerd',
    korean: '데몬',
    english: 'Docker daemon (dockerd)',
    definition:
      'Docker API 요청을 받아 이미지, 컨테이너, 네트워크, 볼륨을 관리하는 백그라운드 프로세스입니다.',
    chapter: '01-concepts',
  },
  {
    id: 'containerd',
    korean: 'containerd',
    english: 'containerd',
    definition: '이미지 전송과 컨테이너 실행을 관리하는 컨테이너 런타임으로, dockerd가 이를 호출합니다.',
    chapter: '01-concepts',
  },
  {
    id: 'runc',
    korean: 'runc',
    english: 'runc',
    definition:
      'OCI 런타임 명세에 따라 namespace와 cgroups를 설정하고 컨테이너 프로세스를 시작하는 저수준 런타임입니다.',
    chapter: '01-concepts',
  },
  {
    id: 'oci',
    korean: 'OCI',
    english: 'Open Container Initiative',
    definition: '이미지 형식, 런타임, 배포 방식의 표준 명세를 관리하는 단체입니다.',
    chapter: '01-concepts',
  },
  {
    id: 'volume',
    korean: '볼륨',
    english: 'volume',
    definition: 'Docker가 관리하는 저장 공간으로, 컨테이너를 지워도 데이터가 남습니다.',
    chapter: '02-containers',
  },
  {
    id: 'bind-mount',
    korean: '바인드 마운트',
    english: 'bind mount',
    definition: '호스트의 파일이나 디렉터리를 컨테이너 안의 경로에 그대로 연결하는 방식입니다.',
    chapter: '02-containers',
  },
  {
    id: 'tmpfs',
    korean: 'tmpfs 마운트',
    english: 'tmpfs mount',
    definition: '호스트의 메모리에만 두어 컨테이너가 멈추면 사라지는 임시 저장 공간입니다.',
    chapter: '02-containers',
  },
  {
    id: 'restart-policy',
    korean: '재시작 정책',
    english: 'restart policy',
    definition:
      '컨테이너가 종료되었을 때 데몬이 다시 시작할지 정하는 규칙입니다 (`no`, `on-failure`, `always`, `unless-stopped`).',
    chapter: '02-containers',
  },
  {
    id: 'network-driver',
    korean: '네트워크 드라이버',
    english: 'network driver',
    definition:
      '컨테이너 네트워크의 동작 방식을 정하는 구현으로, `bridge`, `host`, `none`, `overlay`, `macvlan`, `ipvlan`이 있습니다.',
    chapter: '03-network',
  },
  {
    id: 'bridge',
    korean: '브리지 네트워크',
    english: 'bridge network',
    definition: '한 호스트 안의 컨테이너들을 가상 스위치로 묶는 기본 네트워크 드라이버입니다.',
    chapter: '03-network',
  },
  {
    id: 'embedded-dns',
    korean: '내장 DNS 서버',
    english: 'embedded DNS server',
    definition:
      '사용자 정의 네트워크에서 컨테이너 이름을 IP 주소로 바꿔 주는 Docker 내부 DNS 서버(127.0.0.11)입니다.',
    chapter: '03-network',
  },
  {
    id: 'port-publishing',
    korean: '포트 공개',
    english: 'port publishing',
    definition: '호스트의 포트로 들어온 트래픽을 컨테이너의 포트로 전달하도록 설정하는 일입니다 (`-p`).',
    chapter: '03-network',
  },
  {
    id: 'nat',
    korean: 'NAT',
    english: 'network address translation',
    definition:
      '패킷의 주소를 바꿔 전달하는 기법으로, Docker는 포트 공개와 외부 통신에 iptables NAT 규칙을 씁니다.',
    chapter: '03-network',
  },
  {
    id: 'tag',
    korean: '태그',
    english: 'tag',
    definition: '이미지 버전을 가리키는 사람이 읽을 수 있는 이름으로, 다른 이미지로 옮겨 붙일 수 있습니다.',
    chapter: '04-workflow',
  },
  {
    id: 'digest',
    korean: '다이제스트',
    english: 'digest',
    definition: '이미지 매니페스트 내용의 SHA-256 해시로, 같은 다이제스트는 언제나 같은 이미지를 가리킵니다.',
    chapter: '04-workflow',
  },
  {
    id: 'compose',
    korean: 'Docker Compose',
    english: 'Docker Compose',
    definition: '여러 컨테이너로 이루어진 애플리케이션을 YAML 파일 하나로 정의하고 함께 실행하는 도구입니다.',
    chapter: '04-workflow',
  },
  {
    id: 'build-cache',
    korean: '빌드 캐시',
    english: 'build cache',
    definition: '이전 빌드에서 만든 레이어를 다시 써서 바뀌지 않은 단계를 건너뛰게 하는 저장소입니다.',
    chapter: '05-commands-and-dockerfile',
  },
  {
    id: 'multi-stage-build',
    korean: '멀티 스테이지 빌드',
    english: 'multi-stage build',
    definition: '여러 `FROM` 단계로 빌드하고 마지막 이미지에는 실행에 필요한 결과물만 복사하는 방법입니다.',
    chapter: '05-commands-and-dockerfile',
  },
  {
    id: 'buildkit',
    korean: 'BuildKit',
    english: 'BuildKit',
    definition: 'Docker Engine 23.0부터 기본으로 쓰이는 이미지 빌더로, 병렬 빌드와 캐시 마운트를 지원합니다.',
    chapter: '05-commands-and-dockerfile',
  },
  {
    id: 'namespace',
    korean: 'namespace',
    english: 'Linux namespace',
    definition:
      '프로세스가 보는 시스템 자원(PID, 네트워크, 마운트 등)을 다른 프로세스와 분리하는 커널 기능입니다.',
    chapter: '06-deep-dive',
  },
  {
    id: 'cgroups',
    korean: 'cgroups',
    english: 'control groups',
    definition: '프로세스 그룹이 쓸 수 있는 CPU, 메모리, I/O 같은 자원을 제한하고 계측하는 커널 기능입니다.',
    chapter: '06-deep-dive',
  },
  {
    id: 'hypervisor',
    korean: '하이퍼바이저',
    english: 'hypervisor',
    definition: '하드웨어를 나누어 여러 가상 머신을 실행하게 해 주는 소프트웨어입니다.',
    chapter: '06-deep-dive',
  },
  {
    id: 'type-1-hypervisor',
    korean: 'Type 1 하이퍼바이저',
    english: 'Type 1 (bare-metal) hypervisor',
    definition: '하드웨어 위에서 직접 실행되는 하이퍼바이저로, Hyper-V, VMware ESXi, Xen, KVM이 해당합니다.',
    chapter: '06-deep-dive',
  },
  {
    id: 'type-2-hypervisor',
    korean: 'Type 2 하이퍼바이저',
    english: 'Type 2 (hosted) hypervisor',
    definition:
      '호스트 운영체제 위에서 애플리케이션으로 실행되는 하이퍼바이저로, VirtualBox, VMware Workstation이 해당합니다.',
    chapter: '06-deep-dive',
  },
  {
    id: 'virtual-machine',
    korean: '가상 머신',
    english: 'virtual machine (VM)',
    definition:
      '하이퍼바이저가 흉내 낸 하드웨어 위에서 자기 커널을 가진 게스트 운영체제를 실행하는 환경입니다.',
    chapter: '06-deep-dive',
  },
  {
    id: 'wsl2',
    korean: 'WSL 2',
    english: 'Windows Subsystem for Linux 2',
    definition:
      'Microsoft가 빌드한 실제 Linux 커널을 가벼운 유틸리티 VM에서 실행해 Windows에 Linux 환경을 주는 기능입니다.',
    chapter: '06-deep-dive',
  },
  {
    id: 'hyper-v',
    korean: 'Hyper-V',
    english: 'Microsoft Hyper-V',
    definition: 'Windows에 포함된 Microsoft의 Type 1 하이퍼바이저입니다.',
    chapter: '06-deep-dive',
  },
  {
    id: 'rootless-mode',
    korean: 'rootless 모드',
    english: 'rootless mode',
    definition:
      '데몬과 컨테이너를 root가 아닌 사용자로 실행해 권한 상승 위험을 줄이는 Docker 실행 방식입니다.',
    chapter: '06-deep-dive',
  },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryId = (typeof glossary)[number]['id'];
