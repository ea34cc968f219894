import type { ChapterId } from './chapters';
import { editions } from './editions';
import { chosenTerm } from './terms';

/**
 * 시리즈 전체의 용어. 용어집 페이지와 본문의 `<GlossaryTerm>`이 이 목록 하나를 씁니다.
 * 한 개념에는 한 용어만 씁니다. 표기를 고른 용어(`src/data/terms.ts`)와 같은 키의 항목은 그 표기를
 * `chosenTerm()`으로 가져오고, 콘텐츠 테스트가 모든 항목의 표기와 정의에서 쓰지 않는 표기를 찾습니다.
 * 정의 안의 `…`는 코드 글꼴로 보입니다.
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
  /** 이 용어를 자세히 설명하는 장(개정판). 링크는 장 페이지로 갑니다 */
  readonly chapter: ChapterId;
  /** 초판에서 설명하는 장이 `chapter`와 다르면 그 장, 초판이 다루지 않는 용어면 null */
  readonly firstEditionChapter?: ChapterId | null;
  /**
   * 용어를 설명하는 절의 고정 id(제목 끝에 적은 `#id`). 있으면 링크가 장이 아니라 그 절로 갑니다. 링크하는 모든
   * 판의 장에 같은 id의 제목이 있어야 하고, 콘텐츠 테스트(`tests/content/glossary.test.ts`)가 확인합니다
   */
  readonly section?: string;
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
    definition:
      '이미지로 만든 실행 단위로, 이미지 위의 쓰기 레이어와 실행 설정을 가집니다. 실행 중에는 `namespace`와 `cgroups`로 격리된 프로세스로 돌고, 멈춘 뒤에도 지우기 전까지 남습니다.',
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
    korean: chosenTerm('dockerfile'),
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
    definition:
      '여러 레이어를 하나의 파일 시스템처럼 겹쳐 보여 주는 OverlayFS 기반 스토리지 드라이버입니다. Docker Engine 29의 새 설치는 containerd 이미지 스토어를 쓰고, overlay2는 이전 버전에서 업그레이드한 데몬이 계속 씁니다.',
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
    korean: 'Docker 데몬',
    english: 'Docker daemon (dockerd)',
    definition:
      'Docker Engine API 요청을 받아 이미지, 컨테이너, 네트워크, 볼륨을 관리하는 백그라운드 프로세스(`dockerd`)입니다.',
    chapter: '01-concepts',
  },
  {
    id: 'containerd',
    korean: 'containerd',
    english: 'containerd',
    definition:
      '컨테이너의 실행과 수명 주기를 관리하는 컨테이너 런타임으로, `dockerd`가 gRPC API로 부릅니다. containerd 이미지 스토어를 쓰면 이미지를 내려받고 보관하는 일도 맡습니다(기존 스토어에서는 `dockerd`의 일입니다).',
    chapter: '01-concepts',
  },
  {
    id: 'runc',
    korean: 'runc',
    english: 'runc',
    definition:
      'OCI 런타임 명세에 따라 `namespace`와 `cgroups`를 설정하고 컨테이너 프로세스를 시작하는 저수준 런타임입니다.',
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
    definition:
      '호스트의 메모리에 두어 컨테이너가 멈추면 사라지는 임시 저장 공간입니다. 메모리가 모자라면 스왑으로 내려갈 수 있습니다.',
    chapter: '02-containers',
  },
  {
    id: 'restart-policy',
    korean: '재시작 정책',
    english: 'restart policy',
    definition:
      '컨테이너가 종료되었을 때 Docker 데몬이 다시 시작할지 정하는 규칙입니다 (`no`, `on-failure`, `always`, `unless-stopped`).',
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
    korean: 'bridge 네트워크',
    english: 'bridge network',
    definition:
      '`bridge` 드라이버로 만든 네트워크로, 한 호스트 안의 컨테이너를 Linux 브리지(가상 스위치)로 묶습니다. `--network`를 주지 않은 컨테이너는 Docker가 미리 만들어 둔 기본 `bridge` 네트워크에 붙습니다.',
    chapter: '03-network',
  },
  {
    id: 'embedded-dns',
    korean: '내장 DNS 서버',
    english: 'embedded DNS server',
    definition:
      '사용자 정의 네트워크에서 컨테이너 이름을 IP 주소로 바꿔 주는 Docker의 DNS 서버입니다. 각 컨테이너의 네트워크 `namespace` 안의 127.0.0.11에서 응답합니다.',
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
      '패킷의 주소를 바꿔 전달하는 기법으로, Docker는 포트 공개와 외부 통신에 방화벽의 NAT 규칙(iptables, 실험 기능인 nftables 백엔드에서는 nftables)을 씁니다.',
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
    definition:
      '매니페스트나 이미지 인덱스 내용의 SHA-256 해시로, 같은 다이제스트는 언제나 같은 내용을 가리킵니다.',
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
    definition:
      '이전 빌드 단계의 결과를 보관해 두었다가, 입력이 바뀌지 않은 단계를 다시 실행하지 않고 쓰는 캐시입니다.',
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
    definition:
      'Linux의 Docker Engine 23.0부터, 그리고 Docker Desktop에서 기본으로 쓰는 이미지 빌더로, 병렬 빌드, 캐시 마운트, 비밀 값 주입을 지원합니다.',
    chapter: '05-commands-and-dockerfile',
  },
  {
    id: 'namespace',
    korean: chosenTerm('namespace'),
    english: 'Linux namespace',
    definition:
      '프로세스가 보는 시스템 자원(PID, 네트워크, 마운트 등)을 다른 프로세스와 분리하는 커널 기능입니다.',
    chapter: '06-deep-dive',
  },
  {
    id: 'cgroups',
    korean: chosenTerm('cgroups'),
    english: 'control groups',
    definition:
      '프로세스 그룹이 쓸 수 있는 CPU, 메모리, I/O 같은 자원을 제한하고 쓴 양을 계량하는 커널 기능입니다. cgroup v1은 Docker Engine 29에서 폐기 예정(deprecated)이 되었고 cgroup v2가 기본 경로입니다.',
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
      'Docker 데몬과 컨테이너를 root가 아닌 사용자로 실행해, 데몬이나 컨테이너가 뚫려도 호스트의 root 권한을 얻지 못하게 하는 실행 방식입니다.',
    chapter: '06-deep-dive',
    firstEditionChapter: null,
  },
  {
    id: 'lxc-libcontainer',
    korean: 'LXC와 libcontainer',
    english: 'Linux Containers (LXC), libcontainer',
    definition:
      'LXC는 초기 Docker가 컨테이너를 만들 때 쓴 Linux 도구입니다. Docker 0.9(2014년)부터는 자체 Go 라이브러리 libcontainer가 그 자리를 맡았고, libcontainer는 2015년 OCI에 기증되어 `runc`가 되었습니다.',
    chapter: '06-deep-dive',
  },
  {
    id: 'docker-engine',
    korean: chosenTerm('docker-engine'),
    english: 'Docker Engine',
    definition:
      'Linux 호스트에 설치하는 Docker의 서버와 CLI 묶음으로, Docker 데몬(`dockerd`), `containerd`, `runc`, `docker` CLI로 이루어집니다.',
    chapter: '01-concepts',
  },
  {
    id: 'docker-desktop',
    korean: 'Docker Desktop',
    english: 'Docker Desktop',
    definition:
      'Windows, macOS, Linux 데스크톱용 애플리케이션으로, 작은 Linux 가상 머신 안에서 Docker Engine을 돌리고 CLI, Compose, Buildx와 설정 화면을 함께 설치합니다.',
    chapter: '06-deep-dive',
  },
  {
    id: 'build-context',
    korean: chosenTerm('build-context'),
    english: 'build context',
    definition:
      '`docker build`가 빌더에 넘기는 파일 묶음(보통 마지막 인자의 디렉터리)입니다. `COPY`와 `ADD`는 이 안의 파일만 쓸 수 있고, `.dockerignore`로 뺄 파일을 정합니다.',
    chapter: '05-commands-and-dockerfile',
  },
  {
    id: 'manifest',
    korean: '매니페스트',
    english: 'image manifest, image index',
    definition:
      '이미지 하나의 설정과 레이어를 다이제스트로 나열한 JSON 문서입니다. 여러 플랫폼의 매니페스트를 묶은 것은 이미지 인덱스(매니페스트 목록)라고 합니다.',
    chapter: '04-workflow',
  },
  {
    id: 'image-id',
    korean: '이미지 ID',
    english: 'image ID',
    definition:
      '로컬에서 이미지를 가리키는 값입니다. containerd 이미지 스토어에서는 매니페스트나 이미지 인덱스의 다이제스트이고, 기존 스토어(overlay2)에서는 이미지 설정 JSON의 다이제스트입니다.',
    chapter: '04-workflow',
  },
  {
    id: 'veth-docker0',
    korean: 'veth 쌍과 docker0',
    english: 'veth pair, docker0 bridge',
    definition:
      'veth 쌍은 양 끝이 이어진 가상 이더넷 인터페이스로, 한 끝은 컨테이너의 네트워크 `namespace`에, 다른 끝은 호스트의 Linux 브리지에 붙습니다. `docker0`는 기본 `bridge` 네트워크가 쓰는 호스트의 브리지입니다.',
    chapter: '03-network',
  },
  {
    id: 'user-defined-bridge',
    korean: '사용자 정의 bridge 네트워크',
    english: 'user-defined bridge network',
    definition:
      '`docker network create`로 만든 `bridge` 네트워크입니다. 기본 `bridge` 네트워크와 달리 내장 DNS 서버가 컨테이너 이름을 해석하고, 같은 네트워크에 붙은 컨테이너끼리만 통신합니다.',
    chapter: '03-network',
  },
  {
    id: 'pid1-init',
    korean: 'PID 1과 init',
    english: 'PID 1, docker run --init',
    definition:
      '컨테이너의 주 프로세스는 PID `namespace` 안에서 PID 1이 되고, 커널은 PID 1이 핸들러를 두지 않은 `SIGTERM` 같은 신호를 기본 동작으로 처리하지 않습니다. `docker run --init`은 작은 init(`docker-init`)을 PID 1로 두어 신호를 전달하고 좀비 프로세스를 거둡니다.',
    chapter: '02-containers',
  },
  {
    id: 'containerd-shim',
    korean: 'containerd-shim',
    english: 'containerd shim (containerd-shim-runc-v2)',
    definition:
      '컨테이너마다 하나씩 뜨는 작은 프로세스로, `runc`가 컨테이너를 시작하고 물러난 뒤 컨테이너의 입출력과 종료 상태를 맡습니다. 그래서 `containerd`가 다시 시작해도 컨테이너는 계속 돕니다.',
    chapter: '01-concepts',
    section: 'containerd-shim-runc',
  },
  {
    id: 'docker-proxy',
    korean: 'docker-proxy',
    english: 'docker-proxy (userland proxy)',
    definition:
      '포트를 공개하면 Docker가 띄우는 사용자 공간 프록시로, NAT 규칙을 거치지 않는 연결(호스트 자신의 루프백 주소로 들어오는 연결 등)을 컨테이너로 전달합니다. 데몬 설정 `"userland-proxy": false`로 끌 수 있습니다.',
    chapter: '03-network',
  },
  {
    id: 'containerd-image-store',
    korean: `containerd ${chosenTerm('image-store')}`,
    english: 'containerd image store, snapshotter',
    definition:
      '이미지를 `dockerd` 대신 `containerd`가 보관하는 방식입니다. 내려받은 내용은 콘텐츠 스토어에, 레이어를 펼친 파일 시스템은 snapshotter(보통 `overlayfs`)에 둡니다. Docker Engine 29 이후를 새로 설치했거나 Docker Desktop 4.34 이후를 새로 설치(또는 초기화)했을 때 기본이고, 그 전 버전에서 업그레이드한 설치는 따로 켜기 전까지 기존 스토어를 씁니다. 멀티 플랫폼 이미지를 로컬에 둘 수 있습니다.',
    chapter: '01-concepts',
    firstEditionChapter: null,
  },
] as const satisfies readonly GlossaryEntry[];

export type GlossaryId = (typeof glossary)[number]['id'];

/** 이 판(문서 버전 이름)에서 용어를 설명하는 장. 초판이 다루지 않는 용어는 null */
export function chapterInEdition(entry: GlossaryEntry, versionName: string | undefined): ChapterId | null {
  if (versionName === editions.first.version && entry.firstEditionChapter !== undefined) {
    return entry.firstEditionChapter;
  }
  return entry.chapter;
}

/** 장 링크 뒤에 붙일 절 앵커(`#containerd-shim-runc`). 절을 적지 않은 용어는 빈 문자열 */
export function sectionHash(entry: GlossaryEntry): string {
  return entry.section ? `#${entry.section}` : '';
}
