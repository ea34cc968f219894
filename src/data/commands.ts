/**
 * 명령어 사전(`/docs/commands`)의 설명. 어떤 명령이 사전에 오르는지는 장이 정합니다: `plugins/command-reference`가
 * 빌드 때 장의 셸 블록과 본문의 `docker …` 코드에서 명령을 모으고, 여기서 분류와 한 줄 설명을 찾습니다.
 * 장이 쓰는 명령이 여기 없으면 `tests/content/command-reference.test.ts`와 빌드가 명령과 파일을 알리며 멈춥니다.
 *
 * 내장 명령의 usage 줄과 별칭은 `tests/reference/docker-cli.json`(+ 29 추가분)에서 옵니다. 그 참조에 없는 CLI 플러그인
 * 명령(compose, buildx)은 usage 줄과 출처를 여기에 적습니다.
 */

/** 5장이 가르치는 대상별 분류 */
export type CommandCategoryId =
  'container' | 'image' | 'network' | 'volume' | 'build' | 'compose' | 'registry' | 'system';

export interface CommandCategory {
  readonly id: CommandCategoryId;
  readonly label: string;
  readonly description: string;
}

export const commandCategories: readonly CommandCategory[] = [
  { id: 'container', label: '컨테이너', description: '컨테이너를 만들고, 실행하고, 들여다보고, 지웁니다.' },
  { id: 'image', label: '이미지', description: '로컬 이미지와 태그를 다루고 레지스트리와 주고받습니다.' },
  { id: 'network', label: '네트워크', description: '네트워크를 만들고 컨테이너를 연결합니다.' },
  { id: 'volume', label: '볼륨', description: '데몬이 관리하는 볼륨을 만들고 지웁니다.' },
  { id: 'build', label: '빌드', description: 'Dockerfile로 이미지를 빌드하고 빌더와 빌드 캐시를 다룹니다.' },
  { id: 'compose', label: 'Compose', description: '`compose.yaml`에 적은 여러 서비스를 한꺼번에 다룹니다.' },
  { id: 'registry', label: '레지스트리', description: '레지스트리에 로그인하고 원격 이미지 정보를 봅니다.' },
  {
    id: 'system',
    label: '시스템',
    description: '데몬과 클라이언트의 정보, 디스크 사용량, 모든 대상에 쓰는 명령입니다.',
  },
];

/** 참조(`docker-cli.json`)에 없는 CLI 플러그인 명령의 usage 줄과 그 출처 */
export interface PluginCommandUsage {
  readonly usage: string;
  /** 저장소, 문서 경로, 태그(`docker/compose docs/reference/compose_up.md @ v2.40.3`) */
  readonly source: string;
}

export interface CommandDescription {
  /**
   * `docker` 뒤의 명령 경로. 내장 명령은 CLI 참조에 있는 이름 중 하나(`container run`)이고, 그 명령의 다른
   * 이름(`run`)은 참조의 별칭으로 같은 항목에 모입니다. 플러그인 명령은 `compose up`처럼 씁니다.
   */
  readonly command: string;
  readonly category: CommandCategoryId;
  /** 하는 일 한 줄 (합니다체) */
  readonly summary: string;
  /** 플러그인 명령에만: CLI 참조에 없는 usage 줄 */
  readonly plugin?: PluginCommandUsage;
}

/**
 * 플러그인의 전역 옵션 가운데 값을 받는 것. `docker compose -f a.yaml up`에서 `a.yaml`을 하위 명령으로 읽지 않게 합니다.
 */
export const pluginOptionsWithValue: Readonly<Record<string, readonly string[]>> = {
  compose: ['-f', '--file', '-p', '--project-name', '--profile', '--env-file', '--project-directory'],
  buildx: ['--builder'],
};

export const commandDescriptions: readonly CommandDescription[] = [
  {
    command: 'container run',
    category: 'container',
    summary: '이미지로 새 컨테이너를 만들고 바로 시작합니다.',
  },
  {
    command: 'container create',
    category: 'container',
    summary: '이미지로 컨테이너를 만들기만 하고 시작하지는 않습니다(Created 상태).',
  },
  {
    command: 'container start',
    category: 'container',
    summary: '멈춘(또는 만들기만 한) 컨테이너를 시작합니다.',
  },
  {
    command: 'container stop',
    category: 'container',
    summary: '주 프로세스에 `SIGTERM`을 보내고, 유예 시간이 지나면 `SIGKILL`로 멈춥니다.',
  },
  { command: 'container restart', category: 'container', summary: '컨테이너를 멈췄다가 다시 시작합니다.' },
  {
    command: 'container kill',
    category: 'container',
    summary: '유예 시간 없이 신호(기본 `SIGKILL`)를 보내 컨테이너를 멈춥니다.',
  },
  {
    command: 'container pause',
    category: 'container',
    summary: 'cgroup freezer로 컨테이너의 모든 프로세스를 일시 정지합니다.',
  },
  {
    command: 'container unpause',
    category: 'container',
    summary: '일시 정지한 컨테이너의 프로세스를 다시 돌립니다.',
  },
  {
    command: 'container rm',
    category: 'container',
    summary: '컨테이너를 삭제합니다(`-f`면 실행 중인 것도 멈추고 삭제).',
  },
  { command: 'container prune', category: 'container', summary: '멈춘 컨테이너를 한꺼번에 지웁니다.' },
  {
    command: 'container ls',
    category: 'container',
    summary: '컨테이너 목록을 봅니다(`-a`를 붙이면 멈춘 것까지).',
  },
  {
    command: 'container exec',
    category: 'container',
    summary: '실행 중인 컨테이너 안에서 명령을 하나 더 실행합니다.',
  },
  {
    command: 'container attach',
    category: 'container',
    summary: '실행 중인 컨테이너의 표준 입출력에 터미널을 붙입니다.',
  },
  {
    command: 'container logs',
    category: 'container',
    summary: '컨테이너의 표준 출력과 표준 오류로 나온 로그를 봅니다.',
  },
  {
    command: 'container inspect',
    category: 'container',
    summary: '컨테이너의 설정과 상태를 JSON으로 봅니다.',
  },
  {
    command: 'container top',
    category: 'container',
    summary: '컨테이너 안에서 돌고 있는 프로세스를 호스트에서 봅니다.',
  },
  {
    command: 'container stats',
    category: 'container',
    summary: '컨테이너별 CPU, 메모리, 네트워크, 블록 I/O 사용량을 실시간으로 봅니다.',
  },
  {
    command: 'container rename',
    category: 'container',
    summary: '컨테이너의 이름을 바꿉니다. 설정과 데이터는 그대로입니다.',
  },
  {
    command: 'container update',
    category: 'container',
    summary: '실행 중인 컨테이너의 자원 제한과 재시작 정책을 바꿉니다.',
  },
  {
    command: 'container port',
    category: 'container',
    summary: '컨테이너 포트가 호스트의 어느 포트에 게시되었는지 봅니다.',
  },
  { command: 'container cp', category: 'container', summary: '컨테이너와 호스트 사이에 파일을 복사합니다.' },
  {
    command: 'container diff',
    category: 'container',
    summary: '컨테이너의 쓰기 레이어에서 더해지고 바뀌고 지워진 파일을 봅니다.',
  },
  {
    command: 'container commit',
    category: 'container',
    summary: '컨테이너의 현재 파일 시스템을 새 이미지로 저장합니다.',
  },
  { command: 'image pull', category: 'image', summary: '레지스트리에서 이미지를 내려받습니다.' },
  { command: 'image push', category: 'image', summary: '이미지를 레지스트리에 올립니다.' },
  { command: 'image tag', category: 'image', summary: '기존 이미지에 새 이름(저장소:태그)을 붙입니다.' },
  { command: 'image ls', category: 'image', summary: '로컬에 있는 이미지 목록을 봅니다.' },
  {
    command: 'image inspect',
    category: 'image',
    summary: '이미지의 설정, 레이어, 메타데이터를 JSON으로 봅니다.',
  },
  {
    command: 'image history',
    category: 'image',
    summary: '이미지를 이루는 레이어와 각 레이어를 만든 명령을 봅니다.',
  },
  { command: 'image rm', category: 'image', summary: '이미지(태그)를 삭제합니다.' },
  {
    command: 'image prune',
    category: 'image',
    summary: '댕글링 이미지를 지웁니다(`-a`면 컨테이너가 쓰지 않는 이미지 전부).',
  },
  { command: 'image save', category: 'image', summary: '이미지를 tar 아카이브로 내보냅니다.' },
  {
    command: 'network create',
    category: 'network',
    summary: '사용자 정의 네트워크를 만듭니다(기본 드라이버는 `bridge`).',
  },
  { command: 'network ls', category: 'network', summary: '네트워크 목록을 봅니다.' },
  {
    command: 'network inspect',
    category: 'network',
    summary: '네트워크의 서브넷, 게이트웨이, 연결된 컨테이너를 봅니다.',
  },
  {
    command: 'network connect',
    category: 'network',
    summary: '실행 중인 컨테이너를 네트워크에 더 연결합니다.',
  },
  { command: 'network disconnect', category: 'network', summary: '컨테이너를 네트워크에서 떼어 냅니다.' },
  { command: 'network rm', category: 'network', summary: '네트워크를 삭제합니다.' },
  {
    command: 'network prune',
    category: 'network',
    summary: '컨테이너가 연결되지 않은 사용자 정의 네트워크를 지웁니다.',
  },
  { command: 'volume create', category: 'volume', summary: '이름 있는 볼륨을 만듭니다.' },
  { command: 'volume ls', category: 'volume', summary: '볼륨 목록을 봅니다.' },
  {
    command: 'volume inspect',
    category: 'volume',
    summary: '볼륨의 드라이버와 호스트 안 위치(Mountpoint)를 봅니다.',
  },
  { command: 'volume rm', category: 'volume', summary: '볼륨을 삭제합니다. 안의 데이터도 함께 사라집니다.' },
  {
    command: 'volume prune',
    category: 'volume',
    summary: '쓰이지 않는 익명 볼륨을 지웁니다(`-a`면 이름 있는 볼륨까지).',
  },
  {
    command: 'image build',
    category: 'build',
    summary:
      'Dockerfile과 빌드 컨텍스트로 이미지를 빌드합니다(Buildx가 있으면 `docker buildx build`로 넘깁니다).',
  },
  {
    command: 'builder prune',
    category: 'build',
    summary: '빌드 캐시를 지웁니다(`-a`면 쓰이지 않는 캐시 전부).',
  },
  {
    command: 'buildx build',
    category: 'build',
    summary: 'BuildKit으로 이미지를 빌드합니다. 멀티 플랫폼 빌드, 캐시 내보내기, 빌드 증명을 지원합니다.',
    plugin: {
      usage: 'docker buildx build [OPTIONS] PATH | URL | -',
      source: 'docker/buildx docs/reference/buildx_build.md @ v0.36.0',
    },
  },
  {
    command: 'buildx create',
    category: 'build',
    summary: '새 빌더 인스턴스(예: `docker-container` 드라이버)를 만듭니다.',
    plugin: {
      usage: 'docker buildx create [OPTIONS] [CONTEXT|ENDPOINT]',
      source: 'docker/buildx docs/reference/buildx_create.md @ v0.36.0',
    },
  },
  {
    command: 'buildx ls',
    category: 'build',
    summary: '빌더 인스턴스와 그 노드, 지원하는 플랫폼을 봅니다.',
    plugin: {
      usage: 'docker buildx ls [OPTIONS]',
      source: 'docker/buildx docs/reference/buildx_ls.md @ v0.36.0',
    },
  },
  {
    command: 'buildx du',
    category: 'build',
    summary: '빌드 캐시의 디스크 사용량을 봅니다.',
    plugin: {
      usage: 'docker buildx du [OPTIONS]',
      source: 'docker/buildx docs/reference/buildx_du.md @ v0.36.0',
    },
  },
  {
    command: 'buildx prune',
    category: 'build',
    summary: '선택한 빌더의 빌드 캐시를 지웁니다.',
    plugin: {
      usage: 'docker buildx prune [OPTIONS]',
      source: 'docker/buildx docs/reference/buildx_prune.md @ v0.36.0',
    },
  },
  {
    command: 'buildx imagetools inspect',
    category: 'build',
    summary: '레지스트리에 있는 이미지의 매니페스트 목록과 빌드 증명을 봅니다.',
    plugin: {
      usage: 'docker buildx imagetools inspect [OPTIONS] NAME',
      source: 'docker/buildx docs/reference/buildx_imagetools_inspect.md @ v0.36.0',
    },
  },
  {
    command: 'buildx version',
    category: 'build',
    summary: '설치된 Buildx 플러그인의 버전을 봅니다.',
    plugin: {
      usage: 'docker buildx version',
      source: 'docker/buildx docs/reference/buildx_version.md @ v0.36.1',
    },
  },
  {
    command: 'compose up',
    category: 'compose',
    summary: '서비스에 필요한 네트워크, 볼륨, 컨테이너를 만들고 시작합니다.',
    plugin: {
      usage: 'docker compose up [OPTIONS] [SERVICE...]',
      source: 'docker/compose docs/reference/docker_compose_up.yaml @ v5.5.0',
    },
  },
  {
    command: 'compose down',
    category: 'compose',
    summary: '`up`이 만든 컨테이너와 네트워크를 멈추고 지웁니다(`-v`면 볼륨까지).',
    plugin: {
      usage: 'docker compose down [OPTIONS] [SERVICES]',
      source: 'docker/compose docs/reference/docker_compose_down.yaml @ v5.5.0',
    },
  },
  {
    command: 'compose ps',
    category: 'compose',
    summary: '프로젝트의 컨테이너와 상태를 봅니다.',
    plugin: {
      usage: 'docker compose ps [OPTIONS] [SERVICE...]',
      source: 'docker/compose docs/reference/docker_compose_ps.yaml @ v5.5.0',
    },
  },
  {
    command: 'compose logs',
    category: 'compose',
    summary: '서비스들의 로그를 모아서 봅니다.',
    plugin: {
      usage: 'docker compose logs [OPTIONS] [SERVICE...]',
      source: 'docker/compose docs/reference/docker_compose_logs.yaml @ v5.5.0',
    },
  },
  {
    command: 'compose exec',
    category: 'compose',
    summary: '실행 중인 서비스 컨테이너 안에서 명령을 실행합니다.',
    plugin: {
      usage: 'docker compose exec [OPTIONS] SERVICE COMMAND [ARGS...]',
      source: 'docker/compose docs/reference/docker_compose_exec.yaml @ v5.5.0',
    },
  },
  {
    command: 'compose run',
    category: 'compose',
    summary: '서비스 설정으로 일회성 컨테이너를 만들어 명령을 실행합니다.',
    plugin: {
      usage: 'docker compose run [OPTIONS] SERVICE [COMMAND] [ARGS...]',
      source: 'docker/compose docs/reference/docker_compose_run.yaml @ v5.5.0',
    },
  },
  {
    command: 'compose restart',
    category: 'compose',
    summary: '서비스 컨테이너를 다시 시작합니다.',
    plugin: {
      usage: 'docker compose restart [OPTIONS] [SERVICE...]',
      source: 'docker/compose docs/reference/docker_compose_restart.yaml @ v5.5.0',
    },
  },
  {
    command: 'compose config',
    category: 'compose',
    summary: '변수와 여러 파일을 합친 최종 Compose 설정을 검증하고 보여 줍니다.',
    plugin: {
      usage: 'docker compose config [OPTIONS] [SERVICE...]',
      source: 'docker/compose docs/reference/docker_compose_config.yaml @ v5.5.0',
    },
  },
  {
    command: 'compose watch',
    category: 'compose',
    summary: '파일이 바뀌면 서비스 컨테이너에 동기화하거나 다시 빌드합니다.',
    plugin: {
      usage: 'docker compose watch [SERVICE...]',
      source: 'docker/compose docs/reference/docker_compose_watch.yaml @ v5.5.0',
    },
  },
  {
    command: 'compose push',
    category: 'compose',
    summary: '서비스 이미지들을 레지스트리에 올립니다.',
    plugin: {
      usage: 'docker compose push [OPTIONS] [SERVICE...]',
      source: 'docker/compose docs/reference/docker_compose_push.yaml @ v5.5.0',
    },
  },
  {
    command: 'compose version',
    category: 'compose',
    summary: '설치된 Compose 플러그인의 버전을 봅니다.',
    plugin: {
      usage: 'docker compose version [OPTIONS]',
      source: 'docker/compose docs/reference/docker_compose_version.yaml @ v5.5.0',
    },
  },
  { command: 'login', category: 'registry', summary: '레지스트리에 로그인해 자격 증명을 저장합니다.' },
  {
    command: 'manifest inspect',
    category: 'registry',
    summary: '레지스트리에 있는 이미지의 매니페스트(플랫폼별 목록)를 봅니다.',
  },
  {
    command: 'scout quickview',
    category: 'registry',
    summary: '이미지의 취약점과 베이스 이미지 상태를 요약해서 봅니다(Docker Desktop의 Scout 플러그인).',
    plugin: {
      usage: 'docker scout quickview [IMAGE|DIRECTORY|ARCHIVE]',
      source: 'docker/scout-cli docs/docker_scout_quickview.yaml @ v1.23.1',
    },
  },
  {
    command: 'scout cves',
    category: 'registry',
    summary: '이미지에 든 패키지의 알려진 취약점(CVE)을 나열합니다(Docker Desktop의 Scout 플러그인).',
    plugin: {
      usage: 'docker scout cves [OPTIONS] [IMAGE|DIRECTORY|ARCHIVE]',
      source: 'docker/scout-cli docs/docker_scout_cves.yaml @ v1.23.1',
    },
  },
  { command: 'version', category: 'system', summary: '클라이언트와 데몬(서버)의 버전을 봅니다.' },
  {
    command: 'system info',
    category: 'system',
    summary: '데몬의 설정과 상태(스토리지 드라이버, cgroup 버전 등)를 봅니다.',
  },
  { command: 'system events', category: 'system', summary: '데몬이 내보내는 이벤트를 실시간으로 봅니다.' },
  {
    command: 'system df',
    category: 'system',
    summary: '이미지, 컨테이너, 볼륨, 빌드 캐시의 디스크 사용량을 봅니다.',
  },
  {
    command: 'system prune',
    category: 'system',
    summary: '멈춘 컨테이너, 쓰이지 않는 네트워크, 댕글링 이미지와 빌드 캐시를 한 번에 지웁니다.',
  },
  {
    command: 'inspect',
    category: 'system',
    summary: '이름이나 ID로 대상(컨테이너, 이미지, 네트워크, 볼륨…)의 정보를 JSON으로 봅니다.',
  },
  {
    command: 'context ls',
    category: 'system',
    summary: 'CLI가 연결할 수 있는 데몬 목록(컨텍스트)을 봅니다.',
  },
];

/**
 * 명령어 사전의 "시리즈에서 쓴 플래그"마다 한 줄 뜻. 키는 `commandDescriptions`의 `command`, 그 안의 키는 사전이
 * 보이는 플래그 표기(`-p, --publish`, 짧은 이름이 있으면 함께)입니다. 장에서 새 플래그를 쓰면 여기에 뜻을 더하세요.
 * 빠뜨리면 `tests/content/command-reference.test.ts`가 명령과 플래그를 알리며 실패합니다. 뜻은 Docker CLI 29.7.2
 * 참조(docker/cli `docs/reference/commandline/*.md`)와 플러그인 문서(compose v5.5.0, buildx v0.36.1)를 따릅니다.
 */
export const flagMeanings: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'container run': {
    '--add-host': '컨테이너의 `/etc/hosts`에 호스트 이름과 IP를 한 줄 더합니다.',
    '--cap-drop': '컨테이너 프로세스에서 Linux capability를 뺍니다(`ALL`이면 모두).',
    '--cpus': '컨테이너가 쓸 수 있는 CPU 양을 코어 수로 제한합니다(예: `1.5`).',
    '-d, --detach': '컨테이너를 백그라운드에서 돌리고 컨테이너 ID만 출력합니다.',
    '--dns': '컨테이너가 쓸 DNS 서버 주소를 정합니다.',
    '--entrypoint': '이미지의 `ENTRYPOINT`를 이 명령으로 바꿉니다.',
    '-e, --env': '컨테이너에 환경 변수를 넣습니다(`KEY=값`).',
    '--health-cmd': '컨테이너의 상태를 검사할 명령을 정합니다(`HEALTHCHECK`와 같은 일).',
    '--health-interval': '상태 검사를 돌리는 간격을 정합니다(예: `30s`).',
    '--init': '컨테이너의 PID 1로 작은 init(`docker-init`)을 두어 신호를 전달하고 좀비 프로세스를 거둡니다.',
    '-i, --interactive': '붙어 있지 않아도 표준 입력을 열어 둡니다.',
    '--isolation': '컨테이너 격리 기술을 고릅니다(Windows 컨테이너의 `process`, `hyperv`).',
    '-m, --memory': '컨테이너가 쓸 수 있는 메모리의 상한을 정합니다(예: `512m`).',
    '--memory-swap': '메모리와 스왑을 합친 상한을 정합니다(`-1`이면 스왑 무제한).',
    '--mount': '볼륨, 바인드 마운트, tmpfs를 `type=…,src=…,dst=…` 꼴로 붙입니다.',
    '--name': '컨테이너에 이름을 붙입니다. 다른 명령에서 ID 대신 이 이름을 씁니다.',
    '--network':
      '컨테이너를 연결할 네트워크를 고릅니다(`bridge`, `host`, `none`, 사용자 정의 네트워크, `container:이름`).',
    '--network-alias': '그 네트워크 안에서 이 컨테이너를 부를 다른 이름(DNS 별칭)을 더합니다.',
    '--pid': 'PID namespace를 고릅니다(`host`나 `container:이름`이면 그 PID namespace를 함께 씁니다).',
    '--pids-limit': '컨테이너 안 프로세스 수의 상한을 정합니다.',
    '--privileged': '컨테이너에 거의 모든 capability와 호스트 장치 접근을 줍니다. 격리가 크게 약해집니다.',
    '-p, --publish': '호스트 포트를 컨테이너 포트에 연결해 밖에서 닿게 합니다(`호스트:컨테이너`).',
    '--read-only': '컨테이너의 루트 파일 시스템을 읽기 전용으로 마운트합니다.',
    '--rm': '컨테이너가 끝나면 컨테이너(와 익명 볼륨)를 자동으로 지웁니다.',
    '--runtime': '컨테이너를 실행할 OCI 런타임을 고릅니다(기본 `runc`).',
    '--tmpfs': '컨테이너 안 경로에 메모리 기반 tmpfs를 마운트합니다.',
    '-t, --tty': '가상 터미널(TTY)을 붙입니다. `-i`와 함께 `-it`로 셸을 쓸 때 씁니다.',
    '-u, --user': '컨테이너 프로세스를 실행할 사용자(이름이나 UID[:GID])를 정합니다.',
    '-v, --volume': '볼륨이나 호스트 경로를 `원본:컨테이너 경로` 꼴로 마운트합니다.',
    '-w, --workdir': '컨테이너 안의 작업 디렉터리를 정합니다.',
  },
  'container create': {
    '-l, --label': '컨테이너에 메타데이터 레이블(`key=value`)을 붙입니다.',
    '--name': '컨테이너에 이름을 붙입니다.',
  },
  'container stop': {
    '-s, --signal': '처음 보낼 신호를 정합니다(기본은 이미지의 `STOPSIGNAL`, 없으면 `SIGTERM`).',
    '-t, --timeout': '첫 신호 뒤 `SIGKILL`을 보내기까지 기다릴 초를 정합니다.',
    '--time': '`--timeout`의 예전 이름입니다(폐기 예정).',
  },
  'container rm': {
    '-f, --force': '실행 중인 컨테이너도 멈추고(`SIGKILL`) 지웁니다.',
    '-v, --volumes': '컨테이너에 딸린 익명 볼륨도 함께 지웁니다.',
  },
  'container prune': {
    '--filter': '지울 컨테이너를 조건으로 고릅니다(예: `until=24h`).',
    '-f, --force': '확인을 묻지 않고 지웁니다.',
  },
  'container ls': {
    '-a, --all': '멈춘 컨테이너까지 모두 보입니다.',
    '-q, --quiet': '컨테이너 ID만 출력합니다.',
    '-f, --filter': '조건에 맞는 컨테이너만 보입니다(예: `status=exited`).',
    '--format': '출력 모양을 Go 템플릿이나 `json`으로 정합니다.',
    '--help': '명령의 사용법과 플래그 목록을 출력합니다.',
    '-s, --size': '컨테이너마다 쓰기 레이어의 크기를 함께 보입니다.',
  },
  'container exec': {
    '-i, --interactive': '붙어 있지 않아도 표준 입력을 열어 둡니다.',
    '-t, --tty': '가상 터미널(TTY)을 붙입니다.',
    '-u, --user': '명령을 실행할 사용자(이름이나 UID[:GID])를 정합니다.',
    '-w, --workdir': '명령을 실행할 컨테이너 안의 작업 디렉터리를 정합니다.',
  },
  'container logs': {
    '-f, --follow': '로그를 계속 따라가며 새 줄을 출력합니다.',
    '--since': '이 시각(또는 `10m` 같은 상대 시간) 뒤의 로그만 보입니다.',
    '-n, --tail': '끝에서부터 이만큼의 줄만 보입니다.',
    '-t, --timestamps': '줄마다 시각을 붙입니다.',
    '--until': '이 시각(또는 상대 시간) 전의 로그만 보입니다.',
  },
  'container inspect': {
    '-f, --format': '출력에서 원하는 값만 Go 템플릿으로 꺼냅니다.',
  },
  'container stats': {
    '--format': '출력 모양을 Go 템플릿이나 `json`으로 정합니다.',
    '--no-stream': '계속 갱신하지 않고 한 번만 출력합니다.',
  },
  'container update': {
    '--cpus': 'CPU 양의 제한을 바꿉니다.',
    '--restart': '재시작 정책을 바꿉니다(`no`, `on-failure`, `always`, `unless-stopped`).',
    '-m, --memory': '메모리 상한을 바꿉니다.',
    '--memory-swap': '메모리와 스왑을 합친 상한을 바꿉니다.',
  },
  'image ls': {
    '--help': '명령의 사용법과 플래그 목록을 출력합니다.',
    '--digests': '이미지마다 다이제스트를 함께 보입니다.',
  },
  'image inspect': {
    '-f, --format': '출력에서 원하는 값만 Go 템플릿으로 꺼냅니다.',
  },
  'image history': {
    '--format': '출력 모양을 Go 템플릿이나 `json`으로 정합니다.',
  },
  'image rm': {
    '-f, --force': '컨테이너가 쓰고 있거나 태그가 여럿인 이미지도 지웁니다.',
  },
  'image prune': {
    '--filter': '지울 이미지를 조건으로 고릅니다(예: `until=24h`).',
    '-f, --force': '확인을 묻지 않고 지웁니다.',
  },
  'network create': {
    '--gateway': '서브넷의 게이트웨이 주소를 정합니다.',
    '--ipv4': '네트워크에 IPv4 주소를 쓸지 정합니다(기본 켬, `--ipv4=false`로 끔).',
    '--ipv6': '네트워크에 IPv6 주소를 씁니다.',
    '--subnet': '네트워크의 서브넷을 CIDR로 정합니다(예: `172.30.0.0/24`).',
  },
  'network ls': {
    '-f, --filter': '조건에 맞는 네트워크만 보입니다(예: `driver=bridge`).',
  },
  'network inspect': {
    '-f, --format': '출력에서 원하는 값만 Go 템플릿으로 꺼냅니다.',
  },
  'network connect': {
    '--alias': '그 네트워크 안에서 컨테이너를 부를 다른 이름(DNS 별칭)을 더합니다.',
    '--gw-priority':
      '여러 네트워크에 연결된 컨테이너의 기본 게이트웨이를 고를 우선순위를 정합니다(큰 값이 먼저).',
  },
  'network prune': {
    '-f, --force': '확인을 묻지 않고 지웁니다.',
  },
  'volume prune': {
    '-a, --all': '익명 볼륨뿐 아니라 쓰이지 않는 이름 있는 볼륨도 지웁니다.',
  },
  'image build': {
    '--build-arg': '`Dockerfile`의 `ARG`에 빌드할 때 값을 넘깁니다.',
    '--check': '빌드하지 않고 `Dockerfile`의 빌드 검사(check)만 돌립니다.',
    '-f, --file': '빌드할 `Dockerfile`의 경로를 정합니다.',
    '--no-cache': '빌드 캐시를 쓰지 않고 모든 단계를 다시 실행합니다.',
    '--secret': '비밀 값을 이미지에 남기지 않고 빌드 단계에 넘깁니다(`RUN --mount=type=secret`).',
    '-t, --tag': '만든 이미지에 이름과 태그를 붙입니다(`이름:태그`).',
    '--target': '멀티 스테이지 빌드에서 이 스테이지까지만 빌드합니다.',
  },
  'builder prune': {
    '-f, --force': '확인을 묻지 않고 빌드 캐시를 지웁니다.',
  },
  'buildx build': {
    '--platform': '빌드할 대상 플랫폼을 정합니다(예: `linux/amd64,linux/arm64`).',
    '--provenance': '빌드 과정을 적은 provenance 증명을 붙일지 정합니다.',
    '--push': '빌드한 이미지를 바로 레지스트리에 올립니다.',
    '--sbom': '이미지에 든 패키지 목록(SBOM) 증명을 붙일지 정합니다.',
    '-t': '만든 이미지에 이름과 태그를 붙입니다(`--tag`).',
  },
  'buildx create': {
    '--driver': '빌더가 쓸 드라이버를 고릅니다(예: `docker-container`).',
    '--use': '만든 빌더를 바로 기본 빌더로 씁니다.',
  },
  'compose up': {
    '--build': '컨테이너를 띄우기 전에 이미지를 다시 빌드합니다.',
    '-d': '서비스를 백그라운드에서 띄웁니다(`--detach`).',
    '--watch': '파일이 바뀌면 `develop.watch` 규칙대로 동기화하거나 다시 빌드합니다.',
  },
  'compose down': {
    '-v': '`volumes`에 선언한 이름 있는 볼륨과 익명 볼륨도 지웁니다(`--volumes`).',
  },
  'compose logs': {
    '-f': '로그를 계속 따라가며 출력합니다(`--follow`).',
  },
  'compose exec': {
    '-d': '명령을 백그라운드에서 실행합니다(`--detach`).',
  },
  'compose run': {
    '-e': '일회용 컨테이너에 환경 변수를 넣습니다(`--env`).',
    '--rm': '명령이 끝나면 일회용 컨테이너를 지웁니다.',
  },
  login: {
    '--password-stdin': '비밀번호(토큰)를 명령 줄 대신 표준 입력으로 받습니다.',
    '-u, --username': '로그인할 사용자 이름을 정합니다.',
  },
  version: {
    '-f, --format': '출력에서 원하는 값만 Go 템플릿으로 꺼냅니다.',
  },
  'system info': {
    '-f, --format': '출력에서 원하는 값만 Go 템플릿으로 꺼냅니다.',
  },
  'system events': {
    '-f, --filter': '조건에 맞는 이벤트만 보입니다(예: `type=container`).',
  },
  inspect: {
    '-f, --format': '출력에서 원하는 값만 Go 템플릿으로 꺼냅니다.',
  },
};
