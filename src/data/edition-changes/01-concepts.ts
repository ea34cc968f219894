import type { EditionChange } from '../editionChange';

export const changes = [
  {
    kind: '추가',
    summary:
      'containerd 이미지 스토어를 Engine 29 새 설치와 Docker Desktop 4.34 이후 새 설치의 기본값으로, overlay2 스토리지 드라이버를 업그레이드한 데몬의 방식으로 설명하고, 이미지 ID가 다이제스트가 되는 점을 포함해 두 방식의 차이를 표로 정리했습니다.',
    revisedAnchor: 'containerd-image-store',
  },
  {
    kind: '보강',
    summary:
      'OverlayFS 설명을 두 이미지 스토어에 함께 맞도록 고쳐 쓰고, containerd 스냅샷터의 실제 overlay 마운트 예와 opaque 디렉터리가 생기는 경우를 더했습니다.',
    revisedAnchor: 'overlay2',
    firstEditionAnchor: 'overlay2',
  },
  {
    kind: '추가',
    summary:
      '데몬이 root로 실행된다는 점, docker 그룹의 권한, 소켓 권한이 없을 때 CLI 29가 내는 오류 문구를 따로 떼어 정리하고 rootless 모드와 userns-remap은 6장으로 연결했습니다.',
    revisedAnchor: 'daemon-privileges',
    firstEditionAnchor: 'cli-and-daemon',
  },
  {
    kind: '보강',
    summary:
      '구조도와 docker run 순서도를 실제 호출 순서로 다시 그리고, CLI와 dockerd 사이는 Engine API, dockerd와 containerd 사이는 containerd의 gRPC API라는 점과 live-restore의 조건(패치 버전 업그레이드, Swarm 제외)을 적었습니다. LXC에서 runc까지의 역사는 6장으로 연결했습니다.',
    revisedAnchor: 'containerd-shim-runc',
    firstEditionAnchor: 'containerd-shim-runc',
  },
  {
    kind: '보강',
    summary:
      'docker version 출력 예를 Engine 27.5.1(API 1.47)에서 Engine 29.7.2(API 1.55, 최소 1.40)로 바꾸고, Engine 29.0이 올린 최소 API 버전을 29.3이 1.40으로 되돌린 경위와 DOCKER_MIN_API_VERSION, API 버전 협상, 데몬 꺼짐(소켓이 남았을 때와 없을 때)·소켓 권한 오류의 차이를 설명했습니다.',
    revisedAnchor: 'docker-version',
    firstEditionAnchor: 'docker-version',
  },
  {
    kind: '보강',
    summary:
      'docker info 출력 예를 containerd 이미지 스토어를 쓰는 Engine 29 새 설치로 바꾸고, Storage Driver로 이미지 스토어를 구분하는 법과 cgroup v1 폐기 예정을 필드 표에 더했습니다.',
    revisedAnchor: 'docker-info',
    firstEditionAnchor: 'docker-info',
  },
  {
    kind: '보강',
    summary:
      '직접 해보기에 지금 쓰는 이미지 스토어를 확인하는 단계와 다이제스트로 이미지를 받아 실행하는 단계를 더하고, 출력 예를 containerd 이미지 스토어 기준으로 바꾸었으며 마지막에 이미지까지 정리하게 했습니다.',
    revisedAnchor: 'try-it',
    firstEditionAnchor: 'try-it',
  },
] as const satisfies readonly EditionChange[];
