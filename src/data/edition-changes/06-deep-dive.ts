import type { EditionChange } from '../editionChange';

export const changes = [
  {
    kind: '정정',
    summary:
      'Docker가 LXC 기반이라는 설명을 초기 버전에만 해당한다고 바로잡고, libcontainer(0.9, 2014년 3월)에서 runc와 containerd로 이어진 역사와 지금의 실행 경로를 정리했습니다.',
    revisedAnchor: 'lxc-to-runc',
    firstEditionAnchor: 'lxc-to-runc',
  },
  {
    kind: '정정',
    summary:
      '모놀리식과 마이크로커널화를 Type 2와 Type 1의 다른 이름으로 쓴 설명을 고쳐, Type 1 안에서 장치 드라이버의 위치로 나뉘는 두 설계(ESXi, Hyper-V)로 설명하고 두 구조를 그림으로 보였습니다.',
    revisedAnchor: 'monolithic-vs-microkernelized',
    firstEditionAnchor: 'hypervisor-types',
  },
  {
    kind: '정정',
    summary:
      'WSL을 하이퍼바이저로, WSL 2를 VM 없이 도는 경량 하이퍼바이저로 소개한 부분을 고쳐, Windows 하이퍼바이저 위의 관리형 유틸리티 VM에서 모든 배포판이 하나의 Linux 커널을 공유한다고 설명했습니다.',
    revisedAnchor: 'wsl2-utility-vm',
    firstEditionAnchor: 'wsl2-backend',
  },
  {
    kind: '정정',
    summary:
      'macOS에서는 가상화가 필요 없다는 설명을 바로잡아, Docker Desktop for Mac도 Apple Virtualization framework나 Docker VMM으로 Linux VM을 띄운다는 점과 운영체제별 커널의 출처를 표로 정리했습니다.',
    revisedAnchor: 'macos-linux-vm',
    firstEditionAnchor: 'needs-linux-kernel',
  },
  {
    kind: '보강',
    summary:
      '하이퍼바이저 비교표의 예에 VMware ESXi, Xen, KVM(Type 1)과 VMware Workstation(Type 2)을 더하고, WSL을 목록에서 빼고 Hyper-V와 KVM의 분류 이유를 덧붙였습니다.',
    revisedAnchor: 'hypervisor-examples',
    firstEditionAnchor: 'hypervisor-examples',
  },
  {
    kind: '추가',
    summary:
      'cgroup v1과 v2의 차이, 현재 배포판의 cgroup v2 기본값과 private cgroup namespace, docker run 옵션이 memory.max 같은 파일로 바뀌는 과정을 설명하는 절을 추가했습니다.',
    revisedAnchor: 'memory-max',
    firstEditionAnchor: 'docker-resource-flags',
  },
  {
    kind: '추가',
    summary:
      '여덟 가지 namespace 표와 함께 userns-remap, rootless 모드, Engine 29.5부터 컨테이너마다 만드는 time namespace를 설명하고 lsns와 /proc의 namespace 링크로 확인하는 방법을 추가했습니다.',
    revisedAnchor: 'user-namespace',
    firstEditionAnchor: 'namespace-types',
  },
  {
    kind: '추가',
    summary:
      'WSL 2에서 소스 코드를 /mnt/c가 아닌 Linux 파일 시스템에 두어야 하는 이유, Windows Hypervisor Platform 위에서 동작하는 최신 VirtualBox, 프로세스 격리와 Hyper-V 격리로 나뉘는 Windows 컨테이너를 다루는 절을 추가했습니다.',
    revisedAnchor: 'windows-containers',
    firstEditionAnchor: 'hyper-v-backend',
  },
  {
    kind: '정정',
    summary:
      'cgroups가 네트워크도 제한한다는 원래 글의 설명을 바로잡아, 네트워크 대역폭 컨트롤러는 없고 v1의 net_cls, net_prio는 표시만 붙이며 사용량은 네트워크 namespace의 인터페이스 통계로 본다고 설명했습니다.',
    revisedAnchor: 'cgroup-v1-v2',
    firstEditionAnchor: 'cgroup-resources',
  },
  {
    kind: '추가',
    summary:
      '기본 설정에서 컨테이너의 root를 묶어 두는 capabilities와 seccomp를 짧은 실습(`--cap-drop`, `CapEff`, `docker info`의 보안 옵션)과 함께 설명하는 절을 추가했습니다.',
    revisedAnchor: 'capabilities-seccomp',
    firstEditionAnchor: 'container-is-a-process',
  },
  {
    kind: '추가',
    summary:
      '컨테이너와 VM 사이의 격리를 주는 샌드박스 런타임 gVisor, Kata Containers와 Docker Desktop의 Enhanced Container Isolation을 소개하는 절을 추가했습니다.',
    revisedAnchor: 'sandboxed-runtimes',
    firstEditionAnchor: 'containers-vs-vms',
  },
  {
    kind: '보강',
    summary:
      'Docker Engine 29.7.2 기준으로 containerd v2.3.3과 runc 1.4.3, cgroup v1 폐기 예정, OCI 명세 1.0(2017년 7월)을 반영하고, `dockerd`를 재시작하면 `live-restore` 없이는 컨테이너가 멈춘다는 점을 보강했습니다.',
    revisedAnchor: 'lxc-to-runc',
    firstEditionAnchor: 'lxc-to-runc',
  },
] as const satisfies readonly EditionChange[];
