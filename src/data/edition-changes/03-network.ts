import type { EditionChange } from '../editionChange';

export const changes = [
  {
    kind: '추가',
    summary:
      'Docker Engine 28.0.0이 공개하지 않은 포트로의 직접 라우팅을 막은 내용과 nat·nat-unprotected·routed·isolated 게이트웨이 모드, 공개한 포트에만 직접 접근을 허용하는 trusted_host_interfaces·allow-direct-routing 옵션을 정리한 절을 추가했습니다.',
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
      '루프백에 공개한 포트에 이웃 호스트가 닿을 수 있다는 초판의 주의 사항을, Engine 28.0.0의 보안 수정과 firewalld 재적재 문제(CVE-2025-54388, 28.3.3에서 수정), 기본 공개 주소 설정(default-network-opts)으로 갱신했습니다.',
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
  {
    kind: '정정',
    summary:
      '초판은 공개하지 않은 포트에는 호스트와 같은 네트워크의 컨테이너만 닿는다고 했지만, Engine 27에서는 FORWARD 정책이 ACCEPT인 호스트라면 같은 LAN의 장비가 직접 라우팅으로 닿을 수 있었습니다. 초판에는 그 자리에 정정 상자를 두었습니다.',
    revisedAnchor: 'direct-routing-blocked',
    firstEditionAnchor: 'port-publishing',
  },
  {
    kind: '추가',
    summary:
      '컨테이너에서 호스트의 서버에 닿는 방법(Docker Desktop의 host.docker.internal, Linux의 --add-host=host.docker.internal:host-gateway와 Compose의 extra_hosts)과 호스트 쪽 바인드 주소 문제를 다루는 절을 추가했습니다.',
    revisedAnchor: 'reach-host',
  },
  {
    kind: '추가',
    summary:
      'DNS가 안 될 때 컨테이너의 resolv.conf(ExtServers 주석), 기본 bridge에서만 닿지 않는 systemd-resolved 호스트의 127.0.0.53, 호스트의 서버를 통째로 대신하는 --dns와 daemon.json의 dns 설정을 차례로 확인하는 절을 추가했습니다.',
    revisedAnchor: 'dns-troubleshooting',
  },
  {
    kind: '추가',
    summary:
      '포트가 안 열릴 때 공개 여부, 공개 주소, 앱의 바인드 주소, 호스트 포트 충돌(macOS의 AirPlay 수신 모드), 방화벽, rootless 모드의 포트 제한을 차례로 확인하는 점검표를 추가했습니다.',
    revisedAnchor: 'port-checklist',
  },
  {
    kind: '보강',
    summary:
      'overlay, macvlan, ipvlan의 세부 설명을 bridge와 포트 공개 뒤로 옮기고, ipvlan l3 모드가 물리 네트워크와 다른 서브넷을 쓴다는 점과 l3s 모드를 더했습니다.',
    revisedAnchor: 'other-drivers',
    firstEditionAnchor: 'driver-overlay',
  },
  {
    kind: '보강',
    summary:
      '예제의 Compose 부분을 Compose가 프로젝트마다 만드는 <프로젝트>_default 네트워크와 그 이름 규칙을 확인하는 단계로 바꾸고, 직접 해보기는 예제와 겹치지 않게 veth, 기본 bridge와 사용자 정의 네트워크의 DNS 설정, DNAT 규칙을 들여다보는 단계로 다시 짰습니다.',
    revisedAnchor: 'worked-example',
    firstEditionAnchor: 'worked-example',
  },
  {
    kind: '정정',
    summary:
      '초판은 실행 중인 컨테이너를 기본 bridge에서 분리할 수 없어 다시 만들어야 한다고 했지만, docker network disconnect는 실행 중인 컨테이너도 기본 bridge에서 떼어 냅니다(거부하는 것은 host 네트워크 모드뿐입니다). 개정판은 이 이유와 비교표의 해당 행을 뺐습니다.',
    revisedAnchor: 'default-bridge-limits',
    firstEditionAnchor: 'default-bridge-limits',
  },
] as const satisfies readonly EditionChange[];
