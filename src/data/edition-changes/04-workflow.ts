import type { EditionChange } from '../editionChange';

export const changes = [
  {
    kind: '보강',
    summary:
      'Compose V1(docker-compose)에서 지금의 Compose v5까지의 관계(3과 4를 건너뛴 이유, buildx 플러그인이 있을 때 빌드를 Bake에 맡기는 점), compose.yaml·compose.yml·docker-compose.yml·docker-compose.yaml 순의 파일 찾기와 상위 디렉터리 탐색, 쓰지 않게 된 version 키를 설명하는 절을 더하고 예제 파일 이름을 compose.yaml로 바꿨습니다.',
    revisedAnchor: 'compose-v5',
    firstEditionAnchor: 'compose-file',
  },
  {
    kind: '추가',
    summary:
      'develop.watch의 sync, sync+restart, sync+exec, restart, rebuild 다섯 동작(rebuild만 build가 있는 서비스 전용)과 ignore·include 패턴, docker compose watch, docker compose up --watch로 저장 즉시 컨테이너에 반영하는 Compose Watch 절을 추가했습니다.',
    revisedAnchor: 'compose-watch',
  },
  {
    kind: '삭제',
    summary:
      '코드를 고칠 때마다 docker compose up -d --build로 다시 빌드하고 프록시를 재시작하던 개발 루프 절은 Compose Watch 절로 대체해 뺐습니다.',
    firstEditionAnchor: 'rebuild-loop',
  },
  {
    kind: '추가',
    summary:
      'docker init으로 Dockerfile, compose.yaml, .dockerignore, README.Docker.md를 만드는 방법을 장의 앞부분, 빌드 절 앞에 두었습니다.',
    revisedAnchor: 'docker-init',
  },
  {
    kind: '추가',
    summary:
      'Compose 파일을 부품으로 나누는 include(같은 이름의 자원은 경고 없이 합쳐지고 불러오는 쪽이 이김)와 필요할 때만 쓰는 서비스를 표시하는 profiles를 다루고, 대화형 도구 서비스는 docker compose run --rm으로 실행한다는 점을 설명하는 절을 추가했습니다.',
    revisedAnchor: 'include-and-profiles',
  },
  {
    kind: '보강',
    summary:
      'GitHub Actions 예제의 액션을 현재 메이저 버전(setup-buildx-action@v4, login-action@v4, metadata-action@v6, build-push-action@v7)으로 올리고, 푸시 전에 이미지를 불러와 시험하는 단계, Docker Hub pull 한도를 피하는 로그인, 푸시한 다이제스트를 배포 단계에 넘기는 방법을 더했습니다.',
    revisedAnchor: 'ci-pipeline',
    firstEditionAnchor: 'ci-pipeline',
  },
  {
    kind: '추가',
    summary:
      'CI 예제에 provenance와 SBOM 빌드 증명을 붙이고, 증명이 이미지 인덱스에 저장되는 방식과 빌드 인자에 비밀을 넣으면 안 되는 이유를 설명하는 절을 추가했습니다.',
    revisedAnchor: 'ci-attestations',
    firstEditionAnchor: 'ci-pipeline',
  },
  {
    kind: '보강',
    summary:
      '빌드 출력과 이미지 ID 설명을 새 설치의 기본값인 containerd 이미지 스토어 기준으로 바꿨습니다. 이미지 ID가 최상위 매니페스트(이미지 인덱스)의 다이제스트라 푸시한 다이제스트와 같고, overlay2 스토어에서는 config 해시라 다르다는 점을 함께 적었습니다.',
    revisedAnchor: 'build',
    firstEditionAnchor: 'build',
  },
  {
    kind: '추가',
    summary:
      'Apple silicon에서 빌드한 linux/arm64 이미지가 amd64 서버에서 실행되지 않는 문제와 5장의 멀티 플랫폼 빌드로 가는 길을 알리는 주의 상자를 추가했습니다.',
    revisedAnchor: 'build',
  },
  {
    kind: '보강',
    summary:
      'docker image ls의 출력 예를 Docker CLI 29의 기본 보기(IMAGE, ID, DISK USAGE, CONTENT SIZE, EXTRA)로 바꾸고, 이미지 참조 구조에서 네임스페이스가 선택 사항임을 바로 적었습니다.',
    revisedAnchor: 'tag',
    firstEditionAnchor: 'tag',
  },
  {
    kind: '보강',
    summary:
      '로컬 레지스트리를 호스트 포트 5001로 공개하도록 바꿨습니다. macOS 12 이상에서는 AirPlay 수신 모드가 5000번을 쓰기 때문입니다. Docker Hub의 pull 한도도 설명합니다.',
    revisedAnchor: 'push-pull',
    firstEditionAnchor: 'push-pull',
  },
  {
    kind: '추가',
    summary:
      'RepoDigests에서 원하는 저장소의 값을 골라 쓰는 방법과, CI가 푸시한 다이제스트를 Compose 파일에 적어 배포하고 되돌리는 방법을 다루는 절을 추가했습니다.',
    revisedAnchor: 'deploy-by-digest',
    firstEditionAnchor: 'pin-by-digest',
  },
  {
    kind: '보강',
    summary:
      '예제의 베이스 이미지를 지원 중인 태그(node:24-slim, nginx:1.30, postgres:18)로 올리고, postgres 18부터 볼륨을 /var/lib/postgresql에 붙여야 한다는 점과 초기화 중의 임시 서버를 피하는 pg_isready -h 127.0.0.1 헬스 체크를 적었습니다.',
    revisedAnchor: 'compose-file',
    firstEditionAnchor: 'compose-file',
  },
] as const satisfies readonly EditionChange[];
