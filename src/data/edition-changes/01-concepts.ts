import type { EditionChange } from '../editionChange';

export const changes = [
  {
    kind: '추가',
    summary:
      'containerd 이미지 저장소와 스냅샷터를 설명하고, Engine 28에서는 선택 사항이며 Docker Desktop 4.34 이후와 Engine 29의 새 설치에서는 기본값이라는 사실을 정리한 절을 추가했습니다.',
    revisedAnchor: 'containerd-image-store',
  },
  {
    kind: '추가',
    summary:
      '이미지 인덱스(manifest list)로 여러 플랫폼을 한 이름에 담는 멀티 플랫폼 이미지와 docker manifest inspect 출력 읽는 법을 설명하는 절을 추가했습니다.',
    revisedAnchor: 'multi-platform',
  },
  {
    kind: '추가',
    summary:
      'Docker Engine 23.0부터 기본 빌더가 된 BuildKit과 Buildx의 관계, 이전 빌더와의 차이, 빌드 출력 읽는 법을 다루는 절을 추가했습니다.',
    revisedAnchor: 'buildkit-default',
  },
  {
    kind: '추가',
    summary:
      '데몬이 root로 실행된다는 점과 docker 그룹의 권한 문제를 따로 떼어, rootless 모드와 userns-remap의 차이를 짧게 소개하는 절을 추가했습니다.',
    revisedAnchor: 'daemon-privileges',
    firstEditionAnchor: 'cli-and-daemon',
  },
  {
    kind: '보강',
    summary:
      '구조도와 docker run 순서도를 실제 Engine API 호출 순서로 다시 그리고, 이미지를 다루는 주체가 저장 방식에 따라 dockerd 또는 containerd라는 점을 반영했습니다.',
    revisedAnchor: 'containerd-shim-runc',
    firstEditionAnchor: 'containerd-shim-runc',
  },
  {
    kind: '보강',
    summary:
      'docker version 출력 예를 Engine 27.5.1(API 1.47)에서 Engine 28.2.2(API 1.50)로 바꾸고, Engine 27.5부터 29.0까지의 API 버전 표와 API 버전 협상(downgraded from) 설명을 더했습니다.',
    revisedAnchor: 'docker-version',
    firstEditionAnchor: 'docker-version',
  },
  {
    kind: '보강',
    summary:
      'docker info 필드 표에 containerd 이미지 저장소일 때의 Storage Driver 표시, Buildx 플러그인 유무, rootless와 userns 보안 옵션을 읽는 법을 더했습니다.',
    revisedAnchor: 'docker-info',
    firstEditionAnchor: 'docker-info',
  },
  {
    kind: '보강',
    summary:
      '직접 해보기에 내려받은 이미지의 플랫폼을 확인하는 단계를 더하고, 출력 예를 Engine 28 기준으로 바꾸었습니다.',
    revisedAnchor: 'try-it',
    firstEditionAnchor: 'try-it',
  },
] as const satisfies readonly EditionChange[];
