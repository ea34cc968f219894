import type { EditionChange } from '../editionChange';

export const changes = [
  {
    kind: '추가',
    summary:
      'BuildKit이 Docker Engine 23부터 기본 빌더가 되면서 달라진 빌드 구조(Buildx 클라이언트와 BuildKit 서버), 병렬 스테이지 처리, 빌드 출력 형식을 설명하는 절을 추가했습니다.',
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
      '`&&`와 백슬래시 대신 여러 줄 스크립트를 쓰는 `RUN` 히어닥 문법과 `set -eux`를 함께 써야 하는 이유를 설명하는 절을 추가했습니다.',
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
    kind: '보강',
    summary:
      '`prune` 명령 설명에 더해 `docker system df`로 사용량을 확인하고 `docker builder prune`과 BuildKit 가비지 컬렉션으로 빌드 캐시를 관리하는 방법을 새 절로 보강했습니다.',
    revisedAnchor: 'disk-usage',
    firstEditionAnchor: 'prune-commands',
  },
  {
    kind: '보강',
    summary:
      '명령어 대응표에 `docker build`가 Buildx의 `docker buildx build`로 전달된다는 점과 Buildx가 없을 때 나오는 레거시 빌더 폐기 경고를 보강했습니다.',
    revisedAnchor: 'legacy-aliases',
    firstEditionAnchor: 'legacy-aliases',
  },
  {
    kind: '보강',
    summary:
      '비루트 실행 절에 엔진 수준의 보호 수단인 userns-remap과 rootless 모드를, 베이스 이미지 절에 Docker Scout로 취약점을 비교하는 방법을 보강했습니다.',
    revisedAnchor: 'non-root',
    firstEditionAnchor: 'non-root',
  },
] as const satisfies readonly EditionChange[];
