import type { EditionChange } from '../editionChange';

export const changes = [
  {
    kind: '추가',
    summary:
      'Docker Engine 28.0.0이 공개하지 않은 포트로의 직접 라우팅을 막고 루프백 공개의 허점을 고친 내용과, nat·nat-unprotected·routed·isolated 게이트웨이 모드를 정리한 절을 추가했습니다.',
    revisedAnchor: 'engine-28-changes',
  },
  {
    kind: '추가',
    summary:
      '여러 네트워크에 연결된 컨테이너의 기본 게이트웨이를 정하는 gw-priority 옵션(docker run의 확장 --network 문법, docker network connect --gw-priority)을 설명하는 절을 추가했습니다.',
    revisedAnchor: 'gateway-priority',
  },
  {
    kind: '추가',
    summary:
      '사용자 정의 네트워크의 --ipv6, Engine 28의 --ipv4=false로 만드는 IPv6 전용 네트워크, 바뀐 ip6tables FORWARD 정책을 다루는 IPv6 절을 추가했습니다.',
    revisedAnchor: 'ipv6',
  },
  {
    kind: '추가',
    summary:
      'Docker Desktop 4.34부터 설정에서 켜는 host 네트워킹과 그 제한(L4 전용, ECI와 병행 불가, Linux 컨테이너 전용)을 설명하는 절을 추가했습니다.',
    revisedAnchor: 'host-on-docker-desktop',
    firstEditionAnchor: 'driver-host',
  },
  {
    kind: '추가',
    summary:
      '--network container:이름으로 다른 컨테이너의 network namespace를 함께 쓰는 방법과 디버깅 활용, 함께 쓸 수 없는 옵션을 설명하는 절을 추가했습니다.',
    revisedAnchor: 'container-network-mode',
  },
  {
    kind: '보강',
    summary:
      '루프백에 공개한 포트에 이웃 호스트가 닿을 수 있다는 초판의 주의 사항을, Engine 28.0.0에서 이 문제가 보안 수정으로 막혔다는 설명과 기본 공개 주소 설정(default-network-opts)으로 갱신했습니다.',
    revisedAnchor: 'publish-localhost',
    firstEditionAnchor: 'publish-localhost',
  },
  {
    kind: '보강',
    summary:
      'Docker가 만드는 iptables 체인 설명을 Engine 27의 DOCKER·DOCKER-ISOLATION 구성에서 Engine 28의 DOCKER-FORWARD 중심 구성으로 고치고, 체인 이름은 구현 세부 사항이라 버전마다 바뀔 수 있다는 점을 덧붙였습니다.',
    revisedAnchor: 'nat-and-iptables',
    firstEditionAnchor: 'nat-and-iptables',
  },
  {
    kind: '보강',
    summary:
      'IP 주소에서 계산하던 컨테이너 MAC 주소가 Engine 28부터 무작위로 생성된다는 점을 docker0과 veth 설명에 반영했습니다.',
    revisedAnchor: 'docker0-veth',
    firstEditionAnchor: 'docker0-veth',
  },
] as const satisfies readonly EditionChange[];
