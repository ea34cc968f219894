/**
 * 개정판이 기준으로 삼는 버전. 시리즈 소개, 각 장의 첫머리, 변경 내역이 `Baseline` 컴포넌트로 이 값을 보여 주고,
 * `tests/content/baseline.test.ts`가 출력 예(`docker version`, `docker info`, `docker compose version`,
 * `docker buildx version`)와 기준을 말하는 문장이 이 값과 같은지 확인합니다.
 *
 * 값은 각 저장소의 릴리스 태그에서 읽었습니다(`source`). 새 판으로 올릴 때는 이 파일과 출력 예를 함께 고칩니다.
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
      label: 'moby/moby docker-v29.7.2 Dockerfile (CONTAINERD_VERSION)',
      url: 'https://github.com/moby/moby/blob/docker-v29.7.2/Dockerfile',
    },
  },
  runc: {
    name: 'runc',
    version: '1.4.3',
    source: {
      label: 'moby/moby docker-v29.7.2 Dockerfile (RUNC_VERSION)',
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
    source: {
      label: 'docker/docs Docker Desktop release notes 4.86.0',
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
