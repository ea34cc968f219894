import type { EditionChange } from '../editionChange';

export const changes = [
  {
    kind: '보강',
    summary:
      'Compose V1(docker-compose)과 V2(docker compose), Compose v5의 관계와 compose.yaml 파일 이름, 쓰지 않게 된 version 키를 설명하는 절을 더하고 예제 파일 이름을 compose.yaml로 바꿨습니다.',
    revisedAnchor: 'compose-v2',
    firstEditionAnchor: 'compose-file',
  },
  {
    kind: '추가',
    summary:
      'develop.watch의 sync, sync+restart, rebuild 동작과 docker compose watch, docker compose up --watch로 저장 즉시 컨테이너에 반영하는 Compose Watch 절을 추가했습니다.',
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
      'docker init으로 Dockerfile, compose.yaml, .dockerignore, README.Docker.md를 만드는 방법과 제공되는 템플릿을 설명하는 절을 추가했습니다.',
    revisedAnchor: 'docker-init',
  },
  {
    kind: '추가',
    summary:
      'Compose 파일을 부품으로 나누는 include와 필요할 때만 켜는 서비스를 표시하는 profiles를 예제와 함께 다루는 절을 추가했습니다.',
    revisedAnchor: 'include-and-profiles',
  },
  {
    kind: '정정',
    summary:
      'GitHub Actions 예제의 액션을 현재 메이저 버전(setup-buildx-action@v4, login-action@v4, metadata-action@v6, build-push-action@v7)으로 바로잡고, 푸시한 다이제스트를 배포 단계에 넘기는 방법을 더했습니다.',
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
      'Docker Desktop 4.34와 Engine 29의 새 설치가 기본으로 쓰는 containerd 이미지 저장소에서는 푸시가 이미지 인덱스의 다이제스트를 돌려줄 수 있다는 설명을 보탰습니다.',
    revisedAnchor: 'push-pull',
    firstEditionAnchor: 'push-pull',
  },
] as const satisfies readonly EditionChange[];
