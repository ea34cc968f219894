/**
 * 원래 심화 글(초판)의 사실 관계 실수. 초판 심화 장은 각 실수 바로 뒤에 `:::caution[정정]` 상자를 두고
 * 개정판의 바로잡은 부분(`revisedAnchor`)으로 연결합니다. 테스트가 이 목록으로 빠진 정정을 찾습니다.
 */
export interface Erratum {
  readonly id: string;
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
    originalClaim: 'Docker는 LXC를 기반으로 동작한다.',
    correction:
      'LXC를 쓴 것은 초기 버전뿐이며, 0.9(2014)부터 libcontainer, 지금은 containerd와 runc를 씁니다.',
    revisedAnchor: 'lxc-to-runc',
  },
  {
    id: 'monolithic-is-type-2',
    originalClaim: 'Type 1은 Microkernelized, Type 2는 Monolithic이다.',
    correction: '모놀리식과 마이크로커널화는 모두 Type 1 하이퍼바이저 안의 두 설계입니다.',
    revisedAnchor: 'monolithic-vs-microkernelized',
  },
  {
    id: 'wsl2-without-vm',
    originalClaim: 'WSL 2는 경량 하이퍼바이저로, 별도의 VM 없이 Linux를 실행한다.',
    correction:
      'WSL 2는 하이퍼바이저가 아니며, Hyper-V 플랫폼 위의 가벼운 유틸리티 VM에서 Linux 커널을 실행합니다.',
    revisedAnchor: 'wsl2-utility-vm',
  },
  {
    id: 'macos-needs-no-vm',
    originalClaim: 'macOS에서는 가상화가 필요 없다.',
    correction: 'Docker Desktop for Mac도 작은 Linux VM 안에서 Docker Engine을 실행합니다.',
    revisedAnchor: 'macos-linux-vm',
  },
  {
    id: 'hypervisor-examples',
    originalClaim: 'Type 1의 예는 Hyper-V와 WSL, Type 2의 예는 VirtualBox다.',
    correction:
      'Type 1에는 Hyper-V, VMware ESXi, Xen, KVM이, Type 2에는 VirtualBox와 VMware Workstation이 있습니다.',
    revisedAnchor: 'hypervisor-examples',
  },
] as const satisfies readonly Erratum[];
