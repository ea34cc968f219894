import type { SearchEdition } from './searchQueries';

/**
 * 절 단위 검색 기준. 학습자가 검색 상자에 칠 법한 그대로의 검색어와, 첫 결과가 가야 하는 절입니다.
 * `first`의 값은 `페이지#절 id`(그 절) 또는 `페이지`(그 페이지의 어느 절이든)이고, 여럿이면 그중 하나면 됩니다.
 * 문장이 아니라 제목 id로 적으므로 본문을 고쳐도 기준은 그대로입니다(id를 바꾸면 이 파일도 고칩니다).
 *
 * 이 목록은 순위 규칙을 고치기 전에 적었습니다. 순위를 맞추는 데 쓰지 않는 따로 둔 검색어는
 * `searchQueriesHeldOut.ts`에 있습니다.
 */
export interface SectionQueryCase {
  /** 검색 상자에 입력하는 그대로 */
  readonly query: string;
  /** 어느 판을 읽다가 검색하는가 */
  readonly edition: SearchEdition;
  /** 첫 결과가 가야 하는 곳 (base 경로를 뺀 `페이지#id` 또는 `페이지`) */
  readonly first: readonly string[];
}

const page = {
  concepts: '/docs/concepts',
  containers: '/docs/containers',
  network: '/docs/network',
  workflow: '/docs/workflow',
  dockerfile: '/docs/commands-and-dockerfile',
  deepDive: '/docs/deep-dive',
  intro: '/docs',
  gettingStarted: '/docs/getting-started',
  changes: '/docs/changes',
  commands: '/docs/commands',
  glossary: '/docs/glossary',
} as const;
type PageName = keyof typeof page;

/** 개정판의 `페이지#id` */
export const revisedAt = (name: PageName, ...anchors: string[]): string[] =>
  anchors.length === 0 ? [page[name]] : anchors.map((anchor) => `${page[name]}#${anchor}`);
/** 초판의 `페이지#id` */
export const firstAt = (name: PageName, ...anchors: string[]): string[] =>
  revisedAt(name, ...anchors).map((target) => target.replace(/^\/docs/, '/docs/2025.02'));

/** 개정판을 읽다가 입력하는 검색어(`r`)와 초판을 읽다가 입력하는 검색어(`f`). 따로 둔 검색어도 같은 모양으로 씁니다 */
export const r = (query: string, ...first: string[][]): SectionQueryCase => ({
  query,
  edition: 'current',
  first: first.flat(),
});
export const f = (query: string, ...first: string[][]): SectionQueryCase => ({
  query,
  edition: '2025.02',
  first: first.flat(),
});

export const sectionQueries: readonly SectionQueryCase[] = [
  // 2장: 컨테이너 다루기
  r('docker run 옵션', revisedAt('containers', 'run-options')),
  r('컨테이너 로그 보기', revisedAt('containers', 'logs')),
  r('볼륨과 바인드 마운트 차이', revisedAt('containers', 'storage-comparison')),
  r('컨테이너 접속', revisedAt('containers', 'exec')),
  r('docker exec', revisedAt('containers', 'exec')),
  r('컨테이너 안에서 명령 실행', revisedAt('containers', 'exec')),
  r('컨테이너 상태', revisedAt('containers', 'container-lifecycle', 'lifecycle-states')),
  r('컨테이너 생명주기', revisedAt('containers', 'container-lifecycle', 'lifecycle-states')),
  r('백그라운드로 실행', revisedAt('containers', 'foreground-detached')),
  // 옵션 표의 `-d` 행도 `docker run -d`가 무엇을 하는지(백그라운드 실행, 예와 함께) 답합니다.
  r('docker run -d', revisedAt('containers', 'foreground-detached', 'run-options')),
  r('재시작 정책', revisedAt('containers', 'restart-policies')),
  r('컨테이너 자동 재시작', revisedAt('containers', 'restart-policies')),
  r('docker inspect format', revisedAt('containers', 'inspect')),
  r('docker stats', revisedAt('containers', 'stats-top'), revisedAt('deepDive', 'cgroup-accounting')),
  r('컨테이너 파일 복사', revisedAt('containers', 'cp')),
  r('셸 없는 이미지 디버깅', revisedAt('containers', 'debugging-slim-images')),
  r('docker debug', revisedAt('containers', 'debugging-slim-images')),
  r('PID 1', revisedAt('containers', 'pid1-and-signals', 'pid1-signal-handling')),
  r('SIGTERM 무시', revisedAt('containers', 'pid1-signal-handling')),
  r('docker stop 이 오래 걸릴 때', revisedAt('containers', 'stop-sequence', 'pid1-signal-handling')),
  r('--init 옵션', revisedAt('containers', 'init-and-exec-form')),
  r('tmpfs', revisedAt('containers', 'tmpfs')),
  r('볼륨', revisedAt('containers', 'volumes')),
  r('바인드마운트', revisedAt('containers', 'bind-mounts')),
  r('--mount 문법', revisedAt('containers', 'mount-syntax')),
  r('메모리 제한', revisedAt('containers', 'memory-limits')),
  r('cpu 제한 거는 법', revisedAt('containers', 'cpu-pids-limits')),
  r('OOM', revisedAt('containers', 'oom-killer')),
  r('메모리 부족으로 컨테이너가 죽을 때', revisedAt('containers', 'oom-killer')),
  r('컨테이너 정리', revisedAt('containers', 'cleanup')),
  // 5장: 명령어와 Dockerfile
  r('멀티스테이지', revisedAt('dockerfile', 'multi-stage')),
  r('멀티 스테이지 빌드', revisedAt('dockerfile', 'multi-stage')),
  r('이미지 크기 줄이기', revisedAt('dockerfile', 'smaller-images')),
  r('이미지 용량 줄이는 법', revisedAt('dockerfile', 'smaller-images')),
  r('CMD ENTRYPOINT 차이', revisedAt('dockerfile', 'cmd-vs-entrypoint')),
  r('COPY ADD 차이', revisedAt('dockerfile', 'copy-vs-add')),
  r('ENV ARG 차이', revisedAt('dockerfile', 'env-vs-arg')),
  r('.dockerignore', revisedAt('dockerfile', 'dockerignore')),
  r('dockerignore 왜 쓰나', revisedAt('dockerfile', 'dockerignore')),
  r('빌드 캐시가 깨지는 이유', revisedAt('dockerfile', 'build-cache')),
  r('레이어 순서', revisedAt('dockerfile', 'layer-order')),
  r('캐시 마운트', revisedAt('dockerfile', 'cache-mounts')),
  r('베이스 이미지 고르기', revisedAt('dockerfile', 'base-images')),
  r('non-root 사용자로 실행', revisedAt('dockerfile', 'non-root')),
  r('루트 아닌 사용자', revisedAt('dockerfile', 'non-root')),
  r('빌드할 때 비밀번호 넘기는 법', revisedAt('dockerfile', 'build-secrets')),
  r('HEALTHCHECK', revisedAt('dockerfile', 'healthcheck-volume-label')),
  r('헬스체크', revisedAt('dockerfile', 'healthcheck-volume-label')),
  r('멀티 플랫폼 빌드', revisedAt('dockerfile', 'multi-platform')),
  r('arm64 이미지 빌드', revisedAt('dockerfile', 'multi-platform')),
  r('RUN 히어독', revisedAt('dockerfile', 'heredocs')),
  r('COPY --link', revisedAt('dockerfile', 'copy-link-chmod')),
  r('빌드 체크', revisedAt('dockerfile', 'build-checks')),
  r(
    '디스크 용량 정리',
    revisedAt('dockerfile', 'disk-usage', 'prune-commands'),
    revisedAt('containers', 'cleanup'),
  ),
  r('docker system prune', revisedAt('dockerfile', 'prune-commands'), revisedAt('commands', 'system-prune')),
  r('prune 차이', revisedAt('dockerfile', 'prune-commands')),
  r(
    'docker ps 와 docker container ls',
    revisedAt('dockerfile', 'legacy-aliases'),
    revisedAt('commands', 'container-ls'),
  ),
  r('관리 명령', revisedAt('dockerfile', 'management-commands')),
  r('buildx 란', revisedAt('dockerfile', 'buildkit-default')),
  r('BuildKit Buildx 차이', revisedAt('dockerfile', 'buildkit-default')),
  r('WORKDIR', revisedAt('dockerfile', 'expose-workdir-user')),
  r(
    'EXPOSE 하면 포트가 열리나',
    revisedAt('dockerfile', 'expose-workdir-user'),
    revisedAt('network', 'port-publishing'),
  ),
  // 3장: 네트워크
  r('포트 매핑', revisedAt('network', 'port-publishing', 'publish-syntax')),
  r('브리지 네트워크', revisedAt('network', 'driver-bridge', 'default-bridge', 'user-defined-bridge')),
  r('네트워크 드라이버 종류', revisedAt('network', 'network-drivers', 'driver-summary')),
  r('사용자 정의 브리지', revisedAt('network', 'user-defined-bridge')),
  r('컨테이너 이름으로 접속', revisedAt('network', 'embedded-dns')),
  // `isolation-and-connect`는 "명시적으로 연결한 컨테이너끼리만 통신"하는 울타리와 네트워크 사이의 통신을 설명합니다.
  r(
    '컨테이너끼리 통신',
    revisedAt('network', 'user-defined-bridge', 'embedded-dns', 'isolation-and-connect', 'worked-example'),
  ),
  r('localhost에만 포트 공개', revisedAt('network', 'publish-localhost')),
  r('iptables', revisedAt('network', 'nat-and-iptables')),
  r('docker-proxy', revisedAt('network', 'docker-proxy')),
  r('nftables', revisedAt('network', 'nftables')),
  r('gw-priority', revisedAt('network', 'gateway-priority')),
  r('컨테이너에서 호스트 접속', revisedAt('network', 'reach-host')),
  r('host.docker.internal', revisedAt('network', 'reach-host')),
  r('DNS가 안 될 때', revisedAt('network', 'dns-troubleshooting')),
  r('포트가 안 열릴 때', revisedAt('network', 'port-checklist')),
  r('macvlan', revisedAt('network', 'driver-macvlan-ipvlan')),
  r('overlay 네트워크', revisedAt('network', 'driver-overlay')),
  r('docker network 명령', revisedAt('network', 'network-commands')),
  r('ipv6 켜기', revisedAt('network', 'ipv6')),
  r('docker0', revisedAt('network', 'docker0-veth')),
  r('veth', revisedAt('network', 'docker0-veth')),
  // 4장: 개발 흐름
  r('태그와 다이제스트 차이', revisedAt('workflow', 'tags-and-digests')),
  r('docker init', revisedAt('workflow', 'docker-init')),
  r('docker build', revisedAt('workflow', 'build')),
  r('docker tag', revisedAt('workflow', 'tag')),
  r('docker push', revisedAt('workflow', 'push-pull')),
  r('latest 태그 쓰면 안되는 이유', revisedAt('workflow', 'latest-tag')),
  r('다이제스트로 고정', revisedAt('workflow', 'pin-by-digest')),
  r('compose.yaml', revisedAt('workflow', 'compose-v5')),
  r('docker compose up', revisedAt('workflow', 'compose-commands')),
  r('.env 파일', revisedAt('workflow', 'env-vars', 'env-file')),
  r('환경 변수 우선순위', revisedAt('workflow', 'env-precedence')),
  r('compose watch', revisedAt('workflow', 'compose-watch')),
  r('profiles', revisedAt('workflow', 'include-and-profiles')),
  r('github actions 로 이미지 빌드', revisedAt('workflow', 'ci-pipeline')),
  r('SBOM', revisedAt('workflow', 'ci-attestations'), revisedAt('dockerfile', 'attestations')),
  // 6장: 깊이 보기
  r(
    '컨테이너와 VM 차이',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  r('namespace 종류', revisedAt('deepDive', 'namespace-types')),
  r('네임스페이스', revisedAt('deepDive', 'namespaces')),
  r('unshare', revisedAt('deepDive', 'unshare-demo')),
  r('user namespace', revisedAt('deepDive', 'user-namespace')),
  r('seccomp', revisedAt('deepDive', 'capabilities-seccomp')),
  r('cgroup v2', revisedAt('deepDive', 'cgroup-v1-v2')),
  r('memory.max', revisedAt('deepDive', 'memory-max')),
  r('하이퍼바이저 종류', revisedAt('deepDive', 'hypervisor-types', 'hypervisor-examples')),
  r('WSL2', revisedAt('deepDive', 'wsl2-backend')),
  r('윈도우에서 도커 쓰려면', revisedAt('deepDive', 'windows-needs-virtualization')),
  r('wsl 파일 느림', revisedAt('deepDive', 'wsl2-file-performance')),
  // 시작하기 페이지가 생긴 뒤로는 Mac에 설치하는 절도 이 검색어의 답입니다.
  r('mac에서 도커', [...revisedAt('deepDive', 'macos-linux-vm'), ...revisedAt('gettingStarted', 'macos')]),
  r('gVisor', revisedAt('deepDive', 'sandboxed-runtimes')),
  // 1장: 개념
  r('이미지 레이어', revisedAt('concepts', 'layers', 'layers-and-union-fs')),
  r('overlay2', revisedAt('concepts', 'overlay2')),
  r('copy on write', revisedAt('concepts', 'copy-on-write')),
  r('containerd runc 차이', revisedAt('concepts', 'containerd-shim-runc')),
  r('docker info', revisedAt('concepts', 'docker-info')),
  r('OCI', revisedAt('concepts', 'oci-specs')),
  r('도커 데몬 권한', revisedAt('concepts', 'daemon-privileges')),
  r('containerd 이미지 스토어', revisedAt('concepts', 'containerd-image-store')),
  r('도커 왜 씀', revisedAt('concepts', 'why-docker')),
  r('레지스트리가 뭐야', revisedAt('concepts', 'registry')),
  r('도커', revisedAt('concepts', 'why-docker'), revisedAt('intro')),
  // 시리즈 소개, 모음 페이지: 그 페이지를 찾을 때는 나와야 합니다
  // 설치 안내 페이지(시작하기)가 생겨 issue #20이 말한 대로 설치는 그 페이지로 갑니다.
  r('도커 설치', revisedAt('gettingStarted')),
  r('어떤 순서로 읽어야 해', revisedAt('intro', 'reading-order')),
  r('변경 내역', revisedAt('changes')),
  r('기준 버전', revisedAt('changes', 'baseline')),
  r('용어집', revisedAt('glossary')),
  r('명령어 사전', revisedAt('commands')),
  r(
    'docker container prune',
    revisedAt('commands', 'container-prune'),
    revisedAt('dockerfile', 'prune-commands'),
  ),
  r('copy-on-write 뜻', revisedAt('glossary', 'copy-on-write'), revisedAt('concepts', 'copy-on-write')),
  // 초판
  f('docker run 옵션', firstAt('containers', 'run-options')),
  f('컨테이너 로그', firstAt('containers', 'logs')),
  f('볼륨 바인드 마운트 차이', firstAt('containers', 'storage-comparison')),
  f('멀티스테이지 빌드', firstAt('dockerfile', 'multi-stage')),
  f('CMD와 ENTRYPOINT의 차이', firstAt('dockerfile', 'cmd-vs-entrypoint')),
  f('포트 포워딩', firstAt('network', 'port-publishing', 'publish-syntax')),
  f('컨테이너 접속', firstAt('containers', 'exec')),
  f('docker exec 사용법', firstAt('containers', 'exec')),
  f('WSL 2 백엔드', firstAt('deepDive', 'wsl2-backend')),
  f('윈도우 도커 설치 오류', firstAt('deepDive', 'windows-needs-virtualization')),
  f('하이퍼바이저 타입', firstAt('deepDive', 'hypervisor-types', 'hypervisor-examples')),
  f('overlay2', firstAt('concepts', 'overlay2')),
  f('재시작 정책', firstAt('containers', 'restart-policies')),
  f('환경변수 우선순위', firstAt('workflow', 'env-precedence')),
  f('latest 태그', firstAt('workflow', 'latest-tag')),
  f('compose 개발 루프', firstAt('workflow', 'compose-dev-loop', 'rebuild-loop')),
  f(
    'cgroups 자원 제한',
    firstAt('deepDive', 'cgroups', 'cgroup-resources'),
    firstAt('containers', 'limits-and-cgroups'),
  ),
  f('네트워크 드라이버', firstAt('network', 'network-drivers')),
  f('dockerignore', firstAt('dockerfile', 'dockerignore')),
  f('이미지 용량 줄이기', firstAt('dockerfile', 'smaller-images')),
  f('macvlan', firstAt('network', 'driver-macvlan-ipvlan')),
  f(
    '컨테이너 vs 가상머신',
    firstAt('concepts', 'containers-vs-vms'),
    firstAt('deepDive', 'containers-vs-vms'),
  ),
  f('PID 1 신호', firstAt('containers', 'pid1-and-signals', 'pid1-signal-handling')),
  f('namespace', firstAt('deepDive', 'namespaces')),
  f('CI 파이프라인', firstAt('workflow', 'ci-pipeline')),
  f('용어집', firstAt('glossary')),
];
