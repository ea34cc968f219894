/**
 * 원래 심화 글(초판)에서 바로잡거나 채운 곳. 초판 심화 장은 각 곳 바로 뒤에 `:::caution[정정]`(틀린 말)
 * 또는 `:::caution[보강]`(틀리지 않았지만 빠진 것이 있는 말) 상자를 두고 개정판의 해당 부분(`revisedAnchor`)으로
 * 연결합니다. 테스트가 이 목록으로 빠진 상자를 찾습니다.
 */
export interface Erratum {
  readonly id: string;
  /** 상자 제목과 같습니다. 변경 내역(`edition-changes`)의 같은 항목도 이 종류를 씁니다. */
  readonly kind: '정정' | '보강';
  /** 원래 글이 한 말 */
  readonly originalClaim: string;
  /** 바로잡은 사실 */
  readonly correction: string;
  /** 개정판 심화 장에서 바로잡은 부분의 제목 id */
  readonly revisedAnchor: string;
}

export const deepDiveErrata = [
  {
    id: 'based-on-lxc',
    kind: '정정',
    originalClaim: 'Docker는 LXC를 기반으로 동작한다.',
    correction:
      'LXC를 쓴 것은 초기 버전뿐이며, 0.9(2014)부터 libcontainer, 지금은 containerd와 runc를 씁니다.',
    revisedAnchor: 'lxc-to-runc',
  },
  {
    id: 'monolithic-is-type-2',
    kind: '정정',
    originalClaim: 'Type 1은 Microkernelized, Type 2는 Monolithic이다.',
    correction: '모놀리식과 마이크로커널화는 모두 Type 1 하이퍼바이저 안의 두 설계입니다.',
    revisedAnchor: 'monolithic-vs-microkernelized',
  },
  {
    id: 'wsl2-without-vm',
    kind: '정정',
    originalClaim: 'WSL 2는 경량 하이퍼바이저로, 별도의 VM 없이 Linux를 실행한다.',
    correction:
      'WSL 2는 하이퍼바이저가 아니며, Virtual Machine Platform이 켜 주는 Windows 하이퍼바이저 위의 가벼운 유틸리티 VM에서 Linux 커널을 실행합니다.',
    revisedAnchor: 'wsl2-utility-vm',
  },
  {
    id: 'macos-needs-no-vm',
    kind: '정정',
    originalClaim: 'macOS에서는 가상화가 필요 없다.',
    correction: 'Docker Desktop for Mac도 작은 Linux VM 안에서 Docker Engine을 실행합니다.',
    revisedAnchor: 'macos-linux-vm',
  },
  {
    id: 'hypervisor-examples',
    kind: '보강',
    originalClaim: 'Type 1의 예는 Hyper-V와 WSL, Type 2의 예는 VirtualBox다.',
    correction:
      'Type 1에는 Hyper-V, VMware ESXi, Xen, KVM이, Type 2에는 VirtualBox와 VMware Workstation이 있습니다.',
    revisedAnchor: 'hypervisor-examples',
  },
  {
    id: 'cgroups-limit-network',
    kind: '정정',
    originalClaim: 'cgroups는 CPU, 메모리, 네트워크, 디스크 등의 자원을 제한한다.',
    correction:
      'cgroups에는 네트워크 대역폭 컨트롤러가 없습니다. v1의 net_cls, net_prio는 표시만 붙이고 조절은 tc가 하며, v2에는 해당 컨트롤러가 없습니다.',
    revisedAnchor: 'cgroup-v1-v2',
  },
] as const satisfies readonly Erratum[];
