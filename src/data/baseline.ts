/**
 * 개정판이 기준으로 삼는 버전. 시리즈 소개, 각 장의 첫머리, 변경 내역이 `Baseline` 컴포넌트로 이 값을 보여 주고,
 * `tests/content/baseline.test.ts`가 출력 예(`docker version`, `docker info`, `docker compose version`,
 * `docker buildx version`)와 기준을 말하는 문장이 이 값과 같은지 확인합니다.
 *
 * 값은 각 저장소의 릴리스 태그에서 읽었습니다(`source`). 새 판으로 올릴 때는 이 파일과 출력 예를 함께 고칩니다.
 *
 * 확인한 것(2026-12-07, 각 저장소의 스냅숏):
 * - Engine/CLI 29.7.2: moby/moby의 가장 새 `docker-v29.*` 태그(2026-08-05)와 docker/cli의 `v29.7.2` 태그.
 *   CLI가 싣는 클라이언트 라이브러리도 같은 API 범위입니다(docker/cli v29.7.2
 *   `vendor/github.com/moby/moby/client/client.go`: `MaxAPIVersion = "1.55"`, `MinAPIVersion = "1.40"`).
 * - API 1.55, 기본 최소 1.40: `daemon/config/config.go`의 `MaxAPIVersion`과 `defaultMinAPIVersion`.
 *   29.0.0–29.2.1은 1.44였고 29.3.0에서 1.40으로 내려갔습니다(moby/moby#52067, 커밋 f96921e5e5).
 * - containerd v2.3.3, runc v1.4.3: Engine의 `Dockerfile` ARG. docker/docker-ce-packaging의 `static/Makefile`이
 *   이 Dockerfile로 정적 바이너리(`docker-29.7.2.tgz`)의 containerd와 runc를 빌드합니다. `.deb`/`.rpm`은 따로 나오는
 *   `containerd.io` 패키지에 기대므로 그 버전은 다를 수 있습니다(Dockerfile의 주석). docker/containerd-packaging
 *   스냅숏은 2025-05-23에서 멈춰 있어 2026년의 `containerd.io` 버전은 확인하지 못했습니다.
 * - Compose v5.5.0, Buildx v0.36.1: 각 저장소의 가장 새 태그(2026-08-17, 2026-08-04). docker-ce-packaging의
 *   `common.mk`는 2026-08-20(#1345)에 `DOCKER_COMPOSE_REF`를 v5.5.0으로 올렸습니다.
 * - BuildKit v0.32.2: Engine `go.mod`의 `github.com/moby/buildkit` (Engine에 든 빌더).
 * - Desktop 4.86.0(2026-08-10): docker/docs `content/manuals/desktop/release-notes.md`의 `## 4.86.0`(docker/docs#25702)이
 *   Engine v29.7.2와 Buildx v0.36.0을 올렸다고 적습니다. Engine 29.7.2를 담은 첫 Desktop입니다. 4.83.0이 29.6.2를 담았고
 *   4.84.0과 4.85.0은 Engine을 바꾸지 않았으며, 29.7.0과 29.7.1을 담은 Desktop은 없습니다. 릴리스 노트에 4.86.0보다
 *   새 항목은 확인한 스냅숏에 없습니다. 더 새 Desktop이 같은 Engine을 담더라도 기준은 그 Engine을 처음 담은 이 판으로 둡니다.
 *   Desktop 4.86.0에 든 Compose는 4.83.0이 올린 v5.3.1이므로, Desktop의 `docker compose version`은 기준(v5.5.0)과 다를 수
 *   있습니다. 출력 예는 Linux 공식 패키지를 기준으로 합니다.
 */
export interface BaselineSource {
  /** 무엇을 읽었는지: 저장소, 태그, 파일 */
  readonly label: string;
  readonly url: string;
}

export interface BaselineComponent {
  /** 독자에게 보이는 이름 */
  readonly name: string;
  /** 접두사 `v` 없는 버전 */
  readonly version: string;
  readonly source: BaselineSource;
}

export interface ApiBaseline extends BaselineComponent {
  /** 데몬이 기본으로 받아 주는 가장 낮은 API 버전 (`docker version`의 `minimum version`) */
  readonly minimumVersion: string;
}

export interface DesktopBaseline extends BaselineComponent {
  /** 이 Desktop 릴리스의 배포일 */
  readonly released: string;
  /** 이 Desktop 릴리스에 든 Engine 버전. 기준 Engine과 같아야 합니다 */
  readonly bundledEngine: string;
  /** 이 Desktop 릴리스에 든 Compose 버전. Desktop은 Compose를 Linux 패키지보다 늦게 올리므로 기준과 다를 수 있습니다 */
  readonly bundledCompose: string;
}

export const baseline = {
  engine: {
    name: 'Docker Engine',
    version: '29.7.2',
    source: {
      label: 'moby/moby docker-v29.7.2',
      url: 'https://github.com/moby/moby/releases/tag/docker-v29.7.2',
    },
  },
  cli: {
    name: 'Docker CLI',
    version: '29.7.2',
    source: {
      label: 'docker/cli v29.7.2',
      url: 'https://github.com/docker/cli/releases/tag/v29.7.2',
    },
  },
  api: {
    name: 'Engine API',
    version: '1.55',
    minimumVersion: '1.40',
    source: {
      label: 'moby/moby docker-v29.7.2 daemon/config/config.go (MaxAPIVersion, defaultMinAPIVersion)',
      url: 'https://github.com/moby/moby/blob/docker-v29.7.2/daemon/config/config.go',
    },
  },
  containerd: {
    name: 'containerd',
    version: '2.3.3',
    source: {
      label: 'moby/moby docker-v29.7.2 Dockerfile (CONTAINERD_VERSION, 정적 바이너리)',
      url: 'https://github.com/moby/moby/blob/docker-v29.7.2/Dockerfile',
    },
  },
  runc: {
    name: 'runc',
    version: '1.4.3',
    source: {
      label: 'moby/moby docker-v29.7.2 Dockerfile (RUNC_VERSION, 정적 바이너리)',
      url: 'https://github.com/moby/moby/blob/docker-v29.7.2/Dockerfile',
    },
  },
  compose: {
    name: 'Docker Compose',
    version: '5.5.0',
    source: {
      label: 'docker/compose v5.5.0',
      url: 'https://github.com/docker/compose/releases/tag/v5.5.0',
    },
  },
  buildx: {
    name: 'Buildx',
    version: '0.36.1',
    source: {
      label: 'docker/buildx v0.36.1',
      url: 'https://github.com/docker/buildx/releases/tag/v0.36.1',
    },
  },
  buildkit: {
    name: 'BuildKit',
    version: '0.32.2',
    source: {
      label: 'moby/moby docker-v29.7.2 go.mod (github.com/moby/buildkit)',
      url: 'https://github.com/moby/moby/blob/docker-v29.7.2/go.mod',
    },
  },
  desktop: {
    name: 'Docker Desktop',
    version: '4.86.0',
    released: '2026-08-10',
    bundledEngine: '29.7.2',
    bundledCompose: '5.3.1',
    source: {
      label: 'docker/docs Desktop release notes, 4.86.0 (Engine v29.7.2)',
      url: 'https://docs.docker.com/desktop/release-notes/#4860',
    },
  },
} as const satisfies {
  readonly engine: BaselineComponent;
  readonly cli: BaselineComponent;
  readonly api: ApiBaseline;
  readonly containerd: BaselineComponent;
  readonly runc: BaselineComponent;
  readonly compose: BaselineComponent;
  readonly buildx: BaselineComponent;
  readonly buildkit: BaselineComponent;
  readonly desktop: DesktopBaseline;
};

export type BaselineKey = keyof typeof baseline;

export const baselineKeys = Object.keys(baseline) as BaselineKey[];
