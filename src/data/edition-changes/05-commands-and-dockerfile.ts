import type { EditionChange } from '../editionChange';

export const changes = [
  {
    kind: '추가',
    summary:
      'BuildKit과 Buildx의 클라이언트-서버 구조, `docker build`와 `docker builder`가 Buildx로 전달된다는 점, `# syntax` 지시문을 설명하는 절을 Dockerfile 기능보다 앞에 추가했습니다.',
    revisedAnchor: 'buildkit-default',
  },
  {
    kind: '추가',
    summary:
      'Dockerfile 1.8에 도입된 빌드 체크와 `docker build --check`, `# check=error=true` 지시문을 다루는 절과 실습 단계를 추가했습니다.',
    revisedAnchor: 'build-checks',
  },
  {
    kind: '추가',
    summary:
      '`COPY --link`로 레이어를 독립시켜 재사용하는 방법과 `COPY --chmod`로 권한을 한 번에 지정하는 방법, 각각의 제약을 설명하는 절을 추가했습니다.',
    revisedAnchor: 'copy-link-chmod',
    firstEditionAnchor: 'copy-vs-add',
  },
  {
    kind: '추가',
    summary:
      '`&&`와 백슬래시 대신 여러 줄 스크립트를 쓰는 `RUN` 히어독 문법과 `set -eux`를 함께 써야 하는 이유를 설명하는 절을 추가했습니다.',
    revisedAnchor: 'heredocs',
    firstEditionAnchor: 'combine-and-clean',
  },
  {
    kind: '추가',
    summary:
      '`docker buildx build --platform`으로 amd64와 arm64 이미지를 함께 만드는 멀티 플랫폼 빌드와, 에뮬레이션 대신 교차 컴파일을 쓰는 방법을 추가했습니다.',
    revisedAnchor: 'multi-platform',
    firstEditionAnchor: 'multi-stage',
  },
  {
    kind: '추가',
    summary:
      '빌드에 비밀 값을 넘기는 `RUN --mount=type=secret`과 `docker build --secret`을 다루는 절을 추가했습니다.',
    revisedAnchor: 'build-secrets',
    firstEditionAnchor: 'env-vs-arg',
  },
  {
    kind: '추가',
    summary:
      '출처 증명(provenance)과 SBOM 같은 빌드 증명을 만드는 방법과 저장 위치를 설명하는 절을 추가했습니다.',
    revisedAnchor: 'attestations',
  },
  {
    kind: '보강',
    summary:
      '`prune` 명령 설명에 더해 `docker system df`, `docker builder prune --reserved-space`, BuildKit 가비지 컬렉션 한도(`reservedSpace`, `maxUsedSpace`, `minFreeSpace`, `daemon.json`에서는 `defaultReservedSpace` 등)로 빌드 캐시를 관리하는 방법을 새 절로 보강했습니다.',
    revisedAnchor: 'disk-usage',
    firstEditionAnchor: 'prune-commands',
  },
  {
    kind: '보강',
    summary:
      '명령어 설명에 `docker image history`, `SHELL`, `STOPSIGNAL`, 베이스 이미지에서 물려받는 `ENTRYPOINT`, 캐시를 피하는 `--no-cache`와 `--pull`을 보강했습니다.',
    revisedAnchor: 'cmd-vs-entrypoint',
    firstEditionAnchor: 'cmd-vs-entrypoint',
  },
  {
    kind: '보강',
    summary:
      '비루트 실행 절에서 Kubernetes `runAsNonRoot`와 맞도록 `USER`를 숫자 UID로 쓰게 하고, distroless 이미지에는 `node` 사용자가 없다는 점을 보강했습니다.',
    revisedAnchor: 'non-root',
    firstEditionAnchor: 'non-root',
  },
  {
    kind: '정정',
    summary:
      '`ARG` 값이 바뀌면 그 변수를 처음 쓰는 곳이 아니라 `ARG` 뒤의 첫 `RUN`에서 캐시가 깨지고, 주 버전 태그는 재현을 보장하지 않으며(다이제스트만 보장), Kubernetes는 `HEALTHCHECK`를 쓰지 않는다고 바로잡았습니다.',
    revisedAnchor: 'env-vs-arg',
    firstEditionAnchor: 'env-vs-arg',
  },
  {
    kind: '보강',
    summary:
      '예제와 표를 Docker Engine 29.7.2 기준으로 바꿨습니다. 베이스 이미지는 `node:24`(Debian 12 bookworm, 배포판은 `node:24-trixie-slim`처럼 태그로 고정), `golang:1.27`, distroless `debian13`이고, 크기는 `docker image ls`의 새 `DISK USAGE`, `CONTENT SIZE` 열로 읽습니다.',
    revisedAnchor: 'base-images',
    firstEditionAnchor: 'base-images',
  },
] as const satisfies readonly EditionChange[];
