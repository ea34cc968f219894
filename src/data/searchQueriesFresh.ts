import { f, firstAt, r, revisedAt, type SectionQueryCase } from './searchSectionQueries';

/**
 * 처음 보는 검색어. 검색 코드, 학습자의 말 파일, 다른 검색어 목록을 보지 않은 사람이 장의 본문(과 빌드한 HTML의 제목 id)만
 * 읽고, 묶음마다 떠올린 학습자의 말투(오류 메시지 붙여넣기, 음차, 띄어쓰기 없이, 오타, 질문형, 영어만)로 적은 열일곱 묶음
 * 1,580개입니다. 제목의 낱말을 옮기지 않고 바꾸어 말했고, 답하는 절이 여럿이면 모두 적었습니다.
 *
 * 묶음마다 그때의 규칙으로 한 번 잰 값(저장소 밖의 검색어에 가장 가까운 값)은 README 검색 절에 있습니다. 잰 뒤에는 놓친
 * 검색어를 보고 다음 규칙을 골랐으므로, 지금은 모두 개발용입니다. 새 묶음을 잴 때는 이 파일에 더하기 전에 한 번 잽니다.
 */
/** 첫째 묶음(2026-12-07 21시): 오류 메시지, 긴 문장, 음차가 많은 60개 */
export const freshQueriesFirstBatch: readonly SectionQueryCase[] = [
  // ── 시작하기 (getting-started) ──────────────────────────────────────────────
  r('docker 칠때마다 sudo 붙여야 함', revisedAt('gettingStarted', 'docker-group', 'permission-denied')),
  r(
    'Is the docker daemon running? 뜸',
    revisedAt('gettingStarted', 'cannot-connect'),
    revisedAt('concepts', 'docker-version'),
  ),
  r(
    '우분투 도커 설치 apt 저장소',
    revisedAt('gettingStarted', 'linux', 'add-repository', 'install-packages'),
  ),
  r('wsl 우분투에서 docker: command not found', revisedAt('gettingStarted', 'wsl-integration')),
  r(
    '윈도우 도커 데스크탑 가상화 오류로 안 켜짐',
    revisedAt('gettingStarted', 'virtualization'),
    revisedAt('deepDive', 'windows-needs-virtualization'),
  ),

  // ── 1. 개념 (concepts) ──────────────────────────────────────────────────────
  r('도커 왜 씀 내 컴에선 되는데', revisedAt('concepts', 'why-docker')),
  r('이미지랑 컨테이너 뭐가 다름', revisedAt('concepts', 'container', 'image', 'object-flow')),
  r(
    'vm이랑 컨테이너 차이',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  r('runc containerd dockerd 각각 뭐함', revisedAt('concepts', 'containerd-shim-runc', 'architecture')),
  r(
    'rm -rf 했는데 이미지 크기 안 줄어듦',
    revisedAt('concepts', 'layers'),
    revisedAt('dockerfile', 'combine-and-clean'),
  ),

  // ── 2. 컨테이너 (containers) ────────────────────────────────────────────────
  r('컨테이너 가 안 켜짐 run -d 하자마자 exited', revisedAt('containers', 'foreground-detached')),
  r('재부팅하면 컨테이너 자동으로 다시 켜지게 --restart', revisedAt('containers', 'restart-policies')),
  r(
    'docker stop 할때마다 10초 걸림',
    revisedAt('containers', 'pid1-signal-handling', 'stop-sequence', 'init-and-exec-form'),
  ),
  r('exited (137) 원인', revisedAt('containers', 'stop-sequence', 'oom-killer')),
  r('실행중인 컨테이너 안에 들어가서 bash', revisedAt('containers', 'exec')),
  r('docker logs 아무것도 안 나옴', revisedAt('containers', 'logs')),
  r('bind mount vs volume', revisedAt('containers', 'storage-comparison', 'bind-mounts', 'volumes')),
  r('container memory limit', revisedAt('containers', 'memory-limits', 'resource-limits')),

  // ── 3. 네트워크 (network) ───────────────────────────────────────────────────
  r('컨테이너끼리 이름으로 통신 안 됨', revisedAt('network', 'embedded-dns', 'default-bridge-limits')),
  r('컨테이너 떴는데 브라우저에서 localhost:8080 안 열림', revisedAt('network', 'port-checklist')),
  r('컨테이너 안에서 호스트 pc의 mysql 접속', revisedAt('network', 'reach-host')),
  r('Temporary failure resolving apt-get update 컨테이너', revisedAt('network', 'dns-troubleshooting')),
  r(
    'ufw 막았는데 도커 포트 밖에서 접속됨',
    revisedAt('network', 'publish-localhost'),
    revisedAt('containers', 'run-options'),
  ),
  r(
    'Dockerfile EXPOSE 했는데 포트 안 열림',
    revisedAt('network', 'publish-syntax', 'port-checklist'),
    revisedAt('dockerfile', 'expose-workdir-user'),
  ),
  r('맥 도커 --network host 했는데 localhost 접속 안 됨', revisedAt('network', 'host-on-docker-desktop')),

  // ── 4. 워크플로 (workflow) ──────────────────────────────────────────────────
  r('latest 태그로 배포하면 안됨?', revisedAt('workflow', 'latest-tag')),
  r('.env 변수 컨테이너 안에서 안 보임', revisedAt('workflow', 'interpolation', 'env-file')),
  r(
    'docker compose down -v',
    revisedAt('workflow', 'compose-commands'),
    revisedAt('commands', 'compose-down'),
  ),
  r('컴포즈 파일 저장하면 자동 반영', revisedAt('workflow', 'compose-watch')),
  r('github actions 에서 도커 이미지 빌드 푸시', revisedAt('workflow', 'ci-pipeline')),
  r(
    'exec format error m1 맥에서 빌드한 이미지',
    revisedAt('workflow', 'build'),
    revisedAt('dockerfile', 'multi-platform'),
  ),
  r('toomanyrequests docker hub pull', revisedAt('workflow', 'push-pull', 'ci-pipeline')),

  // ── 5. 명령어와 Dockerfile (dockerfile) ─────────────────────────────────────
  r('엔트리포인트 cmd 같이 쓰면 실제로 뭐 실행됨', revisedAt('dockerfile', 'cmd-vs-entrypoint')),
  r(
    '소스 한줄 고쳤는데 npm install 처음부터 다시함',
    revisedAt('dockerfile', 'build-cache', 'layer-order', 'before'),
  ),
  r(
    '도커파일 이미지 용량 줄이는 법',
    revisedAt('dockerfile', 'smaller-images', 'multi-stage', 'base-images'),
  ),
  r('빌드할 때 npm 토큰 이미지에 안 남게', revisedAt('dockerfile', 'build-secrets')),
  r('ADD로 tar.gz 넣었더니 압축 풀려버림', revisedAt('dockerfile', 'copy-vs-add')),
  r(
    'legacy builder is deprecated 경고 뜸',
    revisedAt('dockerfile', 'buildkit-default'),
    revisedAt('concepts', 'docker-info'),
  ),
  r('디스크 꽉 참 빌드 캐시 정리', revisedAt('dockerfile', 'disk-usage', 'prune-commands')),

  // ── 6. 심화 (deepDive) ──────────────────────────────────────────────────────
  r('네임스페이스 종류 pid net mnt', revisedAt('deepDive', 'namespace-types')),
  r('씨그룹 v1 v2 차이', revisedAt('deepDive', 'cgroup-v1-v2')),
  r('type1 type2 하이퍼바이저 virtualbox는 어디', revisedAt('deepDive', 'hypervisor-examples')),
  r('wsl2 /mnt/c 에서 npm install 너무 느림', revisedAt('deepDive', 'wsl2-file-performance')),

  // ── 명령어 사전 · 용어집 · 변경 내역 · 소개 ─────────────────────────────────
  r(
    '컨테이너 이름 변경 명령어',
    revisedAt('commands', 'container-rename'),
    revisedAt('containers', 'docker-run'),
  ),
  r('빌드 맥락 뜻', revisedAt('glossary', 'build-context'), revisedAt('dockerfile', 'dockerfile-basics')),
  r('개정판에서 네트워크 장 뭐가 바뀜', revisedAt('changes', 'changes-03-network')),
  r('이 강의 도커 엔진 몇 버전 기준', revisedAt('changes', 'baseline'), revisedAt('intro', 'prerequisites')),
  r('파워쉘로 실습해도 됨?', revisedAt('intro', 'prerequisites')),

  // ── 초판 (2025.02) ──────────────────────────────────────────────────────────
  f('컴포즈 코드 고쳐도 반영 안됨', firstAt('workflow', 'rebuild-loop')),
  f('볼륨마운트 하는법', firstAt('containers', 'volumes', 'mount-syntax')),
  f(
    '컨테이너 지우니까 파일 다 사라짐',
    firstAt('containers', 'writable-layer', 'volumes', 'where-data-lives'),
  ),
  f('restart always unless-stopped 차이', firstAt('containers', 'restart-policies')),
  f(
    '--memory 옵션 cgroups 어디에 기록',
    firstAt('containers', 'limits-and-cgroups'),
    firstAt('deepDive', 'docker-resource-flags'),
  ),
  f(
    '기본 bridge 실행 중에 네트워크 분리 가능?',
    firstAt('network', 'default-bridge-limits', 'isolation-and-connect'),
  ),
  f('컨테이너가 물리 네트워크 IP 직접 받기', firstAt('network', 'driver-macvlan-ipvlan', 'driver-summary')),
  f(
    '포트포워딩 -p 8080:80 앞뒤 뭐가 호스트',
    firstAt('network', 'publish-syntax'),
    firstAt('containers', 'run-options'),
  ),
  f('WSL2 경량 하이퍼바이저?', firstAt('deepDive', 'wsl2-backend', 'hypervisor-examples')),
  f('도커 lxc 기반임?', firstAt('deepDive', 'lxc-to-runc'), firstAt('concepts', 'containerd-shim-runc')),
  f('ARG 값 바꾸면 캐시 깨짐', firstAt('dockerfile', 'env-vs-arg')),
  f('디제스트로 이미지 버전 고정', firstAt('workflow', 'pin-by-digest')),
];

/**
 * 둘째 묶음(2026-12-07 22시): 첫째 묶음을 잰 뒤 순위 규칙을 한 번 더 고치는 동안 따로 적게 한 60개. 짧은 두세 낱말,
 * 영어만, 오타(컨테이녀, 멀티스테지)가 더 많습니다. 규칙을 고친 뒤 처음 잰 값을 README에 적었습니다.
 */
export const freshQueriesSecondBatch: readonly SectionQueryCase[] = [
  // 시작하기 (revised)
  r('도커 permission denied', revisedAt('gettingStarted', 'permission-denied', 'docker-group')),
  r('sudo 없이 docker 명령어 쓰는 법', revisedAt('gettingStarted', 'docker-group')),
  r('윈도우에 도커 설치', revisedAt('gettingStarted', 'windows', 'install-desktop-windows')),
  r('Cannot connect to the Docker daemon', revisedAt('gettingStarted', 'cannot-connect')),
  r('우분투도커설치', revisedAt('gettingStarted', 'linux', 'add-repository', 'install-packages')),

  // 1장 개념
  r('이미지 컨테이너 차이', revisedAt('concepts', 'container', 'image')),
  r(
    '도커랑 가상머신 뭐가 달라',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  r('copy on write 뭐야', revisedAt('concepts', 'copy-on-write')),
  r('dockerd containerd runc 관계', revisedAt('concepts', 'containerd-shim-runc', 'architecture')),

  // 2장 컨테이너
  r('안 쓰는 볼륨 지우기', revisedAt('containers', 'volumes', 'cleanup')),
  r('재부팅하면 컨테이너 자동으로 다시 켜기', revisedAt('containers', 'restart-policies')),
  r('컨테이녀 안에 들어가서 명령 실행', revisedAt('containers', 'exec')),
  r('로그 tail -f처럼 보기', revisedAt('containers', 'logs')),
  r(
    'docker stop 하면 10초나 걸려요',
    revisedAt('containers', 'pid1-signal-handling', 'stop-sequence', 'init-and-exec-form'),
  ),
  r(
    'exit code 137',
    revisedAt('containers', 'oom-killer', 'stop-sequence'),
    revisedAt('deepDive', 'memory-max'),
  ),
  r('볼륨 바인드마운트 차이', revisedAt('containers', 'storage-comparison', 'bind-mounts')),
  r('컨테이너에서 호스트로 파일 복사', revisedAt('containers', 'cp')),
  r('docker run -d 했는데 바로 exited 됨', revisedAt('containers', 'foreground-detached')),

  // 3장 네트워크
  r('docker network create', revisedAt('network', 'network-commands', 'user-defined-bridge')),
  r('컨테이너끼리 이름으로 접속', revisedAt('network', 'embedded-dns', 'user-defined-bridge')),
  r('포트 열었는데 브라우저에서 접속 안 됨', revisedAt('network', 'port-checklist')),
  r('컨테이너에서 호스트 localhost 접근', revisedAt('network', 'reach-host')),
  r('네트워크드라이버 종류', revisedAt('network', 'network-drivers', 'driver-summary')),
  r('컨테이너 안에서 apt-get update 안 될 때', revisedAt('network', 'dns-troubleshooting')),
  r('ufw로 막았는데 포트가 열려 있음', revisedAt('network', 'publish-localhost')),

  // 4장 워크플로
  r('도커 컴포즈 업', revisedAt('workflow', 'compose-commands')),
  r('.env 값이 안 들어가요', revisedAt('workflow', 'interpolation', 'env-file', 'env-precedence')),
  r('코드 수정하면 컨테이너에 자동 반영', revisedAt('workflow', 'compose-watch')),
  r('latest 태그 쓰면 안 되는 이유', revisedAt('workflow', 'latest-tag')),
  r('이미지 이름 바꾸기', revisedAt('workflow', 'tag')),
  r('exec format error', revisedAt('workflow', 'build'), revisedAt('dockerfile', 'multi-platform')),
  r('Dockerfile 자동 생성', revisedAt('workflow', 'docker-init')),

  // 5장 명령어와 Dockerfile
  r('entrypoint cmd 차이', revisedAt('dockerfile', 'cmd-vs-entrypoint')),
  r('ADD 대신 COPY 쓰는 이유', revisedAt('dockerfile', 'copy-vs-add')),
  r('도커 이미지 용량 줄이기', revisedAt('dockerfile', 'smaller-images', 'multi-stage', 'before-after')),
  r('빌드 캐시가 자꾸 깨져요', revisedAt('dockerfile', 'build-cache', 'layer-order')),
  r('dockerignore 작성법', revisedAt('dockerfile', 'dockerignore')),
  r('ARG랑 ENV 뭐가 달라', revisedAt('dockerfile', 'env-vs-arg')),
  r('healthcheck', revisedAt('dockerfile', 'healthcheck-volume-label')),
  r('도커 디스크 용량 정리', revisedAt('dockerfile', 'prune-commands', 'disk-usage')),

  // 6장 심화
  r('리눅스 네임스페이스 pid net mnt', revisedAt('deepDive', 'namespace-types')),
  r('cgroupv2 달라진점', revisedAt('deepDive', 'cgroup-v1-v2')),
  r('wsl2 도커 너무 느림', revisedAt('deepDive', 'wsl2-file-performance')),

  // 명령어 사전, 용어집, 변경 내역, 소개
  r('컨테이너 이름 변경 명령어', revisedAt('commands', 'container-rename')),
  r('veth 뭐임', revisedAt('glossary', 'veth-docker0'), revisedAt('network', 'docker0-veth')),
  r('다이제스트 뜻', revisedAt('glossary', 'digest')),
  r('개정판 기준 도커 버전', revisedAt('changes', 'baseline')),
  r('어떤 순서로 공부하면 돼', revisedAt('intro', 'reading-order')),

  // 초판 (2025.02)
  f('compose 코드 바꾸고 다시 빌드', firstAt('workflow', 'rebuild-loop')),
  f('compose 환경변수 우선순위', firstAt('workflow', 'env-precedence')),
  f('cgroups로 네트워크 대역폭 제한', firstAt('deepDive', 'cgroup-resources')),
  f('wsl2 hyper-v 백엔드 차이', firstAt('deepDive', 'wsl2-backend', 'hyper-v-backend')),
  f('기본 bridge 쓰면 안 되는 이유', firstAt('network', 'default-bridge-limits')),
  f('-p 8080:80 의미', firstAt('network', 'publish-syntax')),
  f('docker compose restart', firstAt('commands', 'compose-restart')),
  f('서버 재부팅 후 컨테이너 자동 시작', firstAt('containers', 'restart-policies')),
  f('엔트리포인트 cmd 같이 쓰면', firstAt('dockerfile', 'cmd-vs-entrypoint')),
  f('멀티스테지 빌드', firstAt('dockerfile', 'multi-stage')),
  f('docker stop sigterm sigkill', firstAt('containers', 'stop-sequence')),
  f('overlay2 upperdir lowerdir', firstAt('concepts', 'overlay2')),
];

/** 셋째 묶음(2026-12-08, 규칙을 고치기 전에 한 번만 잰 100개): 두 판, 모든 페이지, 오류 메시지·음차·오타·질문형 */
export const freshQueriesThirdBatch: readonly SectionQueryCase[] = [
  // ── 개정판: 시리즈 소개 (intro)
  r('도커 스터디 어떤 순서로 읽어야 돼', revisedAt('intro', 'reading-order')),
  r('윈도우 파워쉘에서 실습 명령어 그대로 치면 안되나요', revisedAt('intro', 'prerequisites')),
  r('이 시리즈 원래 블로그 글 출처', revisedAt('intro', 'origin')),

  // ── 개정판: 시작하기 (gettingStarted)
  r(
    '윈도우10 도커 데스크탑 설치방법',
    revisedAt('gettingStarted', 'windows'),
    revisedAt('gettingStarted', 'install-desktop-windows'),
  ),
  r('맥북 m2 도커 설치', revisedAt('gettingStarted', 'macos')),
  r(
    'ubuntu 24.04 docker engine apt install',
    revisedAt('gettingStarted', 'linux'),
    revisedAt('gettingStarted', 'add-repository'),
    revisedAt('gettingStarted', 'install-packages'),
  ),
  r(
    'sudo 안 붙이고 docker 쓰는 법',
    revisedAt('gettingStarted', 'docker-group'),
    revisedAt('intro', 'prerequisites'),
  ),
  r(
    'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
    revisedAt('gettingStarted', 'permission-denied'),
    revisedAt('gettingStarted', 'docker-group'),
    revisedAt('concepts', 'daemon-privileges'),
  ),
  r(
    'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    revisedAt('gettingStarted', 'cannot-connect'),
    revisedAt('concepts', 'docker-version'),
  ),
  r('wsl 우분투에서 docker 명령어를 찾을 수 없다고 나옴', revisedAt('gettingStarted', 'wsl-integration')),
  r(
    '도커 데스크탑 실행 안됨 가상화 오류 HCS_E_HYPERV_NOT_INSTALLED',
    revisedAt('gettingStarted', 'virtualization'),
  ),
  r('Incompatible CPU detected 도커 맥', revisedAt('gettingStarted', 'wrong-mac-download')),

  // ── 개정판: 1장 개념 (concepts)
  r('도커 왜 쓰는지 모르겠음 내 컴퓨터에선 되는데', revisedAt('concepts', 'why-docker')),
  r(
    '이미지랑 컨테이너 차이가 뭐야',
    revisedAt('concepts', 'container'),
    revisedAt('concepts', 'image'),
    revisedAt('concepts', 'object-flow'),
  ),
  r(
    'vm이랑 컨테이너 뭐가 더 가벼움',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  r(
    'dockerd containerd runc 각자 역할',
    revisedAt('concepts', 'containerd-shim-runc'),
    revisedAt('concepts', 'architecture'),
  ),
  r('OCI 표준이 뭐임', revisedAt('concepts', 'oci-specs')),
  r(
    'Dockerfile에서 rm -rf 했는데 이미지 크기가 안 줄어요',
    revisedAt('concepts', 'layers'),
    revisedAt('dockerfile', 'combine-and-clean'),
  ),
  r('컨테이너 안에서 파일 수정하면 원본 이미지도 바뀌나?', revisedAt('concepts', 'copy-on-write')),
  r(
    'docker info storage driver overlayfs 뭐지',
    revisedAt('concepts', 'containerd-image-store'),
    revisedAt('concepts', 'docker-info'),
  ),
  r('docker commit 써도 되나요', revisedAt('concepts', 'object-flow')),

  // ── 개정판: 2장 컨테이너 (containers)
  r(
    'docker run -it 옵션 의미',
    revisedAt('containers', 'run-options'),
    revisedAt('containers', 'foreground-detached'),
  ),
  r('docker run -d ubuntu 하면 바로 꺼져요', revisedAt('containers', 'foreground-detached')),
  r('서버 재부팅하면 컨테이너 자동으로 다시 켜지게 하는법', revisedAt('containers', 'restart-policies')),
  r('실행중인 컨테이너 안에 bash로 들어가기', revisedAt('containers', 'exec')),
  r('docker logs 찍어도 아무것도 안 나와', revisedAt('containers', 'logs')),
  r(
    '컨테이너 메모리 cpu 사용량 실시간 모니터링',
    revisedAt('containers', 'stats-top'),
    revisedAt('deepDive', 'cgroup-accounting'),
  ),
  r('distroless 이미지 sh 없어서 exec 안됨', revisedAt('containers', 'debugging-slim-images')),
  r(
    'docker stop 하면 왜 매번 10초나 걸리고 강제로 죽는 건가요',
    revisedAt('containers', 'pid1-signal-handling'),
    revisedAt('containers', 'stop-sequence'),
    revisedAt('containers', 'init-and-exec-form'),
  ),
  r('exited (137) 무슨 뜻', revisedAt('containers', 'stop-sequence'), revisedAt('containers', 'oom-killer')),
  r(
    '컨테이너 삭제하고 다시 만들었더니 db 데이터가 다 날아갔어요',
    revisedAt('containers', 'writable-layer'),
    revisedAt('containers', 'volumes'),
  ),
  r(
    '볼륨 vs 바인드마운트',
    revisedAt('containers', 'storage-comparison'),
    revisedAt('containers', 'bind-mounts'),
    revisedAt('containers', 'volumes'),
  ),
  r('컨테이너 메모리 제한 거는법 swap', revisedAt('containers', 'memory-limits')),

  // ── 개정판: 3장 네트워크 (network)
  r(
    '컨테이너끼리 이름으로 핑이 안 감',
    revisedAt('network', 'embedded-dns'),
    revisedAt('network', 'default-bridge-limits'),
  ),
  r('맥 도커 --network host 안먹힘', revisedAt('network', 'host-on-docker-desktop')),
  r('-p 8080:80 어느쪽이 호스트 포트', revisedAt('network', 'publish-syntax')),
  r(
    'ufw로 막았는데 도커 포트가 외부에 열려있음',
    revisedAt('network', 'publish-localhost'),
    revisedAt('containers', 'run-options'),
  ),
  r('도커 포트포워딩 iptables DNAT 원리', revisedAt('network', 'nat-and-iptables')),
  r('ss 로 보니 docker-proxy 프로세스가 떠있음', revisedAt('network', 'docker-proxy')),
  r('컨테이너에서 호스트 localhost db 접속하려면', revisedAt('network', 'reach-host')),
  r(
    'Temporary failure resolving deb.debian.org 컨테이너 안에서',
    revisedAt('network', 'dns-troubleshooting'),
  ),
  r('container running but localhost:8080 not working', revisedAt('network', 'port-checklist')),
  r('macvlan ipvlan 차이', revisedAt('network', 'driver-macvlan-ipvlan')),
  r(
    'EXPOSE 했는데 왜 포트가 안 열리지',
    revisedAt('network', 'publish-syntax'),
    revisedAt('dockerfile', 'expose-workdir-user'),
  ),

  // ── 개정판: 4장 워크플로 (workflow)
  r(
    'exec format error 맥에서 빌드한 이미지를 리눅스 서버에서 실행하니까 에러',
    revisedAt('workflow', 'build'),
    revisedAt('dockerfile', 'multi-platform'),
  ),
  r(
    'toomanyrequests: You have reached your pull rate limit',
    revisedAt('workflow', 'push-pull'),
    revisedAt('workflow', 'ci-pipeline'),
  ),
  r('latest 태그 쓰지 말라는 이유', revisedAt('workflow', 'latest-tag')),
  r('이미지 다이제스트로 버전 고정하눈 법', revisedAt('workflow', 'pin-by-digest')),
  r('docker-compose 랑 docker compose 차이', revisedAt('workflow', 'compose-v5')),
  r('도커컴포즈 db 뜰때까지 web 기다리게 depends_on', revisedAt('workflow', 'compose-file')),
  r('nginx 502 bad gateway 컴포즈 web 다시 만든 뒤', revisedAt('workflow', 'compose-file')),
  r(
    '.env 에 적은 변수가 컨테이너 안에 없어요',
    revisedAt('workflow', 'interpolation'),
    revisedAt('workflow', 'env-file'),
  ),
  r('environment env_file 같은 변수 있으면 뭐가 우선', revisedAt('workflow', 'env-precedence')),
  r('코드 저장하면 자동으로 컨테이너에 반영 compose', revisedAt('workflow', 'compose-watch')),
  r('github actions로 도커 이미지 빌드하고 ghcr 푸시', revisedAt('workflow', 'ci-pipeline')),

  // ── 개정판: 5장 명령어와 Dockerfile (dockerfile)
  r('docker rm rmi 차이', revisedAt('dockerfile', 'legacy-aliases')),
  r('docker system prune 하면 뭐가 지워져', revisedAt('dockerfile', 'prune-commands')),
  r('도커파일 COPY ADD 차이', revisedAt('dockerfile', 'copy-vs-add')),
  r('CMD ENTRYPIONT 차이', revisedAt('dockerfile', 'cmd-vs-entrypoint')),
  r('빌드 중에 npm 토큰 비밀번호 안전하게 넘기기', revisedAt('dockerfile', 'build-secrets')),
  r(
    '소스 한줄 고쳤는데 npm install 처음부터 다시 돌아감',
    revisedAt('dockerfile', 'build-cache'),
    revisedAt('dockerfile', 'layer-order'),
    revisedAt('dockerfile', 'before'),
  ),
  r(
    'how to reduce docker image size',
    revisedAt('dockerfile', 'smaller-images'),
    revisedAt('dockerfile', 'multi-stage'),
    revisedAt('dockerfile', 'before-after'),
  ),
  r('alpine vs slim 베이스 이미지', revisedAt('dockerfile', 'base-images')),
  r('컨테이너를 root로 돌리면 위험한가', revisedAt('dockerfile', 'non-root')),
  r('JSONArgsRecommended 경고', revisedAt('dockerfile', 'build-checks'), revisedAt('dockerfile', 'before')),
  r('arm64 amd64 둘다 되는 이미지 빌드', revisedAt('dockerfile', 'multi-platform')),

  // ── 개정판: 6장 심화 (deepDive)
  r('리눅스 namespace 종류', revisedAt('deepDive', 'namespace-types')),
  r(
    '컨테이너 안의 root 는 호스트 root랑 같은건가요',
    revisedAt('deepDive', 'user-namespace'),
    revisedAt('dockerfile', 'non-root'),
  ),
  r('cgroup v1 v2 차이', revisedAt('deepDive', 'cgroup-v1-v2')),
  r(
    '--memory 준 값이 cgroup 어느 파일에 들어감',
    revisedAt('deepDive', 'memory-max'),
    revisedAt('containers', 'limits-to-cgroups'),
  ),
  r(
    '하이퍼바이저 type1 type2',
    revisedAt('deepDive', 'hypervisor-examples'),
    revisedAt('deepDive', 'hypervisor-types'),
  ),
  r('wsl2 /mnt/c 에서 작업하면 너무 느림', revisedAt('deepDive', 'wsl2-file-performance')),
  r('맥에는 리눅스 커널이 없는데 도커가 어떻게 돌아가는 거야', revisedAt('deepDive', 'macos-linux-vm')),
  r(
    'wsl2 백엔드 hyper-v 백엔드 뭐 골라',
    revisedAt('deepDive', 'wsl2-backend'),
    revisedAt('deepDive', 'hyper-v-backend'),
  ),

  // ── 개정판: 변경 내역, 명령어 사전, 용어집
  r('초판이랑 개정판 달라진 점', revisedAt('changes')),
  r(
    '개정판은 docker engine 몇 버전 기준',
    revisedAt('changes', 'baseline'),
    revisedAt('intro', 'prerequisites'),
  ),
  r('도커 명령어 모음 치트시트', revisedAt('commands')),
  r('docker port 명령어', revisedAt('commands', 'container-port'), revisedAt('network', 'publish-syntax')),
  r('도커 용어 정리 한영', revisedAt('glossary'), revisedAt('intro', 'glossary')),
  r(
    '빌드 컨텍스트 뜻',
    revisedAt('glossary', 'build-context'),
    revisedAt('dockerfile', 'dockerfile-basics'),
    revisedAt('workflow', 'build'),
  ),

  // ── 초판 (2025.02)
  f('docker 클라이언트랑 데몬 통신 rest api unix socket', firstAt('concepts', 'cli-and-daemon')),
  f('overlay2 lowerdir upperdir merged', firstAt('concepts', 'overlay2')),
  f('docker info 출력 어디 봐야돼', firstAt('concepts', 'docker-info')),
  f('재시작 정책 always unless-stopped 차이', firstAt('containers', 'restart-policies')),
  f('dokcer logs -f 로그 계속 보기', firstAt('containers', 'logs')),
  f(
    '컨테이너 종료 신호 안먹음 pid1',
    firstAt('containers', 'pid1-signal-handling'),
    firstAt('containers', 'stop-sequence'),
    firstAt('containers', 'init-and-exec-form'),
  ),
  f(
    '--memory --cpus 옵션 cgroups랑 무슨 관계',
    firstAt('containers', 'limits-and-cgroups'),
    firstAt('deepDive', 'docker-resource-flags'),
  ),
  f('기본 브릿지 네트워크 왜 비추함', firstAt('network', 'default-bridge-limits')),
  f('db 포트 내 컴퓨터에서만 접속되게 공개', firstAt('network', 'publish-localhost')),
  f('DOCKER-USER 체인에 규칙 넣기', firstAt('network', 'nat-and-iptables')),
  f('실행 중인 컨테이너 네트워크 붙였다 떼기', firstAt('network', 'isolation-and-connect')),
  f('컴포즈로 띄운 후 코드 고쳤는데 반영이 안돼요', firstAt('workflow', 'rebuild-loop')),
  f('compose.yaml ${VAR} 값 어디서 채워짐', firstAt('workflow', 'interpolation')),
  f('깃헙 액션 도커 빌드 푸시 워크플로', firstAt('workflow', 'ci-pipeline')),
  f('entrypoint 에 cmd 붙으면 어떻게 실행됨', firstAt('dockerfile', 'cmd-vs-entrypoint')),
  f('RUN --mount=type=cache npm', firstAt('dockerfile', 'cache-mounts')),
  f(
    'node 도커 이미지 최적화 전후 비교',
    firstAt('dockerfile', 'before-after'),
    firstAt('dockerfile', 'size-comparison'),
    firstAt('dockerfile', 'before'),
    firstAt('dockerfile', 'after'),
  ),
  f(
    '윈도우 도커 설치할때 가상화 켜라는 오류',
    firstAt('deepDive', 'windows-needs-virtualization'),
    firstAt('deepDive', 'needs-linux-kernel'),
  ),
  f(
    'wsl2 가 경량 하이퍼바이저 맞음?',
    firstAt('deepDive', 'wsl2-backend'),
    firstAt('deepDive', 'hypervisor-examples'),
  ),
  f('cgroups로 네트워크 대역폭도 제한되나', firstAt('deepDive', 'cgroup-resources')),
];

/** 넷째 묶음(2026-12-08, 셋째 묶음을 보고 규칙을 고친 뒤 한 번만 잰 60개): 두 판, 모든 페이지 */
export const freshQueriesFourthBatch: readonly SectionQueryCase[] = [
  // intro
  r('도커 스터디 처음인데 어떤 장부터 읽어야 돼', revisedAt('intro', 'reading-order')),
  r('이 시리즈 원래 블로그 글이야? 출처', revisedAt('intro', 'origin')),
  // gettingStarted
  r(
    'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
    revisedAt('gettingStarted', 'permission-denied'),
  ),
  r('Is the docker daemon running?', revisedAt('gettingStarted', 'cannot-connect')),
  r(
    'sudo없이 docker 명령어 쓰는법',
    revisedAt('gettingStarted', 'docker-group'),
    revisedAt('intro', 'prerequisites'),
  ),
  r('wsl 우분투에서 docker: command not found', revisedAt('gettingStarted', 'wsl-integration')),
  r('HCS_E_HYPERV_NOT_INSTALLED', revisedAt('gettingStarted', 'virtualization')),
  // concepts
  r(
    '이미지 컨테이너 차이',
    revisedAt('concepts', 'core-objects'),
    revisedAt('concepts', 'image'),
    revisedAt('concepts', 'container'),
  ),
  r(
    '가상머신 대신 컨테이너 쓰는 이유 뭐가 다름',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  r('containerd랑 runc는 각각 뭐하는애야', revisedAt('concepts', 'containerd-shim-runc')),
  r('overlayfs lowerdir upperdir merged', revisedAt('concepts', 'overlay2')),
  r('컨테이너에서 파일 고치면 원본 이미지도 바뀌나요?', revisedAt('concepts', 'copy-on-write')),
  // containers
  r('도커 로그 실시간 확인 docekr logs', revisedAt('containers', 'logs')),
  r('실행중인 컨테이너 안으로 들어가서 bash 치는 법', revisedAt('containers', 'exec')),
  r('docker run -d ubuntu 하자마자 exited 됨', revisedAt('containers', 'foreground-detached')),
  r('서버 재부팅하면 컨테이너 자동 시작 되게', revisedAt('containers', 'restart-policies')),
  r(
    'docker stop 10초나 걸려요 왜그럼',
    revisedAt('containers', 'stop-sequence'),
    revisedAt('containers', 'pid1-signal-handling'),
  ),
  r('Exited (137)', revisedAt('containers', 'oom-killer'), revisedAt('containers', 'stop-sequence')),
  r('volume vs bind mount', revisedAt('containers', 'storage-comparison')),
  r(
    '안쓰는 컨테이너 한꺼번에 지우기',
    revisedAt('containers', 'cleanup'),
    revisedAt('dockerfile', 'prune-commands'),
  ),
  // network
  r(
    '컨테이너끼리 이름으로 핑이 안가요',
    revisedAt('network', 'embedded-dns'),
    revisedAt('network', 'default-bridge-limits'),
  ),
  r('nginx 띄웠는데 브라우저에서 안열림', revisedAt('network', 'port-checklist')),
  r('-p 3000:8080 어느쪽이 호스트 포트?', revisedAt('network', 'publish-syntax')),
  r('컨테이너에서 내 PC 로컬 db 접속 host.docker.internal', revisedAt('network', 'reach-host')),
  r('Temporary failure resolving deb.debian.org', revisedAt('network', 'dns-troubleshooting')),
  r('ufw로 막았는데 도커 포트가 밖에서 접속됨', revisedAt('network', 'publish-localhost')),
  r('ss 보니까 docker-proxy가 포트 잡고있음', revisedAt('network', 'docker-proxy')),
  // workflow
  r('docker-compose 하이픈 있는거랑 없는거 차이', revisedAt('workflow', 'compose-v5')),
  r('latest 태그 써도 되나', revisedAt('workflow', 'latest-tag')),
  r('이미지 다이제스트로 버전 박아두기', revisedAt('workflow', 'pin-by-digest')),
  r('.env랑 environment 둘다 있으면 뭐가 적용돼', revisedAt('workflow', 'env-precedence')),
  r('compose hot reload 코드 수정 자동반영', revisedAt('workflow', 'compose-watch')),
  r('github actions에서 도커 이미지 빌드해서 푸쉬', revisedAt('workflow', 'ci-pipeline')),
  // dockerfile
  r('CMD 엔트리포인트 차이', revisedAt('dockerfile', 'cmd-vs-entrypoint')),
  r('COPY 말고 ADD 써야 할때', revisedAt('dockerfile', 'copy-vs-add')),
  r(
    '이미지용량줄이는법',
    revisedAt('dockerfile', 'smaller-images'),
    revisedAt('dockerfile', 'multi-stage'),
    revisedAt('dockerfile', 'before-after'),
  ),
  r(
    '소스 한줄만 바꿔도 npm install부터 다시 빌드됨',
    revisedAt('dockerfile', 'build-cache'),
    revisedAt('dockerfile', 'layer-order'),
  ),
  r('빌드할때 npm 토큰 안전하게 넘기는 방법', revisedAt('dockerfile', 'build-secrets')),
  r(
    'DEPRECATED: The legacy builder is deprecated and will be removed in a future release',
    revisedAt('dockerfile', 'buildkit-default'),
  ),
  r('docker ps랑 docker container ls 같은거임?', revisedAt('dockerfile', 'legacy-aliases')),
  // deepDive
  r('cgorup v1 v2 차이', revisedAt('deepDive', 'cgroup-v1-v2')),
  r(
    '윈도우에 도커 까는데 왜 가상화를 켜라고 함',
    revisedAt('deepDive', 'windows-needs-virtualization'),
    revisedAt('deepDive', 'needs-linux-kernel'),
  ),
  r('wsl2 /mnt/c 프로젝트 npm install 너무 느림', revisedAt('deepDive', 'wsl2-file-performance')),
  r(
    '컨테이너 안 root가 호스트 root랑 같은 권한인가',
    revisedAt('deepDive', 'user-namespace'),
    revisedAt('deepDive', 'capabilities-seccomp'),
  ),
  // changes / commands / glossary
  r('개정판 도커 엔진 버전 몇 기준', revisedAt('changes', 'baseline'), revisedAt('intro', 'prerequisites')),
  r('초판이랑 개정판 바뀐점', revisedAt('changes')),
  r('docker 명령어 모음 치트시트', revisedAt('commands')),
  r('도커 용어 정리', revisedAt('glossary'), revisedAt('intro', 'glossary')),
  // first edition (2025.02)
  f(
    '이미지랑 컨테이너 레지스트리 관계',
    firstAt('concepts', 'object-flow'),
    firstAt('concepts', 'core-objects'),
  ),
  f('docker exec -it bash', firstAt('containers', 'exec')),
  f('tmpfs 언제써', firstAt('containers', 'tmpfs')),
  f('컨테이너 메모리 제한 스왑', firstAt('containers', 'memory-limits')),
  f('기본 브릿지 네트워크 왜 쓰지 말라는거야', firstAt('network', 'default-bridge-limits')),
  f('docker0 veth', firstAt('network', 'docker0-veth')),
  f('compose up --build 코드 수정 반영', firstAt('workflow', 'rebuild-loop')),
  f('태그랑 digest 차이', firstAt('workflow', 'tags-and-digests')),
  f('멀티스테이지 빌드 하는 법', firstAt('dockerfile', 'multi-stage')),
  f('root 아닌 유저로 컨테이너 실행 USER', firstAt('dockerfile', 'non-root')),
  f('namespace 종류 pid net mnt', firstAt('deepDive', 'namespace-types')),
  f('hyper-v wsl2 백엔드 차이', firstAt('deepDive', 'hyper-v-backend'), firstAt('deepDive', 'wsl2-backend')),
];

/** 다섯째 묶음(2026-12-08, 학습자의 말을 두 번 고친 뒤 한 번만 잰 100개): 두 판, 모든 페이지 */
export const freshQueriesFifthBatch: readonly SectionQueryCase[] = [
  // revised: intro
  r('윈도우 파워쉘로 실습 따라해도 되나요 명령어 바꿔야 할게 있나', revisedAt('intro', 'prerequisites')),
  r('이 시리즈 원래 어디서 나온 글이야', revisedAt('intro', 'origin')),

  // revised: gettingStarted
  r('ubunut 24.04 도커 설치 gpg 키랑 저장소 추가', revisedAt('gettingStarted', 'add-repository')),
  r('get.docker.com 스크립트로 운영 서버에 설치해도 됨?', revisedAt('gettingStarted', 'convenience-script')),
  r('sudo없이docker쓰기', revisedAt('gettingStarted', 'docker-group'), revisedAt('intro', 'prerequisites')),
  r(
    'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
    revisedAt('gettingStarted', 'permission-denied'),
  ),
  r(
    'wsl 우분투에서 docker: command not found 뜸 데스크탑은 켜져있음',
    revisedAt('gettingStarted', 'wsl-integration'),
  ),
  r(
    'Docker Desktop - Unexpected WSL error HCS_E_HYPERV_NOT_INSTALLED',
    revisedAt('gettingStarted', 'virtualization'),
  ),
  r(
    'm1 맥북인데 인텔용 도커 데스크탑 받은 것 같아요',
    revisedAt('gettingStarted', 'wrong-mac-download'),
    revisedAt('gettingStarted', 'macos'),
  ),

  // revised: concepts
  r('docker commit 으로 이미지 만들면 안 좋은 이유', revisedAt('concepts', 'object-flow')),
  r('도커 cli가 dockerd랑 어떻게 통신하는지 docker.sock rest api', revisedAt('concepts', 'cli-and-daemon')),
  r('containerd-shim 이 왜 필요함', revisedAt('concepts', 'containerd-shim-runc')),
  r('OCI 스펙 세 가지', revisedAt('concepts', 'oci-specs')),
  r('lowerdir upperdir merged', revisedAt('concepts', 'overlay2')),
  r(
    'RUN에서 rm -rf 했는데 이미지 용량이 그대로에요',
    revisedAt('concepts', 'layers'),
    revisedAt('dockerfile', 'combine-and-clean'),
  ),
  r('컨테이너 안에서 파일 수정하면 이미지 원본도 바뀌나', revisedAt('concepts', 'copy-on-write')),
  r(
    'containerd image store 쓰는지 overlay2 쓰는지 어떻게 알아',
    revisedAt('concepts', 'containerd-image-store'),
  ),
  r('docker info 출력에서 뭘 봐야 돼', revisedAt('concepts', 'docker-info')),

  // revised: containers
  r(
    'docker run -it 에서 i 랑 t 각각 무슨 뜻',
    revisedAt('containers', 'foreground-detached'),
    revisedAt('containers', 'run-options'),
  ),
  r('재시작 정책 always 랑 unless-stopped 차이', revisedAt('containers', 'restart-policies')),
  r(
    'docker exec 로 들어가면 entrypoint 스크립트에서 export 한 변수가 안 보임',
    revisedAt('containers', 'exec'),
  ),
  r('docker logs 쳐도 아무것도 안나와요', revisedAt('containers', 'logs')),
  r('셸 없는 distroless 이미지 디버깅', revisedAt('containers', 'debugging-slim-images')),
  r('Exited (137)', revisedAt('containers', 'stop-sequence'), revisedAt('containers', 'oom-killer')),
  r('좀비 프로세스 안 치워짐 tini', revisedAt('containers', 'init-and-exec-form')),
  r('-v 옵션이랑 --mount 중에 뭐 써야함', revisedAt('containers', 'mount-syntax')),
  r('memory-swap 설정 의미', revisedAt('containers', 'memory-limits')),
  r('--cpus 1.5 주면 특정 코어에 고정되는거야?', revisedAt('containers', 'cpu-pids-limits')),
  r('시작하자마자 죽는 컨테이너에서 설정파일 꺼내기', revisedAt('containers', 'cp')),

  // revised: network
  r(
    '컨테이너끼리 이름으로 ping 안 돼요',
    revisedAt('network', 'embedded-dns'),
    revisedAt('network', 'default-bridge-limits'),
  ),
  r('맥에서 --network host 했는데 localhost로 접속이 안됨', revisedAt('network', 'host-on-docker-desktop')),
  r(
    '네트워크 두 개 연결했을 때 어느 쪽 게이트웨이로 나갈지 정하기',
    revisedAt('network', 'gateway-priority'),
  ),
  r('ufw 로 막았는데 도커 포트는 밖에서 열림', revisedAt('network', 'publish-localhost')),
  r('docker-proxy 프로세스가 왜 떠있지', revisedAt('network', 'docker-proxy')),
  r(
    '엔진 28부터 LAN에서 컨테이너 IP로 직접 접근이 막힘',
    revisedAt('network', 'direct-routing-blocked'),
    revisedAt('network', 'engine-28-changes'),
  ),
  r('macvlan ipvlan 차이', revisedAt('network', 'driver-macvlan-ipvlan')),
  r(
    '컨테이너에서 호스트에 띄운 db 접속 리눅스 host.docker.internal 안됨',
    revisedAt('network', 'reach-host'),
  ),
  r("Temporary failure resolving 'deb.debian.org'", revisedAt('network', 'dns-troubleshooting')),
  r(
    'Error starting userland proxy: listen tcp4 0.0.0.0:8080: bind: address already in use',
    revisedAt('network', 'port-checklist'),
  ),
  r('tcpdump 없는 컨테이너 네트워크를 옆에서 들여다보기', revisedAt('network', 'container-network-mode')),

  // revised: workflow
  r('docker init 하면 뭐가 만들어져', revisedAt('workflow', 'docker-init')),
  r(
    '애플실리콘 맥에서 빌드한 이미지 amd64 서버에서 exec format error',
    revisedAt('workflow', 'build'),
    revisedAt('dockerfile', 'multi-platform'),
  ),
  r('이미지 이름에 레지스트리 안 적으면 어디서 받아와', revisedAt('workflow', 'tag')),
  r('latest 태그 쓰면 안 되는 이유', revisedAt('workflow', 'latest-tag')),
  r('deploy image by digest instead of tag', revisedAt('workflow', 'deploy-by-digest')),
  r('docker-compose 랑 docker compose 뭐가 달라', revisedAt('workflow', 'compose-v5')),
  r('depends_on 걸었는데 db 뜨기 전에 앱이 먼저 시작됨', revisedAt('workflow', 'compose-file')),
  r('env_file 이랑 .env 차이', revisedAt('workflow', 'env-file')),
  r('도커 컴포즈 핫리로드 코드 저장하면 바로 반영', revisedAt('workflow', 'compose-watch')),
  r('compose에서 디버그용 서비스는 필요할 때만 띄우고 싶음', revisedAt('workflow', 'include-and-profiles')),
  r('github actions 로 도커 이미지 빌드하고 푸시', revisedAt('workflow', 'ci-pipeline')),

  // revised: dockerfile (commands-and-dockerfile)
  r('docker ps 랑 docker container ls 같은 거야?', revisedAt('dockerfile', 'legacy-aliases')),
  r('buildkit buildx 관계', revisedAt('dockerfile', 'buildkit-default')),
  r('ARG ENV 차이', revisedAt('dockerfile', 'env-vs-arg')),
  r('빌드할 때 npm 토큰 안전하게 넘기는 법', revisedAt('dockerfile', 'build-secrets')),
  r(
    'EXPOSE 적었는데 포트가 안 열려',
    revisedAt('dockerfile', 'expose-workdir-user'),
    revisedAt('network', 'port-checklist'),
  ),
  r('healthcheck unhealthy 되는 기준 retries', revisedAt('dockerfile', 'healthcheck-volume-label')),
  r(
    '소스 한 줄만 고쳐도 npm install 이 처음부터 다시 돌아감',
    revisedAt('dockerfile', 'layer-order'),
    revisedAt('dockerfile', 'build-cache'),
    revisedAt('dockerfile', 'before'),
  ),
  r('RUN --mount=type=cache', revisedAt('dockerfile', 'cache-mounts')),
  r('alpine slim distroless 뭐 골라야 돼', revisedAt('dockerfile', 'base-images')),
  r('docker build --check 경고 JSONArgsRecommended', revisedAt('dockerfile', 'build-checks')),
  r('COPY --link 쓰면 뭐가 좋아', revisedAt('dockerfile', 'copy-link-chmod')),
  r('도커파일 RUN 여러 줄 && 백슬래시 안 쓰고 쓰는 방법', revisedAt('dockerfile', 'heredocs')),
  r('빌드캐시가 디스크 너무 많이 먹음', revisedAt('dockerfile', 'disk-usage')),

  // revised: deepDive
  r('도커는 lxc 위에서 돌아가는거 아님?', revisedAt('deepDive', 'lxc-to-runc')),
  r('pid net mnt uts ipc 네임스페이스 말고 뭐 더 있어', revisedAt('deepDive', 'namespace-types')),
  r('컨테이너 root가 호스트 root랑 같은 uid야? userns-remap', revisedAt('deepDive', 'user-namespace')),
  r(
    '--memory 512m 주면 cgroup 어느 파일에 들어감',
    revisedAt('deepDive', 'memory-max'),
    revisedAt('containers', 'limits-to-cgroups'),
  ),
  r('type 1 type 2 hypervisor examples', revisedAt('deepDive', 'hypervisor-examples')),
  r('esxi랑 hyper-v 드라이버 두는 위치 구조 차이', revisedAt('deepDive', 'monolithic-vs-microkernelized')),
  r(
    '윈도우 홈 에디션에서 hyper-v 백엔드 못 씀?',
    revisedAt('deepDive', 'hyper-v-backend'),
    revisedAt('deepDive', 'wsl2-backend'),
  ),
  r('wsl2 /mnt/c 에서 npm install 너무 느림', revisedAt('deepDive', 'wsl2-file-performance')),
  r('맥은 가상머신 없이 도커 돌아가는거야', revisedAt('deepDive', 'macos-linux-vm')),
  r(
    'vm이랑 컨테이너 차이 면접',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),

  // revised: changes / commands / glossary
  r(
    '개정판 기준 도커 엔진 버전 몇이야',
    revisedAt('changes', 'baseline'),
    revisedAt('intro', 'prerequisites'),
  ),
  r('초판이랑 비교해서 네트워크 장 뭐 바뀜', revisedAt('changes', 'changes-03-network')),
  r('도커 명령어 치트시트 한눈에', revisedAt('commands')),
  r(
    'docker container update 사용법 플래그',
    revisedAt('commands', 'container-update'),
    revisedAt('containers', 'cpu-pids-limits'),
  ),
  r(
    '빌드 맥락 이라는 말 맞는 용어야?',
    revisedAt('glossary', 'build-context'),
    revisedAt('intro', 'glossary'),
  ),
  r(
    '용어 LXC libcontainer 뜻',
    revisedAt('glossary', 'lxc-libcontainer'),
    revisedAt('deepDive', 'lxc-to-runc'),
  ),

  // first edition (2025.02)
  f('이미지 하나로 컨테이너 여러개 띄우면 파일 서로 공유돼?', firstAt('concepts', 'container')),
  f('overlay2 드라이버 디렉터리 구조', firstAt('concepts', 'overlay2')),
  f(
    'runc는 컨테이너 만들고 바로 종료된다던데 그럼 누가 부모 프로세스임',
    firstAt('concepts', 'containerd-shim-runc'),
  ),
  f('컨테이너 재시작 정책 뭘로 해야됨', firstAt('containers', 'restart-policies')),
  f('PID 1 SIGTERM 안먹음', firstAt('containers', 'pid1-signal-handling')),
  f('tmpfs에 민감한 임시파일 넣으면 디스크에 안 남아?', firstAt('containers', 'tmpfs')),
  f(
    'inspect 에 NanoCpus 500000000 이게 뭐임',
    firstAt('containers', 'limits-and-cgroups'),
    firstAt('deepDive', 'docker-resource-flags'),
  ),
  f(
    'default bridge 에서 컨테이너 이름으로 접속 안됨',
    firstAt('network', 'default-bridge-limits'),
    firstAt('network', 'embedded-dns'),
  ),
  f('여러 서버에 있는 컨테이너 연결 overlay', firstAt('network', 'driver-overlay')),
  f('포트 매핑 8080:80 앞이 호스트야 뒤가 호스트야', firstAt('network', 'publish-syntax')),
  f(
    '웹서버랑 db 컨테이너 네트워크 따로 만들어서 db포트는 안 열고 연결하는 실습',
    firstAt('network', 'worked-example'),
  ),
  f('코드 고치면 compose up --build 매번 다시 해야돼?', firstAt('workflow', 'rebuild-loop')),
  f('compose environment 우선순위', firstAt('workflow', 'env-precedence')),
  f('CI에서 이미지 빌드 푸시', firstAt('workflow', 'ci-pipeline')),
  f('tag digest 차이', firstAt('workflow', 'tags-and-digests')),
  f('apt-get update 랑 install 을 한 RUN 에 같이 쓰는 이유', firstAt('dockerfile', 'combine-and-clean')),
  f('dockerfile USER 지정 안 하면 root로 돌아?', firstAt('dockerfile', 'non-root')),
  f('엔트리포인트 cmd 조합 표', firstAt('dockerfile', 'cmd-vs-entrypoint')),
  f('cgroups 로 네트워크 대역폭도 제한 가능?', firstAt('deepDive', 'cgroup-resources')),
  f('타입1 하이퍼바이저 종류 esxi', firstAt('deepDive', 'hypervisor-examples')),
];

/** 여섯째 묶음(2026-12-08, 다섯째 묶음을 보고 규칙을 고친 뒤 한 번만 잰 100개): 다섯 사람을 떠올려 적은 두 판, 모든 페이지 */
export const freshQueriesSixthBatch: readonly SectionQueryCase[] = [
  // intro
  r('도커 스터디 무슨 순서로 읽어야돼', revisedAt('intro', 'reading-order')),
  r('파워쉘에서 실습 명령어 따라치는법', revisedAt('intro', 'prerequisites')),
  r('이 시리즈 원래 ASAC 블로그 글이야?', revisedAt('intro', 'origin')),
  // gettingStarted
  r(
    'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
    revisedAt('gettingStarted', 'permission-denied'),
    revisedAt('gettingStarted', 'docker-group'),
  ),
  r(
    'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    revisedAt('gettingStarted', 'cannot-connect'),
  ),
  r('wsl 설치 명령어', revisedAt('gettingStarted', 'install-wsl')),
  r('우분투 wsl에서 docker: command not found', revisedAt('gettingStarted', 'wsl-integration')),
  r('HCS_E_HYPERV_NOT_INSTALLED', revisedAt('gettingStarted', 'virtualization')),
  r('DOCKER_HOST 때문에 도커 연결이 안 될 때', revisedAt('gettingStarted', 'failed-to-connect')),
  r('맥 도커 설치 incompatible cpu detected', revisedAt('gettingStarted', 'wrong-mac-download')),
  r('ubuntu docker-ce apt 저장소 gpg 키 등록', revisedAt('gettingStarted', 'add-repository')),
  // concepts
  r('내 컴퓨터에선 되는데 서버에선 안됨 도커 쓰면 해결?', revisedAt('concepts', 'why-docker')),
  r('이미지는 클래스 컨테이너는 인스턴스', revisedAt('concepts', 'container')),
  r('curl로 도커 소켓에 api 요청 보내기', revisedAt('concepts', 'cli-and-daemon')),
  r('dockerd containerd runc 각자 하는일', revisedAt('concepts', 'containerd-shim-runc')),
  r('OCI runtime spec image spec distribution spec', revisedAt('concepts', 'oci-specs')),
  r('lowerdir upperdir merged workdir', revisedAt('concepts', 'overlay2')),
  r('컨테이너에서 파일 고치면 원본 이미지도 바뀌나요', revisedAt('concepts', 'copy-on-write')),
  r(
    'RUN에서 지운 파일인데 왜 이미지 용량이 그대로야',
    revisedAt('concepts', 'layers'),
    revisedAt('dockerfile', 'combine-and-clean'),
  ),
  r(
    'docker info Storage Driver overlayfs 랑 overlay2 뭐가 다름',
    revisedAt('concepts', 'containerd-image-store'),
    revisedAt('concepts', 'docker-info'),
  ),
  r(
    'vm이랑 컨테이너 뭐가 달라',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  // containers
  r('docker run -d 랑 -it 차이', revisedAt('containers', 'foreground-detached')),
  r('--restart unless-stopped always 차이', revisedAt('containers', 'restart-policies')),
  r('실행중인 컨테이너 안에 들어가서 쉘 쓰는법', revisedAt('containers', 'exec')),
  r('docker logs 찍어도 아무것도 안나와요', revisedAt('containers', 'logs')),
  r('inspect --format 으로 상태값만 뽑기', revisedAt('containers', 'inspect')),
  r(
    '왜 docker stop 할때마다 10초씩 걸림',
    revisedAt('containers', 'pid1-signal-handling'),
    revisedAt('containers', 'stop-sequence'),
  ),
  r('exited (137) 무슨뜻', revisedAt('containers', 'stop-sequence'), revisedAt('containers', 'oom-killer')),
  r('distroless 이미지 쉘이 없어서 exec 안됨', revisedAt('containers', 'debugging-slim-images')),
  r('컨테이너 삭제했더니 데이터 다 날라감', revisedAt('containers', 'writable-layer')),
  r('볼륨 바인드마운트 tmpfs 비교', revisedAt('containers', 'storage-comparison')),
  r(
    'how to limit container memory and what does --memory-swap mean',
    revisedAt('containers', 'memory-limits'),
  ),
  // network
  r(
    '컨테이너끼리 이름으로 ping이 안 가요',
    revisedAt('network', 'embedded-dns'),
    revisedAt('network', 'default-bridge-limits'),
  ),
  r('docker0 veth 뭐야', revisedAt('network', 'docker0-veth')),
  r('맥에서 --network host 했는데 localhost 접속 안됨', revisedAt('network', 'host-on-docker-desktop')),
  r('ufw로 막았는데도 도커 포트가 외부에서 열려있음', revisedAt('network', 'publish-localhost')),
  r('포트공개 iptables DNAT MASQUERADE 규칙', revisedAt('network', 'nat-and-iptables')),
  r('docker-proxy 프로세스 왜 떠있지', revisedAt('network', 'docker-proxy')),
  r('컨테이너에서 호스트 PC의 db 접속 host.docker.internal', revisedAt('network', 'reach-host')),
  r('Temporary failure resolving 컨테이너 안 apt-get update', revisedAt('network', 'dns-troubleshooting')),
  r('컨테이너는 떴는데 브라우저로 접속이 안 될 때', revisedAt('network', 'port-checklist')),
  r('macvlan ipvlan 차이', revisedAt('network', 'driver-macvlan-ipvlan')),
  r('네트워크 여러개 붙였을때 기본 게이트웨이 어느쪽', revisedAt('network', 'gateway-priority')),
  // workflow
  r('docker init 하면 뭐가 생겨', revisedAt('workflow', 'docker-init')),
  r('레이티스트 태그 쓰면 안되는 이유', revisedAt('workflow', 'latest-tag')),
  r('이미지 sha256 다이제스트로 버전 고정', revisedAt('workflow', 'pin-by-digest')),
  r('로컬 레지스트리에 이미지 푸시하기 localhost:5001', revisedAt('workflow', 'push-pull')),
  r('docker-compose랑 docker compose 차이', revisedAt('workflow', 'compose-v5')),
  r(
    '.env에 적은 변수가 컨테이너에서 안 보여요',
    revisedAt('workflow', 'interpolation'),
    revisedAt('workflow', 'env-file'),
  ),
  r('도커 컴포즈 코드 저장하면 자동으로 컨테이너에 반영되게', revisedAt('workflow', 'compose-watch')),
  r('깃허브 액션으로 도커 이미지 빌드 푸시', revisedAt('workflow', 'ci-pipeline')),
  r(
    'm1맥에서 빌드한 이미지 서버에서 exec format error',
    revisedAt('dockerfile', 'multi-platform'),
    revisedAt('workflow', 'build'),
  ),
  // dockerfile
  r('CMD ENTRYPIONT 차이', revisedAt('dockerfile', 'cmd-vs-entrypoint')),
  r('COPY ADD 차이 뭐임', revisedAt('dockerfile', 'copy-vs-add')),
  r('ARG랑 ENV 언제 뭐씀', revisedAt('dockerfile', 'env-vs-arg')),
  r('빌드할때 npm 토큰 안전하게 넘기는법', revisedAt('dockerfile', 'build-secrets')),
  r(
    '소스 한줄만 바꿔도 npm install 처음부터 다시함',
    revisedAt('dockerfile', 'build-cache'),
    revisedAt('dockerfile', 'layer-order'),
  ),
  r('dockerignore node_modules .git', revisedAt('dockerfile', 'dockerignore')),
  r('멀티스테이지빌드', revisedAt('dockerfile', 'multi-stage')),
  r('alpine slim distroless 중에 뭐 골라', revisedAt('dockerfile', 'base-images')),
  r('legacy builder is deprecated 경고', revisedAt('dockerfile', 'buildkit-default')),
  r('docker system prune -a 하면 뭐 지워짐', revisedAt('dockerfile', 'prune-commands')),
  r('컨테이너 root로 돌리면 위험함?', revisedAt('dockerfile', 'non-root')),
  // deepDive
  r('리눅스 네임스페이스 종류 pid net mnt uts', revisedAt('deepDive', 'namespace-types')),
  r('unshare --fork --pid 실습', revisedAt('deepDive', 'unshare-demo')),
  r('lsns /proc/pid/ns 로 컨테이너 확인', revisedAt('deepDive', 'inspect-namespaces')),
  r('userns-remap 컨테이너 root가 호스트 root랑 같음?', revisedAt('deepDive', 'user-namespace')),
  r('cgroup v1 v2 차이', revisedAt('deepDive', 'cgroup-v1-v2')),
  r('--memory 512m 하면 cgroup 어느 파일에 써짐', revisedAt('deepDive', 'memory-max')),
  r('하이퍼바이저 타입1 타입2 예시 esxi virtualbox', revisedAt('deepDive', 'hypervisor-examples')),
  r('wsl2 /mnt/c 에 프로젝트 두면 너무 느림', revisedAt('deepDive', 'wsl2-file-performance')),
  r('맥은 리눅스 가상머신 없이 도커 돌아가?', revisedAt('deepDive', 'macos-linux-vm')),
  r('도커가 LXC 기반이라던데 맞아?', revisedAt('deepDive', 'lxc-to-runc')),
  r(
    '왜 윈도우에서 도커 쓰려면 가상화 켜야됨',
    revisedAt('deepDive', 'windows-needs-virtualization'),
    revisedAt('deepDive', 'needs-linux-kernel'),
  ),
  // changes
  r('초판이랑 개정판 뭐가 바뀌었어', revisedAt('changes')),
  r('개정판 기준 docker engine 버전', revisedAt('changes', 'baseline'), revisedAt('intro', 'prerequisites')),
  // commands
  r('도커 명령어 치트시트', revisedAt('commands')),
  r(
    'docker network 하위명령 모아보기',
    revisedAt('commands', 'category-network'),
    revisedAt('network', 'network-commands'),
  ),
  // glossary
  r('도커 용어 사전', revisedAt('glossary'), revisedAt('intro', 'glossary')),
  r('용어 영어 한국어 표기 정리', revisedAt('glossary')),

  // first edition (2025.02)
  f('overlay2 스토리지드라이버 구조', firstAt('concepts', 'overlay2')),
  f('docker version 쳤는데 Server 부분이 안나옴', firstAt('concepts', 'docker-version')),
  f('도커 클라이언트 서버 구조 REST API 유닉스 소켓', firstAt('concepts', 'cli-and-daemon')),
  f('재시작 정책 뭘로 해야돼', firstAt('containers', 'restart-policies')),
  f(
    '--memory 옵션이랑 cgroups 관계',
    firstAt('containers', 'limits-and-cgroups'),
    firstAt('deepDive', 'docker-resource-flags'),
  ),
  f('볼륨 실제 저장 위치 /var/lib/docker/volumes', firstAt('containers', 'volumes')),
  f('tini docker-init 좀비 프로세스', firstAt('containers', 'init-and-exec-form')),
  f('bridge host none overlay 언제 뭐 써', firstAt('network', 'driver-summary')),
  f('ps aux 에 docker-proxy -proto tcp 떠있음', firstAt('network', 'docker-proxy')),
  f('resolv.conf nameserver 127.0.0.11', firstAt('network', 'embedded-dns')),
  f('swarm vxlan 멀티호스트 네트워크', firstAt('network', 'driver-overlay')),
  f('코드 고쳤는데 compose로 띄운 앱에 반영이 안됨', firstAt('workflow', 'rebuild-loop')),
  f('ghcr.io 에 github actions로 올리기', firstAt('workflow', 'ci-pipeline')),
  f('compose 파일 ${VAR:-기본값} 보간', firstAt('workflow', 'interpolation')),
  f('hello-node 이미지 크기 비교 재는법', firstAt('dockerfile', 'size-comparison')),
  f('apt-get update 랑 install 한 RUN 에 묶는 이유', firstAt('dockerfile', 'combine-and-clean')),
  f(
    'EXPOSE 적으면 포트 열리는거 아님?',
    firstAt('dockerfile', 'expose-workdir-user'),
    firstAt('network', 'publish-syntax'),
  ),
  f('cgroups로 제한할수있는 자원 종류', firstAt('deepDive', 'cgroup-resources')),
  f('WSL2 경량 하이퍼바이저', firstAt('deepDive', 'wsl2-backend')),
  f('타입1 타입2 하이퍼바이저 비교표', firstAt('deepDive', 'hypervisor-examples')),
];

/** 일곱째 묶음(2026-12-08, 마지막 규칙 뒤 한 번만 잰 100개): 다섯 사람을 떠올려 적은 두 판, 모든 페이지 */
export const freshQueriesSeventhBatch: readonly SectionQueryCase[] = [
  // intro
  r('처음인데 몇장부터 읽어야함', revisedAt('intro', 'reading-order')),
  r('powershell에서 실습 명령 어떻게 바꿔 쳐', revisedAt('intro', 'prerequisites')),
  r('이 스터디 원래 블로그 글이었음?', revisedAt('intro', 'origin')),
  // gettingStarted
  r('wsl2가 뭔지 모르겠음 윈도우', revisedAt('gettingStarted', 'what-is-wsl2')),
  r('맥북 m1 도커 데스크탑 설치', revisedAt('gettingStarted', 'macos')),
  r(
    'ubuntu 24.04 docker engine apt로 설치',
    revisedAt('gettingStarted', 'linux'),
    revisedAt('gettingStarted', 'add-repository'),
    revisedAt('gettingStarted', 'install-packages'),
  ),
  r('get.docker.com 스크립트로 설치해도 됨?', revisedAt('gettingStarted', 'convenience-script')),
  r(
    'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
    revisedAt('gettingStarted', 'permission-denied'),
  ),
  r(
    'Cannot connect to the Docker daemon. Is the docker daemon running?',
    revisedAt('gettingStarted', 'cannot-connect'),
  ),
  r('wsl 우분투에서 docker: command not found', revisedAt('gettingStarted', 'wsl-integration')),
  r('HCS_E_HYPERV_NOT_INSTALLED', revisedAt('gettingStarted', 'virtualization')),
  r('맥 Incompatible CPU detected 뜸', revisedAt('gettingStarted', 'wrong-mac-download')),
  // concepts
  r('내 컴에선 되는데 서버에선 안됨 도커 왜씀', revisedAt('concepts', 'why-docker')),
  r(
    '이미지 컨테이너 클래스 인스턴스 비유',
    revisedAt('concepts', 'image'),
    revisedAt('concepts', 'container'),
  ),
  r(
    'vm이랑 컨테이너 차이 면접',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  r('docker.sock 이 뭐하는 파일', revisedAt('concepts', 'cli-and-daemon')),
  r('runc가 하는 일 containerd 밑에서', revisedAt('concepts', 'containerd-shim-runc')),
  r('OCI 표준이란', revisedAt('concepts', 'oci-specs')),
  r('lowerdir upperdir merged', revisedAt('concepts', 'overlay2')),
  r('컨테이너에서 파일 고치면 원본 이미지도 바뀜?', revisedAt('concepts', 'copy-on-write')),
  r(
    'RUN rm 했는데 이미지 용량 그대로',
    revisedAt('concepts', 'layers'),
    revisedAt('dockerfile', 'combine-and-clean'),
  ),
  r('containerd-snapshotter daemon.json 켜기', revisedAt('concepts', 'containerd-image-store')),
  r(
    'docker 그룹 넣으면 root랑 같다는게 왜',
    revisedAt('concepts', 'daemon-privileges'),
    revisedAt('gettingStarted', 'docker-group'),
  ),
  // containers
  r('exited created 상태 차이', revisedAt('containers', 'lifecycle-states')),
  r(
    'docker stop kill 차이',
    revisedAt('containers', 'lifecycle-commands'),
    revisedAt('containers', 'stop-sequence'),
  ),
  r('unless-stopped always 차이', revisedAt('containers', 'restart-policies')),
  r('실행중인 컨테이너 안에 들어가서 bash', revisedAt('containers', 'exec')),
  r('docker logs에 아무것도 안찍혀요', revisedAt('containers', 'logs')),
  r('distroless 셸 없는데 디버깅 어떻게', revisedAt('containers', 'debugging-slim-images')),
  r(
    'docker stop 할때마다 10초 걸림',
    revisedAt('containers', 'pid1-signal-handling'),
    revisedAt('containers', 'pid1-and-signals'),
  ),
  r('좀비프로세스 tini --init', revisedAt('containers', 'init-and-exec-form')),
  r('볼륨 바인드마운트 tmpfs 비교', revisedAt('containers', 'storage-comparison')),
  r('--memory-swap 의미', revisedAt('containers', 'memory-limits')),
  r('OOMKilled true 컨테이너 자꾸 재시작', revisedAt('containers', 'oom-killer')),
  r(
    '멈춘 컨테이너 한번에 싹 지우기',
    revisedAt('containers', 'cleanup'),
    revisedAt('dockerfile', 'prune-commands'),
  ),
  // network
  r(
    '기본 네트워크에서 컨테이너 이름으로 ping 안됨',
    revisedAt('network', 'default-bridge-limits'),
    revisedAt('network', 'embedded-dns'),
  ),
  r('resolv.conf 127.0.0.11', revisedAt('network', 'embedded-dns')),
  r('ufw로 막았는데 포트 열려있음', revisedAt('network', 'publish-localhost')),
  r('DNAT MASQUERADE 규칙 포트공개', revisedAt('network', 'nat-and-iptables')),
  r('mac에서 --network host 안됨', revisedAt('network', 'host-on-docker-desktop')),
  r('컨테이너에 공유기 대역 ip 직접 주기', revisedAt('network', 'driver-macvlan-ipvlan')),
  r('컨테이너에서 호스트 db 접속 localhost 안됨', revisedAt('network', 'reach-host')),
  r('Temporary failure resolving 컨테이너 apt-get', revisedAt('network', 'dns-troubleshooting')),
  r('컨테이너 떴는데 브라우저에서 안열림', revisedAt('network', 'port-checklist')),
  r('firewall-backend nftables', revisedAt('network', 'nftables')),
  r('다른 컨테이너 네트워크 네임스페이스 같이 써서 tcpdump', revisedAt('network', 'container-network-mode')),
  r(
    'engine 28 컨테이너 ip로 직접 접속 막힘',
    revisedAt('network', 'engine-28-changes'),
    revisedAt('network', 'direct-routing-blocked'),
  ),
  // workflow
  r('docker init 하면 뭐 생김', revisedAt('workflow', 'docker-init')),
  r(
    'nginx 만 쓰면 docker.io/library 붙는 이유',
    revisedAt('workflow', 'tag'),
    revisedAt('concepts', 'registry'),
  ),
  r('latest 태그 쓰면 안되는이유', revisedAt('workflow', 'latest-tag')),
  r('sha256 다이제스트로 이미지 버전 고정', revisedAt('workflow', 'pin-by-digest')),
  r('docker-compose 하이픈 v1 v5 차이', revisedAt('workflow', 'compose-v5')),
  r('.env 파일이랑 env_file 차이', revisedAt('workflow', 'env-file'), revisedAt('workflow', 'interpolation')),
  r('compose 환경변수 우선순위', revisedAt('workflow', 'env-precedence')),
  r('코드 저장하면 컨테이너에 자동 반영 compose', revisedAt('workflow', 'compose-watch')),
  r('github actions 도커 이미지 빌드 푸시', revisedAt('workflow', 'ci-pipeline')),
  // dockerfile
  r(
    'sbom provenance 뭐임',
    revisedAt('workflow', 'ci-attestations'),
    revisedAt('dockerfile', 'attestations'),
  ),
  r('image prune -a 차이 dangling', revisedAt('dockerfile', 'prune-commands')),
  r('buildx buildkit 관계', revisedAt('dockerfile', 'buildkit-default')),
  r('entrypoint cmd 같이 쓰면 어떻게 실행됨', revisedAt('dockerfile', 'cmd-vs-entrypoint')),
  r('build-arg로 npm 토큰 넘겨도 됨?', revisedAt('dockerfile', 'build-secrets')),
  r('EXPOSE 쓰면 포트 열림?', revisedAt('dockerfile', 'expose-workdir-user')),
  r('package.json 먼저 COPY 하는 이유', revisedAt('dockerfile', 'layer-order')),
  r('멀티스테이지빌드 원리', revisedAt('dockerfile', 'multi-stage')),
  r('slim alpine distroless 뭐 골라야함', revisedAt('dockerfile', 'base-images')),
  r('맥 arm64에서 amd64 이미지 빌드', revisedAt('dockerfile', 'multi-platform')),
  // deepDive
  r(
    '컨테이너는 결국 그냥 프로세스?',
    revisedAt('deepDive', 'container-is-a-process'),
    revisedAt('deepDive', 'why-linux'),
  ),
  r('도커가 lxc 기반이라던데 맞음?', revisedAt('deepDive', 'lxc-to-runc')),
  r('userns-remap 설정', revisedAt('deepDive', 'user-namespace')),
  r('cgroup v1 v2 차이', revisedAt('deepDive', 'cgroup-v1-v2')),
  r('type1 type2 하이퍼바이저 차이', revisedAt('deepDive', 'hypervisor-examples')),
  r(
    '윈도우에서 도커 쓰려면 왜 가상화 켜야됨',
    revisedAt('deepDive', 'windows-needs-virtualization'),
    revisedAt('deepDive', 'needs-linux-kernel'),
  ),
  r('/mnt/c 바인드마운트 npm install 느림', revisedAt('deepDive', 'wsl2-file-performance')),
  r('맥에서 도커는 vm 위에서 도는거?', revisedAt('deepDive', 'macos-linux-vm')),
  // changes / commands / glossary
  r('개정판 기준 도커 엔진 버전', revisedAt('changes', 'baseline'), revisedAt('intro', 'prerequisites')),
  r('초판이랑 개정판 네트워크 장 뭐 달라짐', revisedAt('changes', 'changes-03-network')),
  r('도커 명령어 모음 한눈에', revisedAt('commands')),
  r(
    'docker scout cves 취약점 확인 명령',
    revisedAt('commands', 'scout-cves'),
    revisedAt('dockerfile', 'base-images'),
  ),
  r('도커 용어 한국어 영어 이름 정리', revisedAt('glossary'), revisedAt('intro', 'glossary')),
  r('libcontainer 뜻', revisedAt('glossary', 'lxc-libcontainer'), revisedAt('deepDive', 'lxc-to-runc')),
  // first edition (2025.02)
  f('초판 overlay2 스토리지 드라이버 구조', firstAt('concepts', 'overlay2')),
  f('docker version 27.5 출력 읽기', firstAt('concepts', 'docker-version')),
  f('cli dockerd rest api 유닉스소켓', firstAt('concepts', 'cli-and-daemon')),
  f('restart on-failure 최대 횟수', firstAt('containers', 'restart-policies')),
  f('docker stats no-stream', firstAt('containers', 'stats-top')),
  f(
    '--memory 옵션 cgroups로 어떻게 적용',
    firstAt('containers', 'limits-and-cgroups'),
    firstAt('deepDive', 'docker-resource-flags'),
  ),
  f('CMD 배열로 써야 SIGTERM 받음', firstAt('containers', 'init-and-exec-form')),
  f(
    '컨테이너 지워도 데이터 안 날아가게',
    firstAt('containers', 'where-data-lives'),
    firstAt('containers', 'volumes'),
  ),
  f('bridge host none 언제 뭐씀', firstAt('network', 'driver-summary')),
  f('--link 옵션 레거시', firstAt('network', 'default-bridge-limits')),
  f('iptables DOCKER 체인 8080', firstAt('network', 'nat-and-iptables')),
  f('web db 전용 네트워크 예제', firstAt('network', 'worked-example')),
  f('코드 고치고 compose 다시 빌드 반영', firstAt('workflow', 'rebuild-loop')),
  f('${WEB_TAG:-dev} 보간', firstAt('workflow', 'interpolation')),
  f('docker tag로 레지스트리 주소 붙이기', firstAt('workflow', 'tag')),
  f('CMD ENTRYPOINT 조합 결과', firstAt('dockerfile', 'cmd-vs-entrypoint')),
  f('node22 slim alpine 이미지 크기', firstAt('dockerfile', 'base-images')),
  f('cgroups로 제한하는 자원 종류', firstAt('deepDive', 'cgroup-resources')),
  f('hyper-v wsl2 백엔드 차이', firstAt('deepDive', 'hyper-v-backend'), firstAt('deepDive', 'wsl2-backend')),
  f('pid uts mnt 네임스페이스 종류', firstAt('deepDive', 'namespace-types')),
];

/** 여덟째 묶음(2026-12-08, 마지막 규칙 뒤 한 번만 잰 100개): 말하듯 치는 사람, 영어만 치는 사람, 터미널 출력을 붙이는 사람 */
export const freshQueriesEighthBatch: readonly SectionQueryCase[] = [
  // intro (3)
  r('처음인데 어떤 순서로 읽어야 돼요?', revisedAt('intro', 'reading-order')),
  r('실습하려면 윈도우에서는 어떤 셸로 명령 치나요', revisedAt('intro', 'prerequisites')),
  r('이 시리즈 원래 누가 쓴 블로그 글이에요', revisedAt('intro', 'origin')),

  // gettingStarted (8)
  r(
    'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
    revisedAt('gettingStarted', 'permission-denied'),
    revisedAt('concepts', 'daemon-privileges'),
    revisedAt('intro', 'prerequisites'),
  ),
  r(
    'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    revisedAt('gettingStarted', 'cannot-connect'),
  ),
  r(
    '매번 sudo 붙이기 싫은데 sudo 없이 docker 쓰려면 어떻게 해요',
    revisedAt('gettingStarted', 'docker-group'),
    revisedAt('intro', 'prerequisites'),
  ),
  r('ubuntu docker install apt repository keyring', revisedAt('gettingStarted', 'add-repository')),
  r('get.docker.com 스크립트로 서버에 깔아도 되나요', revisedAt('gettingStarted', 'convenience-script')),
  r('wsl 우분투에서 docker 명령을 못 찾는대요', revisedAt('gettingStarted', 'wsl-integration')),
  r('HCS_E_HYPERV_NOT_INSTALLED Unexpected WSL error', revisedAt('gettingStarted', 'virtualization')),
  r('Incompatible CPU detected 맥에서 떠요', revisedAt('gettingStarted', 'wrong-mac-download')),

  // concepts (9)
  r('내 컴에선 되는데 서버 올리면 안 돼요 도커 쓰면 해결돼요?', revisedAt('concepts', 'why-docker')),
  r(
    'vm이랑 컨테이너 뭐가 달라요',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  r('containerd shim runc role', revisedAt('concepts', 'containerd-shim-runc')),
  r('docker 명령이 데몬한테 어떻게 요청 보내요 소켓 REST', revisedAt('concepts', 'cli-and-daemon')),
  r('컨테이너 안에서 파일 고치면 원본 이미지도 바뀌나요', revisedAt('concepts', 'copy-on-write')),
  r('lowerdir upperdir merged workdir', revisedAt('concepts', 'overlay2')),
  r(
    'Storage Driver: overlayfs driver-type: io.containerd.snapshotter.v1',
    revisedAt('concepts', 'containerd-image-store'),
    revisedAt('concepts', 'docker-info'),
  ),
  r('OCI image spec runtime spec', revisedAt('concepts', 'oci-specs')),
  r('docker version 쳤는데 Server 부분이 안 나와요', revisedAt('concepts', 'docker-version')),

  // containers (12)
  r('컨테이너 백그라운드로 띄우면 터미널 돌려받나요', revisedAt('containers', 'foreground-detached')),
  r('재부팅해도 컨테이너 알아서 다시 켜지게 하고 싶어요', revisedAt('containers', 'restart-policies')),
  r('실행 중인 컨테이너 안에 들어가서 명령 치려면', revisedAt('containers', 'exec')),
  r('docker logs 했는데 아무것도 안 나와요', revisedAt('containers', 'logs')),
  r(
    'distroless 이미지라 exec sh 가 안 돼요 디버깅 어떻게 해요',
    revisedAt('containers', 'debugging-slim-images'),
  ),
  r(
    'docker stop 하면 한참 기다렸다가 꺼져요 왜 그래요',
    revisedAt('containers', 'stop-sequence'),
    revisedAt('containers', 'pid1-signal-handling'),
  ),
  r('--init 옵션 넣으면 뭐가 좋아져요', revisedAt('containers', 'init-and-exec-form')),
  r('볼륨 바인드마운트 tmpfs 셋이 뭐가 달라', revisedAt('containers', 'storage-comparison')),
  r('-v 랑 --mount 중에 뭐 써야 돼요', revisedAt('containers', 'mount-syntax')),
  r('Exited (137) OOMKilled true', revisedAt('containers', 'oom-killer')),
  r('컨테이너가 cpu 1.5개만 쓰게 제한하고 싶어', revisedAt('containers', 'cpu-pids-limits')),
  r('docker ps -a 에 created exited 상태 뭐가 남아있는 거예요', revisedAt('containers', 'lifecycle-states')),

  // network (12)
  r(
    '컨테이너끼리 이름으로 ping 이 안 돼요',
    revisedAt('network', 'embedded-dns'),
    revisedAt('network', 'default-bridge-limits'),
  ),
  r(
    'ufw로 막았는데 포트가 밖에서 열려 있어요',
    revisedAt('network', 'publish-localhost'),
    revisedAt('containers', 'run-options'),
  ),
  r('docker-proxy 프로세스는 왜 떠 있는 거야', revisedAt('network', 'docker-proxy')),
  r('컨테이너에서 내 pc에 띄운 db 접속하려면 host.docker.internal', revisedAt('network', 'reach-host')),
  r('Temporary failure resolving deb.debian.org', revisedAt('network', 'dns-troubleshooting')),
  r('컨테이너 떴는데 브라우저에서 안 열려요', revisedAt('network', 'port-checklist')),
  r('docker0 veth pair 172.17.0.1', revisedAt('network', 'docker0-veth')),
  r('macvlan ipvlan difference', revisedAt('network', 'driver-macvlan-ipvlan')),
  r('맥에서 --network host 줬는데 localhost로 안 보여요', revisedAt('network', 'host-on-docker-desktop')),
  r('DNAT MASQUERADE iptables 규칙 어떻게 생겨요', revisedAt('network', 'nat-and-iptables')),
  r(
    'tcpdump 든 컨테이너를 다른 컨테이너 네트워크에 붙이고 싶어',
    revisedAt('network', 'container-network-mode'),
  ),
  r('같은 랜에서 컨테이너 ip로 바로 붙는 거 막혔나요', revisedAt('network', 'direct-routing-blocked')),

  // workflow (10)
  r('docker init 하면 뭐가 생겨요', revisedAt('workflow', 'docker-init')),
  r('latest 태그 써도 괜찮나요', revisedAt('workflow', 'latest-tag')),
  r('이미지 sha256 으로 고정해서 받기', revisedAt('workflow', 'pin-by-digest')),
  r('docker-compose 하이픈 있는 거랑 없는 거 차이', revisedAt('workflow', 'compose-v5')),
  r('${VAR:-default} .env 값 채우기', revisedAt('workflow', 'interpolation')),
  r('environment 랑 env_file 둘 다 적으면 뭐가 이겨요', revisedAt('workflow', 'env-precedence')),
  r('코드 저장하면 컨테이너에 바로 반영되게 hot reload', revisedAt('workflow', 'compose-watch')),
  r('compose profiles 로 필요할 때만 서비스 띄우기', revisedAt('workflow', 'include-and-profiles')),
  r(
    'docker hub pull 한도 걸렸어요',
    revisedAt('workflow', 'push-pull'),
    revisedAt('workflow', 'ci-pipeline'),
  ),
  r(
    'exec format error arm64 맥에서 빌드한 이미지 서버에서',
    revisedAt('workflow', 'build'),
    revisedAt('dockerfile', 'multi-platform'),
  ),

  // dockerfile = commands-and-dockerfile (11)
  r('CMD ENTRYPOINT 차이가 뭐예요', revisedAt('dockerfile', 'cmd-vs-entrypoint')),
  r('COPY 랑 ADD 뭐 써야 돼요', revisedAt('dockerfile', 'copy-vs-add')),
  r('build-arg 로 넘긴 값이 컨테이너에서 안 보여요', revisedAt('dockerfile', 'env-vs-arg')),
  r('빌드할 때 npm 토큰 안전하게 넘기는 법', revisedAt('dockerfile', 'build-secrets')),
  r('EXPOSE 적었는데 포트가 안 열려요', revisedAt('dockerfile', 'expose-workdir-user')),
  r('package.json 만 먼저 COPY 하는 이유가 뭐예요', revisedAt('dockerfile', 'layer-order')),
  r('RUN --mount=type=cache', revisedAt('dockerfile', 'cache-mounts')),
  r('멀티 스테이지로 빌드 도구 빼고 결과물만 옮기기', revisedAt('dockerfile', 'multi-stage')),
  r('WARNING: JSONArgsRecommended', revisedAt('dockerfile', 'build-checks')),
  r('docker rmi 랑 docker image rm 같은 거예요?', revisedAt('dockerfile', 'legacy-aliases')),
  // 2장 `#volumes`도 같은 답(Engine 23부터 `--all`)을 말하므로 잰 뒤에 더했습니다. 처음 잰 값은 그대로입니다.
  r(
    'volume prune 했는데 이름 있는 볼륨이 안 지워져요',
    revisedAt('dockerfile', 'prune-commands'),
    revisedAt('containers', 'cleanup'),
    revisedAt('containers', 'volumes'),
  ),

  // deepDive (9)
  r('namespace 종류 pid net mnt uts ipc', revisedAt('deepDive', 'namespace-types')),
  r('unshare 로 직접 namespace 만들어보기', revisedAt('deepDive', 'unshare-demo')),
  r('컨테이너 안 root가 호스트 root랑 같은 거예요?', revisedAt('deepDive', 'user-namespace')),
  r('cgroup v1 v2 차이', revisedAt('deepDive', 'cgroup-v1-v2')),
  r(
    '--memory 512m 주면 memory.max 에 어떻게 들어가요',
    revisedAt('deepDive', 'memory-max'),
    revisedAt('containers', 'limits-to-cgroups'),
  ),
  r('type 1 type 2 hypervisor examples', revisedAt('deepDive', 'hypervisor-examples')),
  r('gvisor kata containers', revisedAt('deepDive', 'sandboxed-runtimes')),
  r('wsl2 에서 /mnt/c 에 소스 두니까 엄청 느려요', revisedAt('deepDive', 'wsl2-file-performance')),
  r('도커가 LXC 기반이라던데 지금도 그래요?', revisedAt('deepDive', 'lxc-to-runc')),

  // changes (2)
  r('초판이랑 개정판 네트워크 장 뭐가 바뀌었어', revisedAt('changes', 'changes-03-network')),
  r(
    '개정판은 엔진 몇 버전 기준이에요',
    revisedAt('changes', 'baseline'),
    revisedAt('intro', 'prerequisites'),
  ),

  // commands (2)
  r('도커 명령어 치트시트 한 페이지로 보고 싶어요', revisedAt('commands')),
  r('docker network 하위 명령 사용법 모음', revisedAt('commands'), revisedAt('network', 'network-commands')),

  // glossary (2)
  r('용어 뜻 한국어 영어로 정리된 데 있나요', revisedAt('glossary'), revisedAt('intro', 'glossary')),
  r('빌드 맥락이 무슨 뜻이에요', revisedAt('glossary', 'build-context')),

  // first edition 2025.02 (20)
  f('overlay2 lowerdir upperdir 초판 설명', firstAt('concepts', 'overlay2')),
  f('docker info 출력 어떻게 읽어요', firstAt('concepts', 'docker-info')),
  f('레지스트리 안에 저장소랑 태그는 어떤 관계예요', firstAt('concepts', 'registry')),
  f('always 랑 unless-stopped 차이', firstAt('containers', 'restart-policies')),
  f(
    '메모리 제한 옵션이 cgroups 랑 어떻게 연결돼요',
    firstAt('containers', 'limits-and-cgroups'),
    firstAt('deepDive', 'docker-resource-flags'),
  ),
  f('tmpfs 마운트는 언제 써요', firstAt('containers', 'tmpfs')),
  f('PID 1 이 SIGTERM 을 무시해요', firstAt('containers', 'pid1-signal-handling')),
  f('기본 bridge 쓰면 안 되는 이유', firstAt('network', 'default-bridge-limits')),
  f('실행 중인 컨테이너 네트워크 붙였다 뗐다 하기', firstAt('network', 'isolation-and-connect')),
  f('overlay network swarm multi host', firstAt('network', 'driver-overlay')),
  f('docker-proxy -proto tcp -host-ip 0.0.0.0 -host-port 8080', firstAt('network', 'docker-proxy')),
  f('코드 고칠 때마다 compose up --build 다시 해야 돼요?', firstAt('workflow', 'rebuild-loop')),
  f('이미지 이름 형식 호스트 네임스페이스 저장소 태그', firstAt('workflow', 'tag')),
  f('github actions 로 도커 이미지 빌드 푸시', firstAt('workflow', 'ci-pipeline')),
  f('CMD 랑 ENTRYPOINT 같이 쓰면 어떻게 돼요', firstAt('dockerfile', 'cmd-vs-entrypoint')),
  f('최적화 전후 node 이미지 크기 얼마나 줄어요', firstAt('dockerfile', 'size-comparison')),
  f('.dockerignore 왜 필요해요', firstAt('dockerfile', 'dockerignore')),
  f('WSL 2 가 경량 하이퍼바이저라고 배웠는데 맞아요?', firstAt('deepDive', 'wsl2-backend')),
  f('cgroups 로 제한할 수 있는 자원 종류', firstAt('deepDive', 'cgroup-resources')),
  f(
    '윈도우에서 도커 설치하면 가상화 오류 나는 이유',
    firstAt('deepDive', 'windows-needs-virtualization'),
    firstAt('deepDive', 'needs-linux-kernel'),
  ),
];

/** 아홉째 묶음(2026-12-08, 마지막 규칙 뒤 한 번만 잰 100개): 처음 배우는 사람, 증상을 문장으로 쓰는 사람, 영어 오류 문구, 퀴즈 복습, 내부 원리 */
export const freshQueriesNinthBatch: readonly SectionQueryCase[] = [
  // intro
  r('이 시리즈 몇 장부터 보면 돼 처음인데', revisedAt('intro', 'reading-order')),
  r('실습 명령 윈도우 파워쉘로 따라 치면 안 되나요', revisedAt('intro', 'prerequisites')),
  r('이 문서 원래 부트캠프 블로그 글에서 나온 거야?', revisedAt('intro', 'origin')),
  // gettingStarted
  r('내 맥이 m1인지 인텔인지 확인하는 법', revisedAt('gettingStarted', 'macos')),
  r('get.docker.com 스크립트로 서버에 깔아도 됨?', revisedAt('gettingStarted', 'convenience-script')),
  r('리눅스에서 매번 sudo docker 치기 귀찮아요', revisedAt('gettingStarted', 'docker-group')),
  r(
    'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
    revisedAt('gettingStarted', 'permission-denied'),
    revisedAt('concepts', 'daemon-privileges'),
  ),
  r(
    'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    revisedAt('gettingStarted', 'cannot-connect'),
  ),
  r(
    'failed to connect to the docker API check if the path is correct and if the daemon is running',
    revisedAt('gettingStarted', 'failed-to-connect'),
  ),
  r('wsl 우분투 터미널에서 docker: command not found 나옴', revisedAt('gettingStarted', 'wsl-integration')),
  r(
    '도커 데스크톱 Unexpected WSL error HCS_E_HYPERV_NOT_INSTALLED',
    revisedAt('gettingStarted', 'virtualization'),
  ),
  // concepts
  r('도커 왜 씀? 내 컴에선 되는데 서버에선 안 돌아감', revisedAt('concepts', 'why-docker')),
  r('도커 이미지 뭐임', revisedAt('concepts', 'image')),
  r(
    '가상머신이랑 컨테이너 뭐가 더 가벼워',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  r('docker 명령 치면 데몬한테 rest api로 요청 보내는 거야', revisedAt('concepts', 'cli-and-daemon')),
  r('containerd랑 runc는 각각 무슨 일 해 shim은 왜 있어', revisedAt('concepts', 'containerd-shim-runc')),
  r('podman으로 만든 이미지 도커에서 돌아가는 이유 표준', revisedAt('concepts', 'oci-specs')),
  r('lowerdir upperdir workdir merged 뜻', revisedAt('concepts', 'overlay2')),
  r('컨테이너 안에서 파일 고치면 원본 이미지도 바뀌나요', revisedAt('concepts', 'copy-on-write')),
  r(
    '엔진 29 새로 설치하면 이미지 저장 방식이 달라진다던데 snapshotter',
    revisedAt('concepts', 'containerd-image-store'),
  ),
  r('docker version 출력에서 API version 최소 버전 뜻', revisedAt('concepts', 'docker-version')),
  // containers
  r('컨테이너 exited랑 paused 상태에서 뭐가 남아있어', revisedAt('containers', 'lifecycle-states')),
  r('docker run -it 옵션 뜻', revisedAt('containers', 'run-options')),
  r(
    '포그라운드로 띄운 컨테이너 Ctrl+C 눌러도 안 꺼져요',
    revisedAt('containers', 'foreground-detached'),
    revisedAt('containers', 'pid1-signal-handling'),
  ),
  r('unless-stopped always on-failure 차이', revisedAt('containers', 'restart-policies')),
  r('exec로 들어가면 entrypoint에서 export한 환경변수가 안 보여요', revisedAt('containers', 'exec')),
  r('앱이 파일에 로그 쓰면 docker logs에 아무것도 안 나옴', revisedAt('containers', 'logs')),
  r('distroless 이미지라 sh가 없어서 안에 못 들어감', revisedAt('containers', 'debugging-slim-images')),
  r(
    'docker stop 하면 항상 10초 기다렸다 꺼짐',
    revisedAt('containers', 'stop-sequence'),
    revisedAt('containers', 'pid1-signal-handling'),
  ),
  r('컨테이너 지웠더니 안에 저장한 데이터가 다 날아갔어요', revisedAt('containers', 'writable-layer')),
  r('-v랑 --mount 중에 뭐 써야 돼', revisedAt('containers', 'mount-syntax')),
  r('exit code 137 OOMKilled true 뜸', revisedAt('containers', 'oom-killer')),
  r('멈춘 컨테이너 label 기준으로 한꺼번에 삭제', revisedAt('containers', 'cleanup')),
  // network
  r('컨테이너 두 개가 둘 다 80번 포트 열어도 충돌 안 나는 이유', revisedAt('network', 'container-view')),
  r(
    '맥 도커 데스크톱에서 --network host 했는데 localhost로 안 열림',
    revisedAt('network', 'host-on-docker-desktop'),
  ),
  r('ip link 보면 veth로 시작하는 인터페이스가 계속 생겨요', revisedAt('network', 'docker0-veth')),
  r(
    '기본 네트워크에서 컨테이너 이름으로 ping 하면 bad address',
    revisedAt('network', 'default-bridge-limits'),
    revisedAt('network', 'embedded-dns'),
  ),
  r('ufw로 막았는데 도커 포트가 외부에서 접속됨', revisedAt('network', 'publish-localhost')),
  r('포트 포워딩 DNAT MASQUERADE 규칙 원리', revisedAt('network', 'nat-and-iptables')),
  r('ss -ltnp 하면 docker-proxy 프로세스가 보이는데 뭐임', revisedAt('network', 'docker-proxy')),
  r(
    '같은 LAN 장비에서 컨테이너 IP로 정적 라우팅해서 접속 막힘',
    revisedAt('network', 'direct-routing-blocked'),
  ),
  r('컨테이너에서 내 PC에 띄운 로컬 DB 접속하기', revisedAt('network', 'reach-host')),
  r('컨테이너 안 apt-get update Temporary failure resolving', revisedAt('network', 'dns-troubleshooting')),
  r('컨테이너는 떴는데 브라우저에서 페이지가 안 열려요', revisedAt('network', 'port-checklist')),
  // workflow
  r('docker init 하면 어떤 파일 만들어줌', revisedAt('workflow', 'docker-init')),
  r('nginx만 쓰면 docker.io/library 붙는 이미지 이름 규칙', revisedAt('workflow', 'tag')),
  r('latest 받았는데 서버마다 버전이 달라요', revisedAt('workflow', 'latest-tag')),
  r('RepoDigests로 sha256 값 확인해서 고정하기', revisedAt('workflow', 'pin-by-digest')),
  r('docker-compose 하이픈 있는 거랑 docker compose 차이 v1 v2', revisedAt('workflow', 'compose-v5')),
  r(
    'compose에서 같은 변수 셸이랑 env_file에 둘 다 있으면 뭐가 이김',
    revisedAt('workflow', 'env-precedence'),
  ),
  r('코드 저장하면 컨테이너에 자동 반영 핫리로드 compose', revisedAt('workflow', 'compose-watch')),
  r(
    'compose 파일 너무 길어서 쪼개고 디버그 서비스만 가끔 띄우기',
    revisedAt('workflow', 'include-and-profiles'),
  ),
  r('github actions에서 이미지 빌드해서 ghcr에 푸시', revisedAt('workflow', 'ci-pipeline')),
  // dockerfile
  r('docker container ls랑 docker ps 같은 거야?', revisedAt('dockerfile', 'legacy-aliases')),
  r('buildkit이랑 buildx 관계', revisedAt('dockerfile', 'buildkit-default')),
  r('ADD로 url 받을 수 있는데 COPY 대신 써도 돼?', revisedAt('dockerfile', 'copy-vs-add')),
  r(
    'docker run 뒤에 인자 주면 ENTRYPOINT는 그대로고 CMD만 바뀌나',
    revisedAt('dockerfile', 'cmd-vs-entrypoint'),
  ),
  r('build-arg로 준 값이 컨테이너 실행할 때도 남아있나', revisedAt('dockerfile', 'env-vs-arg')),
  r('빌드할 때 npm 토큰 이미지에 안 남기고 넘기는 법', revisedAt('dockerfile', 'build-secrets')),
  r(
    '헬스체크 unhealthy 되면 도커가 알아서 재시작해줘?',
    revisedAt('dockerfile', 'healthcheck-volume-label'),
    revisedAt('containers', 'lifecycle-states'),
  ),
  r(
    '소스 한 줄만 고쳤는데 npm install부터 다시 돌아요',
    revisedAt('dockerfile', 'layer-order'),
    revisedAt('dockerfile', 'build-cache'),
  ),
  r(
    '다음 RUN에서 rm 했는데 이미지 용량이 안 줄어',
    revisedAt('dockerfile', 'combine-and-clean'),
    revisedAt('concepts', 'layers'),
  ),
  r('멀티스테이지 빌드 장점 최종 이미지에 컴파일러 빼기', revisedAt('dockerfile', 'multi-stage')),
  r(
    'm1 맥에서 빌드한 이미지 amd64 서버에서 exec format error',
    revisedAt('dockerfile', 'multi-platform'),
    revisedAt('workflow', 'build'),
  ),
  r('컨테이너 프로세스 root로 돌리면 뭐가 위험해', revisedAt('dockerfile', 'non-root')),
  // deepDive
  r('도커가 LXC 기반이라던데 지금도 그래?', revisedAt('deepDive', 'lxc-to-runc')),
  r('pid net mnt uts ipc 네임스페이스 종류', revisedAt('deepDive', 'namespace-types')),
  r('컨테이너 안 root가 호스트 root랑 같은 uid야? userns-remap', revisedAt('deepDive', 'user-namespace')),
  r('cgroup2 통합 계층이 예전 거랑 뭐가 달라', revisedAt('deepDive', 'cgroup-v1-v2')),
  r(
    '--memory 512m 주면 커널 어느 파일에 써져',
    revisedAt('deepDive', 'memory-max'),
    revisedAt('containers', 'limits-to-cgroups'),
  ),
  r('베어메탈 하이퍼바이저 호스티드 하이퍼바이저 대표 제품', revisedAt('deepDive', 'hypervisor-examples')),
  r('WSL2도 결국 VM 위에서 도는 거야?', revisedAt('deepDive', 'wsl2-utility-vm')),
  r('/mnt/c 폴더 마운트하면 npm install 엄청 느림', revisedAt('deepDive', 'wsl2-file-performance')),
  r('맥에는 리눅스 커널 없는데 도커 어떻게 돌아감', revisedAt('deepDive', 'macos-linux-vm')),
  r(
    '윈도우에서 바이오스 가상화 안 켜면 도커 설치 실패하는 이유',
    revisedAt('deepDive', 'windows-needs-virtualization'),
    revisedAt('deepDive', 'needs-linux-kernel'),
  ),
  // changes / commands / glossary
  r('개정판은 도커 엔진 몇 버전 기준이야', revisedAt('changes', 'baseline')),
  r('초판이랑 비교해서 네트워크 장에 새로 생긴 내용', revisedAt('changes', 'changes-03-network')),
  r('docker 명령어 치트시트 한 페이지로', revisedAt('commands')),
  r('docker run 플래그 전부 모아서 보기', revisedAt('commands')),
  r('도커 용어 한국어 영어 뜻 정리', revisedAt('glossary')),
  r('빌드 맥락이랑 빌드 컨텍스트 같은 말이야?', revisedAt('glossary')),
  // first edition (2025.02)
  f('초판 docker cli가 dockerd랑 유닉스 소켓으로 얘기하는 구조', firstAt('concepts', 'cli-and-daemon')),
  f('얇은 쓰기 레이어에 파일 복사되는 방식', firstAt('concepts', 'copy-on-write')),
  f('docker info 결과 항목별로 뭘 뜻해', firstAt('concepts', 'docker-info')),
  f('종료 코드 0 아닐 때만 다시 살리는 정책', firstAt('containers', 'restart-policies')),
  f('시작하자마자 죽는 컨테이너에서 설정 파일 호스트로 꺼내기', firstAt('containers', 'cp')),
  f('셸 스크립트가 PID 1이면 종료 신호를 씹는 이유', firstAt('containers', 'pid1-signal-handling')),
  f(
    'HostConfig.NanoCpus 값 의미 cpus 0.5',
    firstAt('containers', 'limits-and-cgroups'),
    firstAt('deepDive', 'docker-resource-flags'),
  ),
  f('서버 여러 대 컨테이너를 한 네트워크로 묶기 vxlan', firstAt('network', 'driver-overlay')),
  f('db 포트를 내 컴퓨터에서만 접속되게 열기', firstAt('network', 'publish-localhost')),
  f('사용자 정의 네트워크에서 컨테이너 이름으로 찾아지는 원리', firstAt('network', 'embedded-dns')),
  f('docker network connect disconnect inspect 사용법', firstAt('network', 'network-commands')),
  f('compose로 띄운 뒤 코드 고치면 반영 안 됨 up --build', firstAt('workflow', 'rebuild-loop')),
  f('운영 배포할 때 이미지 태그 말고 해시로 지정', firstAt('workflow', 'pin-by-digest')),
  f('.env environment env_file 우선순위', firstAt('workflow', 'env-precedence')),
  f('ENTRYPOINT 있을 때 CMD가 인자로 붙는 규칙', firstAt('dockerfile', 'cmd-vs-entrypoint')),
  f('node slim alpine 베이스 이미지 고르기', firstAt('dockerfile', 'base-images')),
  f('cgroups로 네트워크 대역폭도 제한할 수 있어?', firstAt('deepDive', 'cgroup-resources')),
  f('하이퍼바이저 타입1 타입2 예시 VirtualBox Hyper-V', firstAt('deepDive', 'hypervisor-examples')),
  f('도커 데스크톱이 wsl2 위에서 엔진 돌리는 방식', firstAt('deepDive', 'wsl2-backend')),
];

/** 열째 묶음(2026-12-08, 학습자의 말 세 번째 손질 뒤 한 번만 잰 100개): 휴대폰으로 짧게 치는 백엔드 개발자, 코드 리뷰 질문 */
export const freshQueriesTenthBatch: readonly SectionQueryCase[] = [
  // intro
  r('도커 스터디 읽는 순서', revisedAt('intro', 'reading-order')),
  r('실습할때 powershell 쓰면 뭐 바꿔야함?', revisedAt('intro', 'prerequisites')),
  r('이 책 원래 어디서 나온 글이에요?', revisedAt('intro', 'origin')),
  // gettingStarted
  r(
    'docker.io 패키지 먼저 지워야함?',
    revisedAt('gettingStarted', 'remove-conflicting'),
    revisedAt('gettingStarted', 'linux'),
  ),
  r('get.docker.com 스크립트 운영 서버에 써도 되나요', revisedAt('gettingStarted', 'convenience-script')),
  r(
    'permision denied docker.sock',
    revisedAt('gettingStarted', 'permission-denied'),
    revisedAt('gettingStarted', 'docker-group'),
    revisedAt('intro', 'prerequisites'),
    revisedAt('concepts', 'docker-version'),
  ),
  r(
    'Cannot connect to the Docker daemon at unix:///var/run/docker.sock',
    revisedAt('gettingStarted', 'cannot-connect'),
    revisedAt('concepts', 'docker-version'),
  ),
  r(
    'DOCKER_HOST 잘못 잡혀서 failed to connect',
    revisedAt('gettingStarted', 'failed-to-connect'),
    revisedAt('concepts', 'docker-version'),
  ),
  r('wsl 우분투 docker command not found', revisedAt('gettingStarted', 'wsl-integration')),
  r('HCS_E_HYPERV_NOT_INSTALLED', revisedAt('gettingStarted', 'virtualization')),
  // concepts
  r('it works on my machine 도커로 해결됨?', revisedAt('concepts', 'why-docker')),
  r(
    '이미지 컨테이너 관계 클래스 인스턴스',
    revisedAt('concepts', 'container'),
    revisedAt('concepts', 'object-flow'),
  ),
  r('docker commit 으로 이미지 떠도 돼요?', revisedAt('concepts', 'object-flow')),
  r('curl --unix-socket docker.sock api 호출', revisedAt('concepts', 'cli-and-daemon')),
  r('ps 트리에 runc 안보임', revisedAt('concepts', 'containerd-shim-runc')),
  r(
    'RUN rm -rf 했는데 이미지 크기 그대로',
    revisedAt('concepts', 'layers'),
    revisedAt('dockerfile', 'combine-and-clean'),
  ),
  r('1GB 파일 한바이트만 고쳐도 통째로 복사되나요', revisedAt('concepts', 'copy-on-write')),
  r('inspect GraphDriver UpperDir 안나옴', revisedAt('concepts', 'containerd-image-store')),
  r(
    'docker info Storage Driver overlayfs 뜻',
    revisedAt('concepts', 'docker-info'),
    revisedAt('concepts', 'containerd-image-store'),
  ),
  // containers
  r('exited 컨테이너 다시 start하면 파일 남아있음?', revisedAt('containers', 'lifecycle-states')),
  r(
    'unhealthy 떠도 재시작 안함',
    revisedAt('containers', 'lifecycle-states'),
    revisedAt('dockerfile', 'healthcheck-volume-label'),
  ),
  r('docker run -d ubuntu 바로 꺼짐', revisedAt('containers', 'foreground-detached')),
  r('restart always unless-stopped 차이', revisedAt('containers', 'restart-policies')),
  r('docker exec 에서 && 파이프 안먹어요', revisedAt('containers', 'exec')),
  r(
    'docker stats 메모리 캐시 빠진 값?',
    revisedAt('containers', 'stats-top'),
    revisedAt('deepDive', 'cgroup-accounting'),
  ),
  r(
    'distroless 셸 없는데 디버깅 어케함',
    revisedAt('containers', 'debugging-slim-images'),
    revisedAt('dockerfile', 'base-images'),
  ),
  r(
    'exit 137 원인',
    revisedAt('containers', 'stop-sequence'),
    revisedAt('containers', 'oom-killer'),
    revisedAt('containers', 'pid1-signal-handling'),
  ),
  r(
    '왜 entrypoint 스크립트 마지막에 exec "$@" 붙여요?',
    revisedAt('containers', 'init-and-exec-form'),
    revisedAt('containers', 'pid1-signal-handling'),
  ),
  r('-v 경로 오타냈는데 빈 폴더 생김', revisedAt('containers', 'mount-syntax')),
  r('컨테이너 안에서 free 치면 호스트 메모리 나옴', revisedAt('containers', 'memory-limits')),
  r(
    'postgres:18 /var/lib/postgresql/data 볼륨 붙이면 안뜸',
    revisedAt('containers', 'volumes'),
    revisedAt('workflow', 'compose-file'),
  ),
  r(
    'volumn prune 이름있는 볼륨 안지워짐',
    revisedAt('containers', 'volumes'),
    revisedAt('containers', 'cleanup'),
    revisedAt('dockerfile', 'prune-commands'),
  ),
  // network
  r(
    '기본 bridge 컨테이너 이름으로 핑 안됨',
    revisedAt('network', 'default-bridge-limits'),
    revisedAt('network', 'embedded-dns'),
    revisedAt('network', 'isolation-and-connect'),
  ),
  r(
    'nameserver 127.0.0.11 뭐임',
    revisedAt('network', 'embedded-dns'),
    revisedAt('glossary', 'embedded-dns'),
  ),
  r('맥에서 --network host 했는데 localhost 접속 안됨', revisedAt('network', 'host-on-docker-desktop')),
  r(
    'ufw로 막았는데 도커 포트 밖에서 열림',
    revisedAt('network', 'publish-localhost'),
    revisedAt('containers', 'run-options'),
  ),
  r('ss -ltnp 에 docker-proxy 떠있음', revisedAt('network', 'docker-proxy')),
  r('iptables -t nat DOCKER 체인 DNAT', revisedAt('network', 'nat-and-iptables')),
  r('firewall-backend nftables 켜기', revisedAt('network', 'nftables')),
  r(
    'macvlan ipvlan 뭐가 다름',
    revisedAt('network', 'driver-macvlan-ipvlan'),
    revisedAt('network', 'driver-summary'),
  ),
  r('리눅스에서 host.docker.internal 안 풀려요', revisedAt('network', 'reach-host')),
  r('컨테이너 apt-get update Temporary failure resolving', revisedAt('network', 'dns-troubleshooting')),
  r(
    'bind: address already in use 5000 맥',
    revisedAt('network', 'port-checklist'),
    revisedAt('workflow', 'push-pull'),
  ),
  r(
    '같은 LAN에서 컨테이너 IP로 직접 접속되는데 정상임?',
    revisedAt('network', 'direct-routing-blocked'),
    revisedAt('network', 'engine-28-changes'),
  ),
  // workflow
  r('docker init 하면 뭐 생겨요?', revisedAt('workflow', 'docker-init')),
  r(
    'image ls DISK USAGE CONTENT SIZE 차이',
    revisedAt('workflow', 'tag'),
    revisedAt('dockerfile', 'size-comparison'),
  ),
  r('docker login 토큰 --password-stdin', revisedAt('workflow', 'push-pull')),
  r('latest 태그 쓰지말라는 이유', revisedAt('workflow', 'latest-tag'), revisedAt('dockerfile', 'from')),
  r('compose depends_on 순서 db 준비전에 앱 뜸', revisedAt('workflow', 'compose-file')),
  r(
    '.env 에 넣었는데 컨테이너 환경변수에 없음',
    revisedAt('workflow', 'interpolation'),
    revisedAt('workflow', 'env-file'),
  ),
  r('compose watch sync+restart rebuild', revisedAt('workflow', 'compose-watch')),
  r('profiles 붙인 서비스 up 해도 안떠요', revisedAt('workflow', 'include-and-profiles')),
  r('github actions build-push-action cache type=gha', revisedAt('workflow', 'ci-pipeline')),
  r('compose down -v 하면 db 데이터 날아감?', revisedAt('workflow', 'compose-commands')),
  // dockerfile
  r('image prune -a 하면 베이스 이미지도 지워짐?', revisedAt('dockerfile', 'prune-commands')),
  r('# syntax=docker/dockerfile:1 이거 왜 넣어요?', revisedAt('dockerfile', 'buildkit-default')),
  r('ADD로 tar.gz 넣으니까 압축 풀림', revisedAt('dockerfile', 'copy-vs-add')),
  r('CMD ENTRYPOINT 같이 쓰면 뭐 실행됨', revisedAt('dockerfile', 'cmd-vs-entrypoint')),
  r(
    'FROM 위에 ARG 선언했는데 스테이지 안에서 빈값',
    revisedAt('dockerfile', 'env-vs-arg'),
    revisedAt('dockerfile', 'from'),
  ),
  r('npm 토큰 빌드할때 안전하게 넘기기', revisedAt('dockerfile', 'build-secrets')),
  r(
    '왜 package.json 만 먼저 COPY 해요?',
    revisedAt('dockerfile', 'build-cache'),
    revisedAt('dockerfile', 'layer-order'),
  ),
  r('RUN --mount=type=cache npm ci', revisedAt('dockerfile', 'cache-mounts')),
  r(
    'm1에서 빌드한 이미지 서버에서 exec format error',
    revisedAt('dockerfile', 'multi-platform'),
    revisedAt('workflow', 'build'),
  ),
  r(
    'USER app 말고 숫자 UID로 쓰라는데 왜임',
    revisedAt('dockerfile', 'expose-workdir-user'),
    revisedAt('dockerfile', 'non-root'),
  ),
  r('JSONArgsRecommended 경고', revisedAt('dockerfile', 'build-checks'), revisedAt('dockerfile', 'before')),
  // deepDive
  r('namespace 종류 몇개임', revisedAt('deepDive', 'namespace-types')),
  r('userns-remap 켜면 뭐가 달라짐', revisedAt('deepDive', 'user-namespace')),
  r('--cap-drop ALL CapEff', revisedAt('deepDive', 'capabilities-seccomp')),
  r('cgroup v1 v2 차이', revisedAt('deepDive', 'cgroup-v1-v2')),
  r('esxi hyper-v 모놀리식 마이크로커널', revisedAt('deepDive', 'monolithic-vs-microkernelized')),
  r(
    'wsl2 /mnt/c 에서 npm install 느림',
    revisedAt('deepDive', 'wsl2-file-performance'),
    revisedAt('intro', 'prerequisites'),
  ),
  r(
    '맥 도커도 리눅스 vm 띄우나요',
    revisedAt('deepDive', 'macos-linux-vm'),
    revisedAt('gettingStarted', 'which-install'),
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('intro', 'prerequisites'),
  ),
  r('gvisor kata containers 차이', revisedAt('deepDive', 'sandboxed-runtimes')),
  // changes
  r('개정판 기준 엔진 버전 몇', revisedAt('changes', 'baseline'), revisedAt('intro', 'prerequisites')),
  r('초판이랑 개정판 네트워크 장 뭐 바뀜', revisedAt('changes', 'changes-03-network')),
  // commands
  r('docker 명령어 치트시트 한눈에', revisedAt('commands')),
  r(
    'docker update 로 바꿀수 있는거',
    revisedAt('commands', 'container-update'),
    revisedAt('containers', 'docker-run'),
  ),
  r(
    'docker context ls 뭐 보여줌',
    revisedAt('commands', 'context-ls'),
    revisedAt('gettingStarted', 'failed-to-connect'),
  ),
  // glossary
  r(
    '빌드 맥락 빌드 컨텍스트 같은말임?',
    revisedAt('glossary', 'build-context'),
    revisedAt('intro', 'glossary'),
  ),
  r('매니페스트 이미지 인덱스 뜻', revisedAt('glossary', 'manifest'), revisedAt('concepts', 'image')),
  r('veth docker0 용어', revisedAt('glossary', 'veth-docker0'), revisedAt('network', 'docker0-veth')),
  // first edition: concepts
  f('overlay2 lowerdir upperdir', firstAt('concepts', 'overlay2')),
  f('dockerd rest api 유닉스 소켓', firstAt('concepts', 'cli-and-daemon')),
  f('docker version 출력 읽는법', firstAt('concepts', 'docker-version')),
  // first edition: containers
  f('재시작 정첵 고르기 on-failure', firstAt('containers', 'restart-policies')),
  f(
    'HostConfig.NanoCpus 값 의미',
    firstAt('containers', 'limits-and-cgroups'),
    firstAt('deepDive', 'docker-resource-flags'),
  ),
  f('바로 죽는 컨테이너 설정파일 꺼내기', firstAt('containers', 'cp')),
  f('pid 1 은 왜 sigterm 씹음', firstAt('containers', 'pid1-signal-handling')),
  // first edition: network
  f('기본 bridge 왜 쓰지말라함', firstAt('network', 'default-bridge-limits')),
  f('-p 127.0.0.1 로만 열기', firstAt('network', 'publish-localhost'), firstAt('network', 'publish-syntax')),
  f('--network none 언제 씀', firstAt('network', 'driver-none')),
  f(
    '실행중 컨테이너 network connect',
    firstAt('network', 'isolation-and-connect'),
    firstAt('network', 'network-commands'),
  ),
  // first edition: workflow
  f('compose 코드 고쳤는데 반영 안돼요', firstAt('workflow', 'rebuild-loop')),
  f('compose ${VAR} 값 어디서 찾음', firstAt('workflow', 'interpolation')),
  f('github actions 이미지 푸시', firstAt('workflow', 'ci-pipeline')),
  // first edition: dockerfile
  f('ENTRYPOINT CMD 조합 결과', firstAt('dockerfile', 'cmd-vs-entrypoint')),
  f('node slim alpine distroless 크기', firstAt('dockerfile', 'base-images')),
  f('멀티스테이지 COPY --from', firstAt('dockerfile', 'multi-stage')),
  // first edition: deepDive
  f('cgroups로 네트워크 대역폭 제한 됨?', firstAt('deepDive', 'cgroup-resources')),
  f('wsl2 경량 하이퍼바이저 맞나요', firstAt('deepDive', 'wsl2-backend')),
];

/** 열한째 묶음(2026-12-08, 열째 묶음을 보고 규칙을 고친 뒤 한 번만 잰 100개): 면접을 준비하는 학생과 서버를 고치는 신입 관리자 */
export const freshQueriesEleventhBatch: readonly SectionQueryCase[] = [
  // intro
  r('도커 스터디 처음인데 어떤 장부터 읽어야 돼요', revisedAt('intro', 'reading-order')),
  r(
    '실습 기준 도커 엔진 버전 뭐로 맞춰요',
    revisedAt('intro', 'prerequisites'),
    revisedAt('changes', 'baseline'),
  ),
  r('이 시리즈 원래 ASAC 부트캠프 블로그 글에서 나온거임?', revisedAt('intro', 'origin')),
  // gettingStarted
  r('우분투 서버 docker 설치 apt 저장소 gpg키 추가', revisedAt('gettingStarted', 'add-repository')),
  r(
    'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
    revisedAt('gettingStarted', 'permission-denied'),
    revisedAt('gettingStarted', 'docker-group'),
    revisedAt('concepts', 'daemon-privileges'),
  ),
  r('서버 재부팅하고 나서 Is the docker daemon running? 떠요', revisedAt('gettingStarted', 'cannot-connect')),
  r('sudo 안 붙이고 docker 명령 쓰는법', revisedAt('gettingStarted', 'docker-group')),
  r(
    'get.docker.com 스크립트로 운영서버에 설치해도 되나요',
    revisedAt('gettingStarted', 'convenience-script'),
  ),
  r(
    'wsl2 게념 정리',
    revisedAt('gettingStarted', 'what-is-wsl2'),
    revisedAt('deepDive', 'wsl2-utility-vm'),
    revisedAt('glossary', 'wsl2'),
  ),
  r(
    'docker.io 패키지 깔려있는데 containerd runc 충돌나나',
    revisedAt('gettingStarted', 'remove-conflicting'),
  ),
  // concepts
  r(
    '컨테이너가 VM보다 가벼운 이유가 뭔가요',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  r('overlay2 레이어 구조 설명', revisedAt('concepts', 'overlay2')),
  r(
    'dockerd containerd runc 관계 설명해주세요',
    revisedAt('concepts', 'containerd-shim-runc'),
    revisedAt('concepts', 'architecture'),
  ),
  r('컨테이너 안에서 파일 고치면 원본 이미지도 바뀌나요', revisedAt('concepts', 'copy-on-write')),
  r('OCI 표준이란', revisedAt('concepts', 'oci-specs'), revisedAt('glossary', 'oci')),
  r(
    'docker info 보니까 Storage Driver overlayfs 라고 나오는데 overlay2 아님?',
    revisedAt('concepts', 'containerd-image-store'),
    revisedAt('concepts', 'docker-info'),
  ),
  r(
    'Dockerfile에서 rm 했는데 이미지 용량이 안 줄어요',
    revisedAt('concepts', 'layers'),
    revisedAt('dockerfile', 'combine-and-clean'),
  ),
  r(
    'docker version 치면 Client만 나오고 Server 부분이 없음',
    revisedAt('concepts', 'docker-version'),
    revisedAt('gettingStarted', 'cannot-connect'),
    revisedAt('gettingStarted', 'failed-to-connect'),
  ),
  r('제 컴퓨터에선 되는데 문제 도커가 어떻게 해결하나요', revisedAt('concepts', 'why-docker')),
  // containers
  r(
    '컨테이너가 자꾸 재시작돼요',
    revisedAt('containers', 'restart-policies'),
    revisedAt('containers', 'oom-killer'),
  ),
  r(
    'exited (137) 로 컨테이너 죽어있음',
    revisedAt('containers', 'oom-killer'),
    revisedAt('containers', 'stop-sequence'),
  ),
  r(
    'docker stop 하면 항상 10초 걸리는데 왜 그래요',
    revisedAt('containers', 'pid1-signal-handling'),
    revisedAt('containers', 'stop-sequence'),
  ),
  r('docker logs 쳐도 아무것도 안 찍혀요', revisedAt('containers', 'logs')),
  r('distroless 이미지라 exec sh 가 안됨 디버깅 어떻게', revisedAt('containers', 'debugging-slim-images')),
  r(
    '볼륨 vs 바인드마운트',
    revisedAt('containers', 'storage-comparison'),
    revisedAt('containers', 'volumes'),
    revisedAt('containers', 'bind-mounts'),
  ),
  r('-v 옵션이랑 --mount 차이', revisedAt('containers', 'mount-syntax')),
  r(
    '컨테이너 지웠더니 db 데이터가 다 날아갔어요',
    revisedAt('containers', 'writable-layer'),
    revisedAt('containers', 'volumes'),
  ),
  r('--memory-swap 값 의미가 헷갈림', revisedAt('containers', 'memory-limits')),
  r('--cpus 1.5 뜻', revisedAt('containers', 'cpu-pids-limits')),
  r(
    '컨테이너에 좀비 프로세스 쌓임 --init 쓰면 되나',
    revisedAt('containers', 'init-and-exec-form'),
    revisedAt('containers', 'pid1-and-signals'),
  ),
  r('멈춘 컨테이너 라벨로 골라서 한번에 지우기', revisedAt('containers', 'cleanup')),
  // network
  r(
    '같은 서버 컨테이너끼리 이름으로 ping 하면 bad address',
    revisedAt('network', 'default-bridge-limits'),
    revisedAt('network', 'embedded-dns'),
  ),
  r(
    '컨테이너 안에서 apt-get update 하면 Temporary failure resolving',
    revisedAt('network', 'dns-troubleshooting'),
  ),
  r('컨테이너는 떠있는데 브라우저에서 접속이 안돼요', revisedAt('network', 'port-checklist')),
  r('ufw로 막았는데 도커 포트가 외부에서 접속됨', revisedAt('network', 'publish-localhost')),
  r('컨테이너에서 호스트 localhost에 떠있는 DB 접속하는 법', revisedAt('network', 'reach-host')),
  r('docker0 veth 개념', revisedAt('network', 'docker0-veth'), revisedAt('glossary', 'veth-docker0')),
  r('ss -ltnp 보면 docker-proxy 프로세스가 떠있는데 이거 뭐임', revisedAt('network', 'docker-proxy')),
  r('도커 포트포워딩 원리 iptables DNAT MASQUERADE', revisedAt('network', 'nat-and-iptables')),
  r('daemon.json firewall-backend nftables 켜도 되나요', revisedAt('network', 'nftables')),
  r(
    '엔진 28로 올린 뒤 다른 서버에서 컨테이너 IP로 직접 접속이 막힘',
    revisedAt('network', 'direct-routing-blocked'),
    revisedAt('network', 'engine-28-changes'),
  ),
  r('컨테이너를 네트워크 두개에 붙였더니 나가는 게이트웨이가 바뀜', revisedAt('network', 'gateway-priority')),
  r(
    '맥 docker desktop에서 --network host 했는데 localhost로 안 열려요',
    revisedAt('network', 'host-on-docker-desktop'),
  ),
  // workflow
  r(
    '.env에 적었는데 컨테이너 안에서 환경변수가 안 보여요',
    revisedAt('workflow', 'interpolation'),
    revisedAt('workflow', 'env-file'),
  ),
  r('compose 환경변수 우선순위', revisedAt('workflow', 'env-precedence')),
  r('latest 태그 쓰면 안되는 이유', revisedAt('workflow', 'latest-tag')),
  r('docker-compose 하이픈 있는거랑 docker compose 차이', revisedAt('workflow', 'compose-v5')),
  r('코드 저장하면 자동으로 컨테이너에 반영되게 compose', revisedAt('workflow', 'compose-watch')),
  r('compose profiles로 특정 서비스만 띄우기', revisedAt('workflow', 'include-and-profiles')),
  r('docker hub pull 하다가 toomanyrequests 에러', revisedAt('workflow', 'push-pull')),
  r('docker init 하면 뭐가 생겨요', revisedAt('workflow', 'docker-init')),
  r(
    '운영 배포할 때 태그 말고 sha256 다이제스트로 배포하는법',
    revisedAt('workflow', 'deploy-by-digest'),
    revisedAt('workflow', 'pin-by-digest'),
  ),
  r('compose down 하면 볼륨도 같이 지워지나', revisedAt('workflow', 'compose-commands')),
  // dockerfile
  r('ARG ENV 차이 빌드타임 런타임', revisedAt('dockerfile', 'env-vs-arg')),
  r('빌드할때 npm 토큰 ARG로 넘기면 안되나', revisedAt('dockerfile', 'build-secrets')),
  r(
    '소스 한줄 고쳤는데 npm install이 매번 다시 돌아요',
    revisedAt('dockerfile', 'layer-order'),
    revisedAt('dockerfile', 'build-cache'),
    revisedAt('dockerfile', 'before'),
  ),
  r('node slim alpine 베이스이미지 뭐가 나음', revisedAt('dockerfile', 'base-images')),
  r(
    '디스크가 꽉 찼는데 도커 때문인가',
    revisedAt('dockerfile', 'disk-usage'),
    revisedAt('dockerfile', 'prune-commands'),
  ),
  r('M1 맥에서 빌드한 이미지 서버에서 돌리니까 exec format error', revisedAt('dockerfile', 'multi-platform')),
  r('docker ps 랑 docker container ls 같은거에요?', revisedAt('dockerfile', 'legacy-aliases')),
  r(
    'EXPOSE 적었는데 포트가 안 열려요',
    revisedAt('dockerfile', 'expose-workdir-user'),
    revisedAt('network', 'port-checklist'),
  ),
  r(
    '컨테이너를 root로 돌리면 위험한가요',
    revisedAt('dockerfile', 'non-root'),
    revisedAt('deepDive', 'user-namespace'),
  ),
  r('BuildKit buildx 차이', revisedAt('dockerfile', 'buildkit-default')),
  r(
    'unhealthy 뜨는데 컨테이너가 재시작이 안돼요',
    revisedAt('dockerfile', 'healthcheck-volume-label'),
    revisedAt('containers', 'lifecycle-states'),
  ),
  // deepDive
  r(
    'namepsace cgroups 차이 뭔가요',
    revisedAt('deepDive', 'container-is-a-process'),
    revisedAt('deepDive', 'cgroups'),
  ),
  r('cgroup v1 v2 차이', revisedAt('deepDive', 'cgroup-v1-v2')),
  r('도커가 LXC 기반이라는 말 지금도 맞나요', revisedAt('deepDive', 'lxc-to-runc')),
  r('wsl에서 /mnt/c 프로젝트 npm install 너무 느림', revisedAt('deepDive', 'wsl2-file-performance')),
  r('gVisor kata containers 뭐임', revisedAt('deepDive', 'sandboxed-runtimes')),
  r('userns-remap 이랑 rootless 모드 차이', revisedAt('deepDive', 'user-namespace')),
  r('맥은 리눅스 커널 없는데 도커가 어떻게 돌아가요', revisedAt('deepDive', 'macos-linux-vm')),
  r(
    'windows home 에디션인데 hyper-v 없이 도커 되나',
    revisedAt('deepDive', 'wsl2-backend'),
    revisedAt('deepDive', 'hyper-v-backend'),
    revisedAt('deepDive', 'wsl2-utility-vm'),
  ),
  r(
    '컨테이너 root capability 몇개만 남기나 seccomp 기본 프로필',
    revisedAt('deepDive', 'capabilities-seccomp'),
  ),
  // changes
  r('초판이랑 개정판 컨테이너 장 뭐가 바뀜', revisedAt('changes', 'changes-02-containers')),
  r('개정판 네트워크 챕터에 새로 추가된 내용', revisedAt('changes', 'changes-03-network')),
  // commands
  r('docker system df 명령어', revisedAt('commands', 'system-df'), revisedAt('dockerfile', 'disk-usage')),
  r('도커 명령어 모음 치트시트', revisedAt('commands')),
  r(
    'docker update 로 실행중 컨테이너 cpu 제한 바꾸기',
    revisedAt('commands', 'container-update'),
    revisedAt('containers', 'docker-run'),
    revisedAt('containers', 'cpu-pids-limits'),
  ),
  // glossary
  r('PID 1 init 뜻', revisedAt('glossary', 'pid1-init'), revisedAt('containers', 'pid1-and-signals')),
  r('빌드 컨텍스트란', revisedAt('glossary', 'build-context'), revisedAt('dockerfile', 'dockerfile-basics')),
  r(
    'containerd-shim 용어 정의',
    revisedAt('glossary', 'containerd-shim'),
    revisedAt('concepts', 'containerd-shim-runc'),
  ),
  // first edition
  f('overlay2에서 merged 디렉터리가 lowerdir upperdir 합친거였나', firstAt('concepts', 'overlay2')),
  f('docker version 출력 예 27.5.1 API 1.47', firstAt('concepts', 'docker-version')),
  f('copy on write 컨테이너 쓰기 레이어에 파일 통째로 복사', firstAt('concepts', 'copy-on-write')),
  f('pid1 은 sigterm 핸들러 없으면 신호 안 받는다던데', firstAt('containers', 'pid1-signal-handling')),
  f('tmpfs 디스크에 아무것도 안 남는다고 했던거', firstAt('containers', 'tmpfs')),
  f('메모리 제한 cgroups 연결 메모리 컨트롤러', firstAt('containers', 'limits-and-cgroups')),
  f('-d 없이 띄우면 터미널 붙잡힘 -it 는 언제', firstAt('containers', 'foreground-detached')),
  f('docker-proxy -proto tcp -host-ip 0.0.0.0 프로세스', firstAt('network', 'docker-proxy')),
  f('ufw 켜놨는데 도커 포트 열림 localhost에만 공개하기', firstAt('network', 'publish-localhost')),
  f('resolv.conf nameserver 127.0.0.11 이게 뭐였더라', firstAt('network', 'embedded-dns')),
  f('compose 고치고 다시 빌드 up -d --build 개발 루프', firstAt('workflow', 'rebuild-loop')),
  f('compose run -e 환경변수 우선순위 표', firstAt('workflow', 'env-precedence')),
  f('latest 받았는데 서버마다 버전 다름', firstAt('workflow', 'latest-tag')),
  f('ENTRYPOINT 있을때 CMD는 인자로 붙는다는 표', firstAt('dockerfile', 'cmd-vs-entrypoint')),
  f(
    'node:22 slim alpine 이미지 크기 비교',
    firstAt('dockerfile', 'base-images'),
    firstAt('dockerfile', 'size-comparison'),
  ),
  f('dockerignore node_modules .env 빼기', firstAt('dockerfile', 'dockerignore')),
  f(
    'Type 1 Baremetal Microkernelized Type 2 Hosted Monolithic 비교표',
    firstAt('deepDive', 'hypervisor-examples'),
  ),
  f('cgroup으로 제한 가능한 자원 cpu memory blkio pids', firstAt('deepDive', 'cgroup-resources')),
  f('수업자료 WSL 2 경량 하이퍼바이저 VM 없이', firstAt('deepDive', 'wsl2-backend')),
];

/** 열두째 묶음(2026-12-08, 0657af3의 규칙으로 한 번만 잰 100개): 처음 Docker Desktop과 WSL 2를 까는 Windows 사용자, 영어 문서로 배운 개발자 */
export const freshQueriesTwelfthBatch: readonly SectionQueryCase[] = [
  // intro
  r('도커 스터디 뭐부터 읽어야돼요 순서', revisedAt('intro', 'reading-order')),
  r(
    '윈도우에서 실습할때 powershell로 해도 되나요 명령어 다르게 써야함?',
    revisedAt('intro', 'prerequisites'),
  ),
  r('이 시리즈 원래 블로그 글이에요? 출처 어디', revisedAt('intro', 'origin')),
  // gettingStarted
  r(
    '윈도우 도커 설치 안됨',
    revisedAt('gettingStarted', 'windows'),
    revisedAt('gettingStarted', 'install-desktop-windows'),
    revisedAt('gettingStarted', 'virtualization'),
    revisedAt('deepDive', 'windows-needs-virtualization'),
  ),
  r(
    'wsl 켜야됨?',
    revisedAt('gettingStarted', 'what-is-wsl2'),
    revisedAt('gettingStarted', 'install-wsl'),
    revisedAt('gettingStarted', 'which-install'),
  ),
  r('도커 데스크탑 실행하면 HCS_E_HYPERV_NOT_INSTALLED 떠요', revisedAt('gettingStarted', 'virtualization')),
  r(
    '우분투 터미널에서 docker 명령어 없다고 나옴 데스크탑은 켜져있는데',
    revisedAt('gettingStarted', 'wsl-integration'),
  ),
  r(
    'permission denied docker.sock how to run without sudo',
    revisedAt('gettingStarted', 'permission-denied'),
    revisedAt('gettingStarted', 'docker-group'),
    revisedAt('intro', 'prerequisites'),
  ),
  r(
    'is get.docker.com convenience script ok for prod server',
    revisedAt('gettingStarted', 'convenience-script'),
  ),
  r(
    'Cannot connect to the Docker daemon. Is the docker daemon running',
    revisedAt('gettingStarted', 'cannot-connect'),
  ),
  // concepts
  r(
    'docker image vs container difference',
    revisedAt('concepts', 'image'),
    revisedAt('concepts', 'container'),
    revisedAt('concepts', 'object-flow'),
  ),
  r('도커 왜 쓰는거에요 뭐가 좋음', revisedAt('concepts', 'why-docker')),
  r(
    'container vs vm whats the actual difference',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  r(
    'dockerd containerd runc 관계가 뭐임',
    revisedAt('concepts', 'containerd-shim-runc'),
    revisedAt('concepts', 'architecture'),
  ),
  r('OCI가 뭐에요', revisedAt('concepts', 'oci-specs'), revisedAt('glossary', 'oci')),
  r(
    'deleted apt cache in next RUN but image size same',
    revisedAt('concepts', 'layers'),
    revisedAt('dockerfile', 'combine-and-clean'),
  ),
  r('overlayfs lowerdir upperdir merged explained', revisedAt('concepts', 'overlay2')),
  r(
    'docker info storage driver overlayfs 라고 나오는데 overlay2랑 뭐가 달라',
    revisedAt('concepts', 'containerd-image-store'),
    revisedAt('concepts', 'docker-info'),
  ),
  r('컨테이너 안에서 파일 고치면 이미지도 바뀌나요', revisedAt('concepts', 'copy-on-write')),
  // containers
  r(
    'docker run -it 이거 뭐임 -d랑 차이',
    revisedAt('containers', 'foreground-detached'),
    revisedAt('containers', 'run-options'),
  ),
  r('restart always vs unless-stopped', revisedAt('containers', 'restart-policies')),
  r('실행중인 컨테이너 안에 들어가는법', revisedAt('containers', 'exec')),
  r('docker logs 쳐도 아무것도 안나와요', revisedAt('containers', 'logs')),
  r(
    'why does docker stop take 10 seconds',
    revisedAt('containers', 'pid1-signal-handling'),
    revisedAt('containers', 'stop-sequence'),
    revisedAt('containers', 'init-and-exec-form'),
  ),
  r(
    'container exited with code 137',
    revisedAt('containers', 'oom-killer'),
    revisedAt('containers', 'stop-sequence'),
    revisedAt('containers', 'pid1-signal-handling'),
  ),
  r(
    'docker volume vs bind mount',
    revisedAt('containers', 'storage-comparison'),
    revisedAt('containers', 'volumes'),
    revisedAt('containers', 'bind-mounts'),
  ),
  r(
    '컨테이너 지웠더니 db 데이터 다 날라감',
    revisedAt('containers', 'writable-layer'),
    revisedAt('containers', 'where-data-lives'),
    revisedAt('containers', 'volumes'),
  ),
  r('distroless image no shell how to debug', revisedAt('containers', 'debugging-slim-images')),
  r('--cpus 1.5 무슨뜻 코어 1.5개?', revisedAt('containers', 'cpu-pids-limits')),
  r(
    'exited 된 컨테이너 한번에 지우기',
    revisedAt('containers', 'cleanup'),
    revisedAt('dockerfile', 'prune-commands'),
  ),
  r('컨테이너에서 설정파일 호스트로 꺼내고싶음', revisedAt('containers', 'cp')),
  // network
  r(
    '컨테이너끼리 이름으로 핑이 안가요',
    revisedAt('network', 'embedded-dns'),
    revisedAt('network', 'default-bridge-limits'),
    revisedAt('network', 'user-defined-bridge'),
  ),
  r('컨테이너는 떠있는데 localhost:8080 접속 안됨', revisedAt('network', 'port-checklist')),
  r(
    '-p 8080:80 앞뒤 숫자 뭐가 호스트임',
    revisedAt('network', 'publish-syntax'),
    revisedAt('network', 'port-publishing'),
  ),
  r('docker bypasses ufw port still open', revisedAt('network', 'publish-localhost')),
  r('host.docker.internal not working on linux', revisedAt('network', 'reach-host')),
  r(
    '도커 데스크탑에서 --network host 했는데 윈도우에서 접속이 안돼요',
    revisedAt('network', 'host-on-docker-desktop'),
  ),
  r(
    'Temporary failure resolving apt-get update inside container',
    revisedAt('network', 'dns-troubleshooting'),
  ),
  r('what is docker-proxy process listening on my port', revisedAt('network', 'docker-proxy')),
  r('macvlan vs ipvlan', revisedAt('network', 'driver-macvlan-ipvlan')),
  r('docker0 172.17.0.1 veth 이게 뭐임', revisedAt('network', 'docker0-veth')),
  r('docker nftables firewall backend', revisedAt('network', 'nftables')),
  r(
    'tcpdump 없는 컨테이너 네트워크 보려면 다른 컨테이너 붙이기',
    revisedAt('network', 'container-network-mode'),
    revisedAt('containers', 'debugging-slim-images'),
  ),
  // workflow
  r('docker compose depends_on not waiting for db', revisedAt('workflow', 'compose-file')),
  r('latest 태그 쓰면 안되는 이유', revisedAt('workflow', 'latest-tag'), revisedAt('dockerfile', 'from')),
  r(
    '.env에 적었는데 컨테이너 안에서 환경변수 안보임',
    revisedAt('workflow', 'interpolation'),
    revisedAt('workflow', 'env-file'),
  ),
  r('docker-compose vs docker compose 뭐가 맞음', revisedAt('workflow', 'compose-v5')),
  r('코드 저장하면 자동으로 컨테이너에 반영되게 compose', revisedAt('workflow', 'compose-watch')),
  r(
    'push image to private registry need tag?',
    revisedAt('workflow', 'tag'),
    revisedAt('workflow', 'push-pull'),
  ),
  r('github actions docker build and push', revisedAt('workflow', 'ci-pipeline')),
  r('compose profiles only start some services', revisedAt('workflow', 'include-and-profiles')),
  r('compose environment env_file 둘다 있으면 뭐가 이김', revisedAt('workflow', 'env-precedence')),
  r(
    'deploy with image digest instead of tag compose',
    revisedAt('workflow', 'deploy-by-digest'),
    revisedAt('workflow', 'pin-by-digest'),
  ),
  // dockerfile
  r(
    'why is my image so big',
    revisedAt('dockerfile', 'smaller-images'),
    revisedAt('dockerfile', 'multi-stage'),
    revisedAt('dockerfile', 'base-images'),
    revisedAt('dockerfile', 'before'),
  ),
  r(
    '컨테이너 healthcheck 설정',
    revisedAt('dockerfile', 'healthcheck-volume-label'),
    revisedAt('workflow', 'compose-file'),
  ),
  r('CMD vs ENTRYPOINT', revisedAt('dockerfile', 'cmd-vs-entrypoint')),
  r('도커파일 COPY ADD 차이', revisedAt('dockerfile', 'copy-vs-add')),
  r('ARG vs ENV build-arg', revisedAt('dockerfile', 'env-vs-arg')),
  r(
    'npm install runs again every build cache not used',
    revisedAt('dockerfile', 'layer-order'),
    revisedAt('dockerfile', 'build-cache'),
  ),
  r('node_modules 빌드할때 안들어가게', revisedAt('dockerfile', 'dockerignore')),
  r('pass npm token to docker build safely', revisedAt('dockerfile', 'build-secrets')),
  r('docker ps랑 docker container ls 같은거임?', revisedAt('dockerfile', 'legacy-aliases')),
  r('exec format error image built on m1 mac amd64 server', revisedAt('dockerfile', 'multi-platform')),
  r('EXPOSE 하면 포트 열리는거 아님?', revisedAt('dockerfile', 'expose-workdir-user')),
  // deepDive
  r(
    '도커 데스크탑 느려요 npm install 엄청 오래걸림',
    revisedAt('deepDive', 'wsl2-file-performance'),
    revisedAt('intro', 'prerequisites'),
  ),
  r('vmmem 메모리 너무 많이 먹어요 wslconfig', revisedAt('deepDive', 'wsl2-backend')),
  r(
    'hyper-v 백엔드 wsl2 백엔드 뭐 골라야됨',
    revisedAt('deepDive', 'wsl2-backend'),
    revisedAt('deepDive', 'hyper-v-backend'),
  ),
  r(
    '윈도우 홈 에디션도 도커 되나요',
    revisedAt('deepDive', 'hyper-v-backend'),
    revisedAt('deepDive', 'wsl2-utility-vm'),
  ),
  r('type 1 vs type 2 hypervisor examples', revisedAt('deepDive', 'hypervisor-examples')),
  r('linux namespace types pid net mnt uts', revisedAt('deepDive', 'namespace-types')),
  r('cgroup v1 v2 차이', revisedAt('deepDive', 'cgroup-v1-v2')),
  r('is root in container same as host root userns-remap', revisedAt('deepDive', 'user-namespace')),
  r('windows containers vs linux containers switch', revisedAt('deepDive', 'windows-containers')),
  // changes
  r(
    '개정판 기준 도커 엔진 버전 몇이에요',
    revisedAt('changes', 'baseline'),
    revisedAt('intro', 'prerequisites'),
  ),
  r('network chapter what changed from first edition', revisedAt('changes', 'changes-03-network')),
  // commands
  r('docker 명령어 cheat sheet 한눈에', revisedAt('commands')),
  r('docker system df', revisedAt('commands', 'system-df'), revisedAt('dockerfile', 'disk-usage')),
  r(
    'docker volume ls rm prune 명령 정리',
    revisedAt('commands', 'category-volume'),
    revisedAt('commands', 'volume-ls'),
    revisedAt('commands', 'volume-rm'),
    revisedAt('commands', 'volume-prune'),
  ),
  // glossary
  r('veth docker0 용어 뜻', revisedAt('glossary', 'veth-docker0'), revisedAt('network', 'docker0-veth')),
  r(
    'image id vs digest 같은거?',
    revisedAt('glossary', 'image-id'),
    revisedAt('glossary', 'digest'),
    revisedAt('concepts', 'containerd-image-store'),
  ),
  r('도커 용어집', revisedAt('glossary'), revisedAt('intro', 'glossary')),
  // first edition
  f(
    'image layer whiteout delete file size not reduced',
    firstAt('concepts', 'layers'),
    firstAt('dockerfile', 'combine-and-clean'),
  ),
  f('docker cli dockerd rest api unix socket', firstAt('concepts', 'cli-and-daemon')),
  f('copy on write thin writable layer', firstAt('concepts', 'copy-on-write')),
  f(
    'docker run -d vs -it',
    firstAt('containers', 'foreground-detached'),
    firstAt('containers', 'run-options'),
  ),
  f('container memory limit swap --memory-swap', firstAt('containers', 'memory-limits')),
  f('pid 1 ignores sigterm', firstAt('containers', 'pid1-signal-handling')),
  f('tmpfs mount use case', firstAt('containers', 'tmpfs')),
  f('default bridge network 왜 비추', firstAt('network', 'default-bridge-limits')),
  f('publish port only on 127.0.0.1', firstAt('network', 'publish-localhost')),
  f('docker port iptables DNAT masquerade', firstAt('network', 'nat-and-iptables')),
  f('compose rebuild after code change up --build', firstAt('workflow', 'rebuild-loop')),
  f('pin image by sha256 digest', firstAt('workflow', 'pin-by-digest')),
  f('compose env_file vs environment', firstAt('workflow', 'env-file')),
  f('multi stage build COPY --from', firstAt('dockerfile', 'multi-stage')),
  f('RUN --mount=type=cache npm ci', firstAt('dockerfile', 'cache-mounts')),
  f('why run container as non root user dockerfile', firstAt('dockerfile', 'non-root')),
  f(
    'docker run --memory --cpus cgroups 연결',
    firstAt('deepDive', 'docker-resource-flags'),
    firstAt('containers', 'limits-and-cgroups'),
  ),
  f('is docker based on LXC', firstAt('deepDive', 'lxc-to-runc')),
  f('unshare namespace hands on', firstAt('deepDive', 'unshare-demo')),
];

/** 열셋째 묶음(2026-12-08, 0657af3의 규칙으로 한 번만 잰 100개): 퀴즈를 내는 스터디 리더, 옛 습관(docker-compose v1, --link, MAINTAINER)을 가진 개발자 */
export const freshQueriesThirteenthBatch: readonly SectionQueryCase[] = [
  // intro
  r('예전에 도커 좀 써봤는데 이 시리즈 어디부터 읽으면 됨', revisedAt('intro', 'reading-order')),
  r('PowerShell에서 명령 따라 칠 때 줄 끝 백슬래시 안 먹음', revisedAt('intro', 'prerequisites')),
  r('이 스터디 자료 원래 어느 블로그 글에서 나온 거', revisedAt('intro', 'origin')),
  // gettingStarted
  r(
    'usermod -aG docker 했는데 여전히 permission denied 나와요',
    revisedAt('gettingStarted', 'permission-denied'),
    revisedAt('gettingStarted', 'docker-group'),
  ),
  r(
    'apt install docker.io 로 깔던 거 계속 써도 되나',
    revisedAt('gettingStarted', 'remove-conflicting'),
    revisedAt('gettingStarted', 'linux'),
  ),
  r('curl get.docker.com | sh 운영 서버에 써도 됨?', revisedAt('gettingStarted', 'convenience-script')),
  r(
    'docker-machine 없이 윈도우에서 도커 돌리는 법',
    revisedAt('gettingStarted', 'windows'),
    revisedAt('gettingStarted', 'install-desktop-windows'),
    revisedAt('gettingStarted', 'which-install'),
  ),
  r(
    'WSL2가 정확히 뭐임',
    revisedAt('gettingStarted', 'what-is-wsl2'),
    revisedAt('deepDive', 'wsl2-utility-vm'),
  ),
  r(
    'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    revisedAt('gettingStarted', 'cannot-connect'),
  ),
  r(
    '우분투 WSL 셸에서 docker: command not found 데스크톱은 켜져 있음',
    revisedAt('gettingStarted', 'wsl-integration'),
  ),
  // concepts
  r(
    '이미지 컨테이너 뭐가 다름',
    revisedAt('concepts', 'core-objects'),
    revisedAt('concepts', 'image'),
    revisedAt('concepts', 'container'),
  ),
  r(
    '컨테이너랑 가상머신 차이점',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  r('containerd-shim 은 왜 컨테이너마다 하나씩 떠 있음', revisedAt('concepts', 'containerd-shim-runc')),
  r(
    'docker 그룹에 사람 넣는 게 보안상 위험한 이유',
    revisedAt('concepts', 'daemon-privileges'),
    revisedAt('gettingStarted', 'docker-group'),
  ),
  r('OCI 스펙 세 가지 뭐뭐', revisedAt('concepts', 'oci-specs')),
  r('copy-on-write 컨테이너에서 이미지 파일 수정하면 어떻게 됨', revisedAt('concepts', 'copy-on-write')),
  r(
    '/var/lib/docker/overlay2 폴더가 비어 있어요 레이어 어디 감',
    revisedAt('concepts', 'containerd-image-store'),
    revisedAt('concepts', 'overlay2'),
  ),
  r(
    'client version 1.38 is too old. Minimum supported API version is 1.40',
    revisedAt('concepts', 'docker-version'),
  ),
  r(
    '레이어에 실제로 뭐가 저장됨 RUN COPY',
    revisedAt('concepts', 'layers'),
    revisedAt('dockerfile', 'dockerfile-basics'),
  ),
  // containers
  r(
    '컨테이너 상태 종류 created exited paused',
    revisedAt('containers', 'lifecycle-states'),
    revisedAt('containers', 'container-lifecycle'),
  ),
  r('--rm 이랑 --restart always 같이 주니까 에러남', revisedAt('containers', 'restart-policies')),
  r('docker run -d ubuntu 하면 왜 바로 꺼짐', revisedAt('containers', 'foreground-detached')),
  r('컨테이너에 sshd 깔아서 접속하던 거 대신 뭐 씀', revisedAt('containers', 'exec')),
  r('distroless 이미지라 sh 가 없어서 exec 안 됨 디버깅', revisedAt('containers', 'debugging-slim-images')),
  r(
    'dokcer stop 하면 항상 10초 걸리는 이유',
    revisedAt('containers', 'pid1-signal-handling'),
    revisedAt('containers', 'stop-sequence'),
  ),
  r('예전엔 -v만 썼는데 --mount 쓰라는 이유', revisedAt('containers', 'mount-syntax')),
  r(
    'postgres 볼륨 /var/lib/postgresql/data 에 붙였더니 컨테이너가 안 뜸',
    revisedAt('containers', 'volumes'),
    revisedAt('workflow', 'compose-file'),
  ),
  r('exit code 137 OOMKilled true', revisedAt('containers', 'oom-killer')),
  r('--memory-swap 값 의미가 뭐예요', revisedAt('containers', 'memory-limits')),
  r(
    'docker rm $(docker ps -aq) 말고 멈춘 컨테이너 한 번에 정리',
    revisedAt('containers', 'cleanup'),
    revisedAt('dockerfile', 'prune-commands'),
  ),
  r('docker logs 에 아무것도 안 찍힘 앱은 파일에 로그 씀', revisedAt('containers', 'logs')),
  // network
  r(
    '--link 옵션 대신 뭐 써야 함',
    revisedAt('network', 'default-bridge-limits'),
    revisedAt('network', 'embedded-dns'),
    revisedAt('network', 'user-defined-bridge'),
  ),
  r('resolv.conf 에 있는 127.0.0.11 정체', revisedAt('network', 'embedded-dns')),
  r(
    'ufw로 포트 막았는데 도커 컨테이너 포트는 밖에서 접속됨',
    revisedAt('network', 'publish-localhost'),
    revisedAt('containers', 'run-options'),
  ),
  r('docker0 이 뭐임 veth', revisedAt('network', 'docker0-veth')),
  r(
    'EXPOSE 랑 -p 차이',
    revisedAt('network', 'publish-syntax'),
    revisedAt('dockerfile', 'expose-workdir-user'),
  ),
  r('ps 보면 docker-proxy 프로세스 왜 떠 있음', revisedAt('network', 'docker-proxy')),
  r('컨테이너 안에서 호스트에 띄운 mysql 에 localhost 로 접속 안 됨', revisedAt('network', 'reach-host')),
  r(
    '컨테이너에서 apt-get update 하면 Temporary failure resolving',
    revisedAt('network', 'dns-troubleshooting'),
  ),
  r(
    '맥에서 -p 5000:5000 bind: address already in use',
    revisedAt('network', 'port-checklist'),
    revisedAt('workflow', 'push-pull'),
  ),
  r('macvlan ipvlan 차이', revisedAt('network', 'driver-macvlan-ipvlan')),
  r('--net=container:web 다른 컨테이너 네트워크 같이 쓰기', revisedAt('network', 'container-network-mode')),
  r(
    '엔진 28부터 공개 안 한 포트 직접 라우팅 막힘',
    revisedAt('network', 'direct-routing-blocked'),
    revisedAt('network', 'engine-28-changes'),
  ),
  // workflow
  r('docker-compose 하이픈 붙은 명령 이제 안 씀?', revisedAt('workflow', 'compose-v5')),
  r('compose 파일 맨 위 version: "3.8" 쓰니까 obsolete 경고', revisedAt('workflow', 'compose-v5')),
  r('latest 태그 믿으면 안 되는 이유', revisedAt('workflow', 'latest-tag')),
  r(
    '.env 랑 envirnoment env_file 차이',
    revisedAt('workflow', 'env-file'),
    revisedAt('workflow', 'interpolation'),
  ),
  r('compose 환경변수 여러 군데 정하면 뭐가 우선', revisedAt('workflow', 'env-precedence')),
  r('코드 고칠 때마다 up --build 치기 귀찮음 저장하면 자동 반영', revisedAt('workflow', 'compose-watch')),
  r('depends_on 만 걸면 db 준비 전에 앱이 먼저 뜨는 이유', revisedAt('workflow', 'compose-file')),
  r('docker init 으로 Dockerfile 자동 생성', revisedAt('workflow', 'docker-init')),
  r('web 컨테이너 다시 만들었더니 nginx 가 502', revisedAt('workflow', 'compose-file')),
  r('compose profiles 가끔만 띄우는 서비스', revisedAt('workflow', 'include-and-profiles')),
  // dockerfile
  r('MAINTAINER 대신 뭐 씀', revisedAt('dockerfile', 'healthcheck-volume-label')),
  r('docker build 할 때 legacy builder is deprecated 경고', revisedAt('dockerfile', 'buildkit-default')),
  r('CMD ENTRYPOINT 차이', revisedAt('dockerfile', 'cmd-vs-entrypoint')),
  r('도커파일 빌드 캐시 언제 깨짐', revisedAt('dockerfile', 'build-cache')),
  r('다들 root로 돌리던데 USER 꼭 지정해야 하나', revisedAt('dockerfile', 'non-root')),
  r('RUN apt-get update 따로 한 줄로 두면 왜 안 됨', revisedAt('dockerfile', 'combine-and-clean')),
  r('멀티스테이지 빌드 원리', revisedAt('dockerfile', 'multi-stage')),
  r(
    '--build-arg 로 npm 토큰 넘기면 안 되나',
    revisedAt('dockerfile', 'build-secrets'),
    revisedAt('workflow', 'ci-attestations'),
  ),
  r('alpine slim distroless 중 뭐 고름', revisedAt('dockerfile', 'base-images')),
  r(
    'M1 맥에서 빌드한 이미지 amd64 서버에서 exec format error',
    revisedAt('dockerfile', 'multi-platform'),
    revisedAt('workflow', 'build'),
  ),
  r('COPY --link 옵션 뭐임', revisedAt('dockerfile', 'copy-link-chmod')),
  // deepDive
  r('네임스페이스 몇 가지 있음', revisedAt('deepDive', 'namespace-types')),
  r('cgroup v1 v2 차이', revisedAt('deepDive', 'cgroup-v1-v2')),
  r(
    '컨테이너 안 root 가 호스트 root 랑 같은 uid 인가요',
    revisedAt('deepDive', 'user-namespace'),
    revisedAt('dockerfile', 'non-root'),
  ),
  r('Type 1 Type 2 하이퍼바이저 예시', revisedAt('deepDive', 'hypervisor-examples')),
  r('도커 LXC 로 돌아가는 거 아니었음?', revisedAt('deepDive', 'lxc-to-runc')),
  r(
    'WSL2 /mnt/c 에서 npm install 너무 느림',
    revisedAt('deepDive', 'wsl2-file-performance'),
    revisedAt('intro', 'prerequisites'),
  ),
  r('맥은 가상화 없이 도커 바로 돌아가지 않나', revisedAt('deepDive', 'macos-linux-vm')),
  r('gVisor Kata Containers 가 뭐', revisedAt('deepDive', 'sandboxed-runtimes')),
  r('docker-machine 쓰던 virtualbox 랑 Hyper-V 같이 못 씀?', revisedAt('deepDive', 'hyper-v-backend')),
  // changes
  r('초판이랑 개정판 네트워크 장 뭐가 바뀜', revisedAt('changes', 'changes-03-network')),
  r('개정판은 도커 엔진 몇 버전 기준', revisedAt('changes', 'baseline'), revisedAt('intro', 'prerequisites')),
  // commands
  r(
    'docker ps 를 관리 명령으로 쓰면',
    revisedAt('commands', 'container-ls'),
    revisedAt('dockerfile', 'legacy-aliases'),
  ),
  r('docker system df 명령', revisedAt('commands', 'system-df'), revisedAt('dockerfile', 'disk-usage')),
  r(
    'docker container commit 사용법',
    revisedAt('commands', 'container-commit'),
    revisedAt('concepts', 'object-flow'),
  ),
  // glossary
  r('digest 뜻', revisedAt('glossary', 'digest'), revisedAt('workflow', 'tags-and-digests')),
  r('veth 용어 정의', revisedAt('glossary', 'veth-docker0'), revisedAt('network', 'docker0-veth')),
  r('userland proxy 가 뭐임', revisedAt('glossary', 'docker-proxy'), revisedAt('network', 'docker-proxy')),
  // first edition (2025.02)
  f(
    '이미지 이름 형식 레지스트리 네임스페이스 태그',
    firstAt('concepts', 'registry'),
    firstAt('workflow', 'tag'),
  ),
  f('lowerdir upperdir merged 뜻', firstAt('concepts', 'overlay2')),
  f('docker commit 으로 이미지 만들면 안 되는 이유', firstAt('concepts', 'object-flow')),
  f('pause 랑 stop 차이', firstAt('containers', 'lifecycle-states')),
  f('재시작 정책 어떤 걸 골라야 함', firstAt('containers', 'restart-policies')),
  f('tmpfs 에 둔 파일 디스크에 남을 수 있나', firstAt('containers', 'tmpfs')),
  f('HostConfig NanoCpus 값 의미', firstAt('containers', 'limits-and-cgroups')),
  f('overlay 드라이버 swarm 여러 호스트', firstAt('network', 'driver-overlay')),
  f('DOCKER-USER 체인에 규칙 넣을 때 주의', firstAt('network', 'nat-and-iptables')),
  f('docker network prune 하면 뭐가 지워짐', firstAt('network', 'network-commands')),
  f('코드 수정하고 compose 다시 빌드하는 방법', firstAt('workflow', 'rebuild-loop')),
  f('이미지 ID 랑 다이제스트 값이 다른 이유', firstAt('workflow', 'build')),
  f('GitHub Actions 로 이미지 빌드 푸시', firstAt('workflow', 'ci-pipeline')),
  f('ENV ARG 언제 뭘 씀', firstAt('dockerfile', 'env-vs-arg')),
  f('prune 명령 종류별로 뭘 지움', firstAt('dockerfile', 'prune-commands')),
  f('Node 이미지 최적화 전후 크기 비교', firstAt('dockerfile', 'size-comparison')),
  f('cgroups 로 네트워크 대역폭 제한 가능?', firstAt('deepDive', 'cgroup-resources')),
  f('unshare 로 namespace 실습', firstAt('deepDive', 'unshare-demo')),
  f(
    'WSL2 백엔드 Hyper-V 백엔드 비교',
    firstAt('deepDive', 'wsl2-backend'),
    firstAt('deepDive', 'hyper-v-backend'),
  ),
];

/** 열넷째 묶음(2026-12-08, 학습자의 말 네 번째 손질 뒤 한 번만 잰 100개): Docker가 처음인 프런트엔드 개발자, Jupyter와 Postgres를 돌리는 데이터 과학자 */
export const freshQueriesFourteenthBatch: readonly SectionQueryCase[] = [
  // intro
  r('도커 스터디 어디서부터 읽어야 돼요 장 순서', revisedAt('intro', 'reading-order')),
  r(
    '윈도우 PowerShell에서 예제의 -v "$PWD":/app 를 그대로 치면 경로가 이상하게 들어가요. 바꿔 써야 하는 문법이 따로 있나요?',
    revisedAt('intro', 'prerequisites'),
  ),
  r('이 시리즈 원래 ASAC 부트캠프 블로그 글에서 나온거임?', revisedAt('intro', 'origin')),
  // gettingStarted
  r(
    'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
    revisedAt('gettingStarted', 'permission-denied'),
    revisedAt('gettingStarted', 'docker-group'),
    revisedAt('concepts', 'daemon-privileges'),
    revisedAt('intro', 'prerequisites'),
  ),
  r(
    '리눅스 서버에서 docker 명령마다 sudo 붙이기 싫은데, 여러 명이 같이 쓰는 서버라 docker 그룹에 넣어도 안전한지 궁금합니다.',
    revisedAt('gettingStarted', 'docker-group'),
    revisedAt('concepts', 'daemon-privileges'),
  ),
  r(
    'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    revisedAt('gettingStarted', 'cannot-connect'),
  ),
  r(
    '회사 맥북이 M2인데 Docker Desktop 설치하고 실행하니까 Incompatible CPU detected 라는 창이 떠요.',
    revisedAt('gettingStarted', 'wrong-mac-download'),
  ),
  r(
    'wsl 우분투에서 docker: command not found 뜸 desktop은 켜져있는데',
    revisedAt('gettingStarted', 'wsl-integration'),
  ),
  r(
    'failed to connect to the docker API at unix:///Users/me/.docker/run/docker.sock no such file or directory',
    revisedAt('gettingStarted', 'failed-to-connect'),
  ),
  r(
    '우분투 운영 서버에 get.docker.com 스크립트로 한 번에 설치해도 괜찮을까요?',
    revisedAt('gettingStarted', 'convenience-script'),
  ),
  // concepts
  r(
    '이미지랑 컨테이너 차이가 뭐임 클래스랑 인스턴스 같은거?',
    revisedAt('concepts', 'container'),
    revisedAt('concepts', 'image'),
    revisedAt('concepts', 'core-objects'),
  ),
  r(
    '컨테이너가 가상 머신보다 가볍다고 하는데, 그만큼 격리는 VM보다 약한 건가요?',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  r(
    'docker run 치면 실제로 누가 처리함 dockerd containerd runc 순서',
    revisedAt('concepts', 'architecture'),
    revisedAt('concepts', 'containerd-shim-runc'),
  ),
  r(
    'OverlayFS에서 lowerdir, upperdir, merged가 각각 무엇을 가리키는지 알고 싶어요.',
    revisedAt('concepts', 'overlay2'),
  ),
  r(
    'dockerfile에서 RUN rm -rf 로 지웠는데 이미지 용량 그대로임',
    revisedAt('concepts', 'layers'),
    revisedAt('dockerfile', 'combine-and-clean'),
  ),
  r(
    'overlay2 글 보고 docker inspect로 UpperDir을 찾으려는데 GraphDriver 항목이 아예 없어요. 레이어는 어디에 저장되나요?',
    revisedAt('concepts', 'containerd-image-store'),
  ),
  r(
    'docker version 에 API version 1.52 (downgraded from 1.55) 이렇게 나오는데 문제임?',
    revisedAt('concepts', 'docker-version'),
  ),
  r(
    '이미지에 들어 있는 큰 데이터 파일을 컨테이너에서 조금만 고쳐도 파일 전체가 복사된다는 게 사실인가요?',
    revisedAt('concepts', 'copy-on-write'),
    revisedAt('containers', 'writable-layer'),
  ),
  r('내 컴퓨터에선 되는데 서버에선 안되는 문제 도커가 왜 해결해줌', revisedAt('concepts', 'why-docker')),
  // containers
  r(
    '주피터 컨테이너를 -d로 띄웠는데 바로 exited 상태가 돼 버려요. 왜 바로 꺼지나요?',
    revisedAt('containers', 'foreground-detached'),
  ),
  r('--restart always unless-stopped 차이 뭐임', revisedAt('containers', 'restart-policies')),
  r(
    '실행 중인 postgres 컨테이너 안에 들어가서 psql을 쓰고 싶은데 어떻게 접속하나요?',
    revisedAt('containers', 'exec'),
  ),
  r('docker logs 찍으면 아무것도 안나옴 앱은 로그 파일에 쓰고있음', revisedAt('containers', 'logs')),
  r(
    'distroless 이미지라 docker exec sh 안됨 디버깅 어캐함',
    revisedAt('containers', 'debugging-slim-images'),
  ),
  r(
    'docker stop 할때마다 10초씩 걸리고 exit 137 나옴',
    revisedAt('containers', 'pid1-signal-handling'),
    revisedAt('containers', 'stop-sequence'),
  ),
  r(
    'postgres:18 컨테이너를 지우고 다시 만들어도 데이터가 남게 하려면 볼륨을 어느 경로에 붙여야 하나요?',
    revisedAt('containers', 'volumes'),
  ),
  r(
    '소스 폴더 바인드 마운트 했더니 이미지 안에 있던 node_modules 사라짐',
    revisedAt('containers', 'bind-mounts'),
    revisedAt('containers', 'storage-comparison'),
  ),
  r(
    '-v 로 호스트 경로를 잘못 적었는데 에러 없이 빈 폴더가 마운트됐어요. 이런 실수를 바로 잡아낼 방법이 있나요?',
    revisedAt('containers', 'mount-syntax'),
  ),
  r(
    '학습 컨테이너가 exit code 137로 계속 죽는데, 메모리 부족 때문인지 어떻게 확인할 수 있나요?',
    revisedAt('containers', 'oom-killer'),
  ),
  r(
    '학습 스크립트가 서버 CPU 코어를 전부 써서 다른 작업이 느려집니다. 컨테이너가 코어 2개 분량만 쓰도록 제한할 수 있을까요?',
    revisedAt('containers', 'cpu-pids-limits'),
  ),
  r(
    '컨테이너 안에서 free 쳐보면 메모리 한도가 아니라 서버 전체 메모리가 보여요. 실제 한도는 어디서 봐야 하나요?',
    revisedAt('containers', 'memory-limits'),
    revisedAt('containers', 'stats-top'),
  ),
  // network
  r(
    '컨테이너는 떴는데 브라우저에서 localhost:3000 안열림 vite dev server',
    revisedAt('network', 'port-checklist'),
  ),
  r(
    '맥에서 MLflow 서버를 5000번 포트로 띄우려는데 address already in use 오류가 나요. 아무것도 안 띄웠는데 왜 그럴까요?',
    revisedAt('network', 'port-checklist'),
    revisedAt('workflow', 'push-pull'),
  ),
  r(
    'ufw로 막아놨는데 도커로 띄운 포트는 외부에서 접속됨',
    revisedAt('network', 'publish-localhost'),
    revisedAt('containers', 'run-options'),
  ),
  r(
    '컨테이너끼리 이름으로 ping 안됨 기본 bridge 쓰는중',
    revisedAt('network', 'default-bridge-limits'),
    revisedAt('network', 'user-defined-bridge'),
    revisedAt('network', 'embedded-dns'),
  ),
  r(
    '컨테이너 안의 주피터에서 맥에 직접 설치한 Postgres에 접속하려면 호스트 주소를 뭐라고 적어야 하나요?',
    revisedAt('network', 'reach-host'),
  ),
  r(
    '컨테이너 안에서 apt-get update 하면 Temporary failure resolving 에러',
    revisedAt('network', 'dns-troubleshooting'),
  ),
  r('-p 8080:80 에서 앞이 호스트임 뒤가 호스트임', revisedAt('network', 'publish-syntax')),
  r(
    'dockerfile에 EXPOSE 3000 넣었는데 포트 안열림',
    revisedAt('network', 'publish-syntax'),
    revisedAt('dockerfile', 'expose-workdir-user'),
    revisedAt('network', 'port-checklist'),
  ),
  r(
    '포트를 몇 개 공개했을 뿐인데 서버에 docker-proxy 프로세스가 여러 개 떠 있어요. 이건 뭔가요?',
    revisedAt('network', 'docker-proxy'),
  ),
  r(
    '맥에서 --network host로 주피터를 띄웠는데 맥 브라우저의 localhost로는 안 열립니다.',
    revisedAt('network', 'host-on-docker-desktop'),
  ),
  r(
    'curl tcpdump 없는 컨테이너 네트워크 디버깅 다른 컨테이너 붙이기',
    revisedAt('network', 'container-network-mode'),
    revisedAt('containers', 'debugging-slim-images'),
  ),
  r(
    'DB 컨테이너는 외부 인터넷으로 못 나가게 막고 같은 네트워크의 앱 컨테이너하고만 통신하게 하고 싶어요.',
    revisedAt('network', 'isolation-and-connect'),
  ),
  // workflow
  r(
    'docker-compose.yml 이랑 compose.yaml 뭐가 맞음 version: "3.8" 써야됨?',
    revisedAt('workflow', 'compose-v5'),
  ),
  r(
    '코드 고칠때마다 compose up --build 다시 해야됨? 저장하면 자동 반영',
    revisedAt('workflow', 'compose-watch'),
  ),
  r(
    '.env에 변수 적었는데 컨테이너 안에서 printenv 하면 안보임',
    revisedAt('workflow', 'interpolation'),
    revisedAt('workflow', 'env-file'),
  ),
  r(
    '같은 변수를 .env 파일과 compose의 environment에 둘 다 적으면 컨테이너에는 어떤 값이 들어가나요?',
    revisedAt('workflow', 'env-precedence'),
  ),
  r(
    'M1 맥에서 빌드한 이미지를 리눅스 서버에서 실행하니까 exec format error가 나요.',
    revisedAt('workflow', 'build'),
    revisedAt('dockerfile', 'multi-platform'),
  ),
  r('web 컨테이너만 다시 만들었더니 nginx가 502 줌 compose', revisedAt('workflow', 'compose-file')),
  r(
    'psql이나 pgAdmin 같은 도구 서비스는 평소에는 안 띄우고 필요할 때만 실행하고 싶은데 compose에서 어떻게 하나요?',
    revisedAt('workflow', 'include-and-profiles'),
  ),
  r('github actions에서 도커 이미지 빌드해서 ghcr에 push 하는법', revisedAt('workflow', 'ci-pipeline')),
  r('docker init 하면 뭐 만들어줌 dockerfile 자동생성', revisedAt('workflow', 'docker-init')),
  r(
    '운영 서버에 배포할 때 태그 말고 다이제스트로 정확히 같은 이미지를 띄우고, 문제가 생기면 되돌리는 방법이 궁금합니다.',
    revisedAt('workflow', 'deploy-by-digest'),
    revisedAt('workflow', 'pin-by-digest'),
  ),
  // dockerfile
  r(
    'dockerfile 캐시 왜 안먹음 소스 한줄 고쳐도 npm install 매번 다시함',
    revisedAt('dockerfile', 'build-cache'),
    revisedAt('dockerfile', 'layer-order'),
  ),
  r(
    'Dockerfile에서 requirements.txt를 소스보다 먼저 복사하라는 건 무슨 이유인가요?',
    revisedAt('dockerfile', 'layer-order'),
  ),
  r('.dockerignore 에 node_modules .env 넣어야됨?', revisedAt('dockerfile', 'dockerignore')),
  r(
    'CPU용 PyTorch를 넣은 이미지가 몇 GB나 돼요. 이미지 크기를 줄일 수 있는 방법에는 어떤 것들이 있나요?',
    revisedAt('dockerfile', 'smaller-images'),
    revisedAt('dockerfile', 'multi-stage'),
    revisedAt('dockerfile', 'base-images'),
  ),
  r(
    'python slim 이미지와 alpine 이미지 중 무엇을 써야 할까요? alpine에서는 pip 설치가 유난히 오래 걸려요.',
    revisedAt('dockerfile', 'base-images'),
  ),
  r('빌드할때 private npm 토큰 필요한데 ARG로 넘겨도 됨?', revisedAt('dockerfile', 'build-secrets')),
  r(
    'docker rm과 docker rmi가 자꾸 헷갈리는데 둘이 어떻게 다른가요?',
    revisedAt('dockerfile', 'legacy-aliases'),
  ),
  r(
    '빌드 캐시가 디스크를 수십 GB나 차지하고 있어요. 안전하게 정리하는 방법이 있을까요?',
    revisedAt('dockerfile', 'disk-usage'),
    revisedAt('dockerfile', 'prune-commands'),
  ),
  r('COPY ADD 차이 tar.gz 복사했는데 압축 풀려있음', revisedAt('dockerfile', 'copy-vs-add')),
  r(
    'DEPRECATED: The legacy builder is deprecated 경고 buildx 설치하라는데',
    revisedAt('dockerfile', 'buildkit-default'),
  ),
  r(
    '의존성 하나만 추가해도 pip install이 패키지를 전부 다시 내려받아서 빌드가 너무 느려요.',
    revisedAt('dockerfile', 'cache-mounts'),
  ),
  // deepDive
  r(
    '우분투 이미지 컨테이너 안에서 uname -r 을 쳤는데 왜 호스트 커널 버전이 나오나요?',
    revisedAt('deepDive', 'container-is-a-process'),
  ),
  r(
    '--memory 옵션을 주면 그 값이 리눅스의 어느 파일에 기록되는지 궁금합니다.',
    revisedAt('deepDive', 'memory-max'),
    revisedAt('containers', 'limits-to-cgroups'),
  ),
  r(
    'docker stats에 나오는 메모리 사용량이 컨테이너 안에서 본 값과 다릅니다. 어떤 숫자를 읽어 오는 건가요?',
    revisedAt('deepDive', 'cgroup-accounting'),
    revisedAt('containers', 'stats-top'),
  ),
  r(
    'wsl2에서 /mnt/c 프로젝트 마운트하면 hot reload 안되고 npm install 엄청 느림',
    revisedAt('deepDive', 'wsl2-file-performance'),
    revisedAt('intro', 'prerequisites'),
  ),
  r(
    '맥의 Docker Desktop도 결국 가상 머신 위에서 도는 건가요? 바인드 마운트가 리눅스보다 느린 이유가 궁금해요.',
    revisedAt('deepDive', 'macos-linux-vm'),
  ),
  r(
    'hyper-v type 1 type 2 하이퍼바이저 차이 virtualbox는 뭐임',
    revisedAt('deepDive', 'hypervisor-examples'),
    revisedAt('deepDive', 'hypervisor-types'),
  ),
  r(
    '컨테이너 안의 root가 호스트의 root와 같은 사용자인가요? 공용 서버라서 걱정됩니다.',
    revisedAt('deepDive', 'user-namespace'),
  ),
  r('WSL2 는 VM 없이 리눅스 돌린다던데 진짜임?', revisedAt('deepDive', 'wsl2-utility-vm')),
  r(
    '서버가 cgroup v1을 쓰는지 v2를 쓰는지 어떻게 확인하고, 둘은 무엇이 다른가요?',
    revisedAt('deepDive', 'cgroup-v1-v2'),
    revisedAt('concepts', 'docker-info'),
  ),
  // changes
  r('개정판은 도커 엔진 몇 버전 기준임', revisedAt('changes', 'baseline')),
  r(
    '초판과 개정판 사이에 네트워크 장에서는 어떤 내용이 바뀌었나요?',
    revisedAt('changes', 'changes-03-network'),
  ),
  // commands
  r('도커 명령어 전체 치트시트 한페이지로', revisedAt('commands')),
  r(
    'docker system df 명령은 어떤 옵션이 있고 어느 장에서 설명하나요?',
    revisedAt('commands', 'system-df'),
    revisedAt('dockerfile', 'disk-usage'),
  ),
  r(
    'docker compose watch 명령 사용법',
    revisedAt('commands', 'compose-watch'),
    revisedAt('workflow', 'compose-watch'),
  ),
  // glossary
  r('빌드 컨텍스트 뜻', revisedAt('glossary', 'build-context'), revisedAt('dockerfile', 'dockerfile-basics')),
  r(
    '다이제스트라는 용어가 정확히 무엇을 뜻하나요?',
    revisedAt('glossary', 'digest'),
    revisedAt('workflow', 'tags-and-digests'),
  ),
  r('veth docker0 용어 정리', revisedAt('glossary', 'veth-docker0'), revisedAt('network', 'docker0-veth')),
  // first edition
  f('이미지 레이어 lowerdir upperdir merged 뭐임', firstAt('concepts', 'overlay2')),
  f('docker CLI가 dockerd랑 통신하는 방식 unix socket rest api', firstAt('concepts', 'cli-and-daemon')),
  f('OCI 표준이 뭐고 도커 어디에 쓰임', firstAt('concepts', 'oci-specs')),
  f(
    'docker run -it 에서 i t 각각 뜻',
    firstAt('containers', 'foreground-detached'),
    firstAt('containers', 'run-options'),
  ),
  f('docker cp 로 컨테이너 안 설정파일 꺼내기', firstAt('containers', 'cp')),
  f('tmpfs 마운트 언제씀', firstAt('containers', 'tmpfs')),
  f('docker inspect --format 으로 ExitCode만 뽑기', firstAt('containers', 'inspect')),
  f(
    'bridge host none 네트워크 드라이버 차이',
    firstAt('network', 'network-drivers'),
    firstAt('network', 'driver-summary'),
  ),
  f('docker0 veth 쌍 뭐임', firstAt('network', 'docker0-veth')),
  f('resolv.conf에 127.0.0.11 적혀있는데 이게 뭐임', firstAt('network', 'embedded-dns')),
  f('compose로 띄운 뒤 코드 수정하면 반영 안됨 up -d --build', firstAt('workflow', 'rebuild-loop')),
  f('.env 랑 env_file 차이', firstAt('workflow', 'env-file'), firstAt('workflow', 'interpolation')),
  f('docker tag 하면 이미지 복사되는거임?', firstAt('workflow', 'tag')),
  f('멀티스테이지 빌드 COPY --from 어떻게 동작함', firstAt('dockerfile', 'multi-stage')),
  f('컨테이너를 root로 돌리면 안되는 이유 USER', firstAt('dockerfile', 'non-root')),
  f('ENV ARG 차이 --build-arg', firstAt('dockerfile', 'env-vs-arg')),
  f('unshare 로 namespace 직접 만들어보기', firstAt('deepDive', 'unshare-demo')),
  f(
    '윈도우 도커 데스크탑 설치하면 가상화 오류 왜남',
    firstAt('deepDive', 'windows-needs-virtualization'),
    firstAt('deepDive', 'needs-linux-kernel'),
  ),
  f(
    'docker run --memory --cpus 주면 cgroups에 어떻게 들어감',
    firstAt('deepDive', 'docker-resource-flags'),
    firstAt('containers', 'limits-and-cgroups'),
  ),
];

/** 열다섯째 묶음(2026-12-08, 열넷째와 같은 규칙으로 한 번만 잰 100개): 세부를 확인하는 시니어 엔지니어, 휴대폰으로 짧게 복습하는 학생 */
export const freshQueriesFifteenthBatch: readonly SectionQueryCase[] = [
  // intro
  r('읽는 순서', revisedAt('intro', 'reading-order')),
  r('ASAC 수업자료', revisedAt('intro', 'origin')),
  r('PowerShell -v $PWD 중괄호', revisedAt('intro', 'prerequisites')),
  // gettingStarted
  r('docker.io podman-docker 충돌 패키지 삭제', revisedAt('gettingStarted', 'remove-conflicting')),
  r('get.docker.com 스크립트 운영 서버', revisedAt('gettingStarted', 'convenience-script')),
  r('HCS_E_HYPERV_NOT_INSTALLED', revisedAt('gettingStarted', 'virtualization')),
  r(
    'failed to connect to the docker API DOCKER_HOST unset',
    revisedAt('gettingStarted', 'failed-to-connect'),
  ),
  r('Incompatible CPU detected', revisedAt('gettingStarted', 'wrong-mac-download')),
  r('wsl 우분투 docker 명령어 없음', revisedAt('gettingStarted', 'wsl-integration')),
  r(
    'usermod -aG docker root 동등 권한',
    revisedAt('gettingStarted', 'docker-group'),
    revisedAt('concepts', 'daemon-privileges'),
    revisedAt('intro', 'prerequisites'),
  ),
  // concepts
  r('카피온라이트', revisedAt('concepts', 'copy-on-write')),
  r(
    'containerd image store 이미지 ID = manifest digest?',
    revisedAt('concepts', 'containerd-image-store'),
    revisedAt('workflow', 'build'),
  ),
  r('live-restore 기본값', revisedAt('concepts', 'containerd-shim-runc')),
  r('curl --unix-socket /v1.44 버전 경로', revisedAt('concepts', 'cli-and-daemon')),
  r('lowerdir upperdir', revisedAt('concepts', 'overlay2')),
  r('API minimum version 1.40 DOCKER_MIN_API_VERSION', revisedAt('concepts', 'docker-version')),
  r(
    'docker info Cgroup Driver systemd 의미',
    revisedAt('concepts', 'docker-info'),
    revisedAt('deepDive', 'cgroup-v1-v2'),
  ),
  r('whiteout', revisedAt('concepts', 'layers'), revisedAt('concepts', 'copy-on-write')),
  r('docker commit --pause=false --no-pause CLI 29', revisedAt('concepts', 'object-flow')),
  // containers
  r('--cpu-shares 기본값 1024 cpu.weight 환산 runc 1.3.2', revisedAt('containers', 'cpu-pids-limits')),
  r('재시작정책', revisedAt('containers', 'restart-policies')),
  r(
    '좀비 프로세스',
    revisedAt('containers', 'pid1-signal-handling'),
    revisedAt('containers', 'init-and-exec-form'),
    revisedAt('glossary', 'pid1-init'),
  ),
  r('exit code 137 143 차이', revisedAt('containers', 'stop-sequence')),
  r('State.OOMKilled 자식 프로세스만 kill 됐을 때', revisedAt('containers', 'oom-killer')),
  r('--mount bind-create-src 29.3', revisedAt('containers', 'mount-syntax')),
  r(
    '익명볼륨 삭제',
    revisedAt('containers', 'volumes'),
    revisedAt('containers', 'cleanup'),
    revisedAt('dockerfile', 'prune-commands'),
  ),
  r(
    'distroless exec sh 안 됨 디버깅 방법',
    revisedAt('containers', 'debugging-slim-images'),
    revisedAt('dockerfile', 'base-images'),
  ),
  r('docker logs --since 시간대 해석 기준', revisedAt('containers', 'logs')),
  r('exec로 띄운 셸에서 entrypoint export 변수 안 보임', revisedAt('containers', 'exec')),
  r('tmpfs 스왑', revisedAt('containers', 'tmpfs'), revisedAt('glossary', 'tmpfs')),
  r(
    '컨테이너 상태종류',
    revisedAt('containers', 'lifecycle-states'),
    revisedAt('containers', 'container-lifecycle'),
  ),
  // network
  r('nftables 백엔드 엔진 29', revisedAt('network', 'nftables')),
  r('오버레이 드라이버', revisedAt('network', 'driver-overlay')),
  r('gw-priority 기본값', revisedAt('network', 'gateway-priority')),
  r('userland-proxy false hairpin NAT', revisedAt('network', 'docker-proxy')),
  r('127.0.0.11', revisedAt('network', 'embedded-dns'), revisedAt('glossary', 'embedded-dns')),
  r('host.docker.internal linux host-gateway', revisedAt('network', 'reach-host')),
  r(
    'ufw로 막았는데 포트가 외부에 열림',
    revisedAt('network', 'publish-localhost'),
    revisedAt('containers', 'run-options'),
  ),
  r('Temporary failure resolving systemd-resolved 127.0.0.53', revisedAt('network', 'dns-troubleshooting')),
  r('gateway_mode_ipv4 nat-unprotected', revisedAt('network', 'direct-routing-blocked')),
  r('macvlan ipvlan 차이', revisedAt('network', 'driver-macvlan-ipvlan')),
  r('Docker Desktop --network host localhost 접속 안 됨', revisedAt('network', 'host-on-docker-desktop')),
  r('도커0 veth', revisedAt('network', 'docker0-veth')),
  // workflow
  r('Compose v5 Bake buildx 없으면?', revisedAt('workflow', 'compose-v5')),
  r('docker init 파일', revisedAt('workflow', 'docker-init')),
  r('compose watch sync+exec 지원 버전', revisedAt('workflow', 'compose-watch')),
  r('compose include 같은 이름 리소스 병합 규칙', revisedAt('workflow', 'include-and-profiles')),
  r('compose run -e env_file environment 우선순위', revisedAt('workflow', 'env-precedence')),
  r(
    'toomanyrequests CI docker hub pull',
    revisedAt('workflow', 'push-pull'),
    revisedAt('workflow', 'ci-pipeline'),
  ),
  r(
    'provenance mode=max build-arg 노출',
    revisedAt('workflow', 'ci-attestations'),
    revisedAt('dockerfile', 'build-secrets'),
  ),
  r(
    'macOS 5000 포트 AirPlay 레지스트리',
    revisedAt('workflow', 'push-pull'),
    revisedAt('network', 'port-checklist'),
  ),
  r(
    'postgres:18 /var/lib/postgresql/data 마운트 시작 거부',
    revisedAt('workflow', 'compose-file'),
    revisedAt('containers', 'volumes'),
  ),
  r('다이제스트 배포', revisedAt('workflow', 'deploy-by-digest')),
  // dockerfile
  r('HEALTHCHECK 기본 interval retries start-interval', revisedAt('dockerfile', 'healthcheck-volume-label')),
  r('멀티스테이지', revisedAt('dockerfile', 'multi-stage')),
  r('COPY --link --chmod 같이 쓰면', revisedAt('dockerfile', 'copy-link-chmod')),
  r('# check=error=true', revisedAt('dockerfile', 'build-checks')),
  r('ARG 값 바뀌면 캐시 어디서 깨짐', revisedAt('dockerfile', 'env-vs-arg')),
  r('builder prune --reserved-space keep-storage', revisedAt('dockerfile', 'disk-usage')),
  r('도커이그노어', revisedAt('dockerfile', 'dockerignore')),
  r(
    'legacy builder is deprecated 경고',
    revisedAt('dockerfile', 'buildkit-default'),
    revisedAt('concepts', 'docker-info'),
  ),
  r(
    'exec format error arm64 이미지 amd64 서버',
    revisedAt('dockerfile', 'multi-platform'),
    revisedAt('workflow', 'build'),
  ),
  r('히어독', revisedAt('dockerfile', 'heredocs')),
  r('rm rmi 차이', revisedAt('dockerfile', 'legacy-aliases')),
  // deepDive
  r(
    'memory.max 파일 경로',
    revisedAt('deepDive', 'memory-max'),
    revisedAt('containers', 'limits-to-cgroups'),
  ),
  r('네임스페이스종류', revisedAt('deepDive', 'namespace-types')),
  r('time namespace 29.5 features time-namespaces false', revisedAt('deepDive', 'time-namespace')),
  r('CapEff 기본 capability 14개 seccomp 프로필', revisedAt('deepDive', 'capabilities-seccomp')),
  r('apparmor_restrict_unprivileged_userns ubuntu 24.04', revisedAt('deepDive', 'user-namespace')),
  r(
    '하이퍼바이져 종류',
    revisedAt('deepDive', 'hypervisor-types'),
    revisedAt('deepDive', 'hypervisor-examples'),
  ),
  r(
    'cgroup v1 deprecated 엔진 29 언제까지',
    revisedAt('deepDive', 'cgroup-v1-v2'),
    revisedAt('containers', 'limits-to-cgroups'),
  ),
  r('모놀리식 마이크로커널', revisedAt('deepDive', 'monolithic-vs-microkernelized')),
  r(
    '/mnt/c 바인드 마운트 느림',
    revisedAt('deepDive', 'wsl2-file-performance'),
    revisedAt('intro', 'prerequisites'),
  ),
  // changes
  r(
    '개정판 기준 버전 engine 29.7.2 compose 5.5',
    revisedAt('changes', 'baseline'),
    revisedAt('intro', 'prerequisites'),
  ),
  r('네트워크장 바뀐점', revisedAt('changes', 'changes-03-network')),
  // commands
  r('명령어 사전', revisedAt('commands')),
  r('docker container update 플래그', revisedAt('commands', 'container-update')),
  r(
    'buildx imagetools inspect',
    revisedAt('commands', 'buildx-imagetools-inspect'),
    revisedAt('workflow', 'ci-attestations'),
  ),
  // glossary
  r('빌드 맥락', revisedAt('glossary', 'build-context'), revisedAt('intro', 'glossary')),
  r('용어집', revisedAt('glossary'), revisedAt('intro', 'glossary')),
  r(
    'containerd-shim 정의',
    revisedAt('glossary', 'containerd-shim'),
    revisedAt('concepts', 'containerd-shim-runc'),
  ),
  // first edition (2025.02), student (b)
  f('유니온파일시스템', firstAt('concepts', 'overlay2')),
  f('도커 LXC', firstAt('concepts', 'containerd-shim-runc'), firstAt('deepDive', 'lxc-to-runc')),
  f('docker info 필드', firstAt('concepts', 'docker-info')),
  f('포그라운드 백그라운드', firstAt('containers', 'foreground-detached')),
  f('볼륨 바인드마운트 차이', firstAt('containers', 'storage-comparison')),
  f('메모리스왑', firstAt('containers', 'memory-limits')),
  f('PID1 시그널', firstAt('containers', 'pid1-signal-handling'), firstAt('containers', 'pid1-and-signals')),
  f('포트공개 문법', firstAt('network', 'publish-syntax')),
  f('도커 DNS', firstAt('network', 'embedded-dns')),
  f('iptables DOCKER-USER', firstAt('network', 'nat-and-iptables')),
  f('태그 다이제스트 차이', firstAt('workflow', 'tags-and-digests')),
  f('env파일', firstAt('workflow', 'env-file'), firstAt('workflow', 'interpolation')),
  f('컴포즈 명령어', firstAt('workflow', 'compose-commands')),
  f('CMD ENTRYPOINT', firstAt('dockerfile', 'cmd-vs-entrypoint')),
  f('빌드캐시', firstAt('dockerfile', 'build-cache')),
  f('알파인 musl', firstAt('dockerfile', 'base-images')),
  f('하이퍼바이저 종류', firstAt('deepDive', 'hypervisor-types'), firstAt('deepDive', 'hypervisor-examples')),
  f('WSL2 백엔드', firstAt('deepDive', 'wsl2-backend')),
  f('cgroups 자원', firstAt('deepDive', 'cgroup-resources')),
];

/** 열여섯째 묶음(2026-12-08, ed0ff6a의 규칙으로 한 번만 잰 100개): 터미널을 열고 따라 하는 부트캠프 학생, 동료의 환경을 그대로 재현해야 하는 QA 엔지니어 */
export const freshQueriesSixteenthBatch: readonly SectionQueryCase[] = [
  // intro
  r(
    '동료 PC랑 실습 환경 맞추려는데 이 문서 기준 Engine, Compose 버전이 뭔지 어디 나와 있나요',
    revisedAt('intro', 'prerequisites'),
    revisedAt('changes', 'baseline'),
  ),
  r('챕터 순서대로 읽어야 함? 시작하기 먼저?', revisedAt('intro', 'reading-order')),
  r('이 시리즈 원본 글 출처 ASAC 수업자료인가요', revisedAt('intro', 'origin')),
  // gettingStarted
  r(
    'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
    revisedAt('gettingStarted', 'permission-denied'),
    revisedAt('gettingStarted', 'docker-group'),
  ),
  r(
    'usermod -aG docker 했는데도 sudo 없이 안됨',
    revisedAt('gettingStarted', 'docker-group'),
    revisedAt('gettingStarted', 'permission-denied'),
  ),
  r(
    'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    revisedAt('gettingStarted', 'cannot-connect'),
  ),
  r(
    '테스트 서버 Ubuntu에 배포판 docker.io 패키지가 이미 깔려 있는데 공식 docker-ce 설치 전에 지워야 하나요',
    revisedAt('gettingStarted', 'remove-conflicting'),
    revisedAt('gettingStarted', 'linux'),
  ),
  r(
    'CI 러너 세팅할 때 get.docker.com 설치 스크립트 써도 되는지, 버전 고정이 안 될 것 같아서',
    revisedAt('gettingStarted', 'convenience-script'),
  ),
  r('Incompatible CPU detected 맥에서 도커 데스크탑 설치', revisedAt('gettingStarted', 'wrong-mac-download')),
  r(
    '도커 데스크탑 Unexpected WSL error HCS_E_HYPERV_NOT_INSTALLED',
    revisedAt('gettingStarted', 'virtualization'),
  ),
  // concepts
  r(
    '이미지랑 컨테이너 차이 뭐임 클래스 인스턴스 비유',
    revisedAt('concepts', 'container'),
    revisedAt('concepts', 'image'),
  ),
  r(
    'nginx:1.30 이라고만 쓰면 실제 풀 경로는 docker.io/library/... 인가요? 사내 레지스트리랑 헷갈려서',
    revisedAt('concepts', 'registry'),
  ),
  r(
    'VM 대신 컨테이너 쓰면 격리 수준 차이, 커널 공유해서 보안상 약한지',
    revisedAt('concepts', 'containers-vs-vms'),
    revisedAt('deepDive', 'containers-vs-vms'),
  ),
  r(
    'docker 그룹에 테스트 계정 추가하는 게 사실상 root 권한 주는 거라는데 왜 그런가요',
    revisedAt('concepts', 'daemon-privileges'),
    revisedAt('gettingStarted', 'docker-group'),
  ),
  r(
    'ps 보면 containerd-shim-runc-v2 프로세스가 컨테이너 수만큼 떠있음 정상?',
    revisedAt('concepts', 'containerd-shim-runc'),
  ),
  r(
    'RUN rm -rf 로 캐시 지웠는데 이미지 용량 안줄어듬',
    revisedAt('concepts', 'layers'),
    revisedAt('dockerfile', 'combine-and-clean'),
  ),
  r('overlay 마운트 lowerdir upperdir merged 가 각각 뭔지', revisedAt('concepts', 'overlay2')),
  r(
    'docker info Storage Driver가 내 PC는 overlayfs, 동료 서버는 overlay2로 나오는데 이미지 ID도 다르게 보여요',
    revisedAt('concepts', 'containerd-image-store'),
    revisedAt('concepts', 'docker-info'),
  ),
  r(
    'docker version 출력에 API version 1.52 (downgraded from 1.55) 라고 뜨는데 클라이언트 서버 버전 안 맞는 건가요',
    revisedAt('concepts', 'docker-version'),
  ),
  // containers
  r(
    'docker run -d ubuntu:24.04 했는데 바로 종료됨 ps에 안보임',
    revisedAt('containers', 'foreground-detached'),
  ),
  r(
    'docker stop 한 컨테이너 다시 start 하면 안에서 만든 파일 남아있어?',
    revisedAt('containers', 'lifecycle-states'),
  ),
  r(
    'restart always랑 unless-stopped, 데몬 재시작 후 동작이 다른지 테스트 서버 재부팅 시나리오 기준으로',
    revisedAt('containers', 'restart-policies'),
  ),
  r(
    '테스트 실행한 구간만 로그 뽑고 싶음 docker logs --since --until 타임스탬프 같이',
    revisedAt('containers', 'logs'),
  ),
  r(
    '테스트 끝난 컨테이너 종료 코드랑 OOMKilled 여부만 스크립트로 뽑는 inspect --format',
    revisedAt('containers', 'inspect'),
  ),
  r(
    'docker stop 할 때마다 정확히 10초 걸리고 나서야 꺼짐',
    revisedAt('containers', 'pid1-signal-handling'),
    revisedAt('containers', 'stop-sequence'),
    revisedAt('containers', 'init-and-exec-form'),
  ),
  r(
    'distroless 이미지라 docker exec sh 가 안 먹는데 컨테이너 안 어떻게 봐요',
    revisedAt('containers', 'debugging-slim-images'),
  ),
  r('postgres 볼륨 마운트 경로 어디 /var/lib/postgresql/data 맞나', revisedAt('containers', 'volumes')),
  r(
    '-v 경로 오타 냈는데 에러 없이 빈 폴더가 마운트돼서 설정이 안 먹었어요, 없는 경로면 실패하게 하려면',
    revisedAt('containers', 'mount-syntax'),
  ),
  r('--memory 300m --memory-swap 1g 주면 스왑 몇 MB', revisedAt('containers', 'memory-limits')),
  r(
    '부하 테스트 중 컨테이너가 Exited (137) 로 죽음, 메모리 제한 때문인지 확인하는 방법',
    revisedAt('containers', 'oom-killer'),
    revisedAt('containers', 'inspect'),
  ),
  r(
    '테스트 런 사이에 env=test 레이블 붙은 컨테이너만 골라서 prune 하는 법',
    revisedAt('containers', 'cleanup'),
  ),
  // network
  r(
    '기본 bridge에서 컨테이너 이름으로 ping 하면 bad address',
    revisedAt('network', 'default-bridge-limits'),
    revisedAt('network', 'embedded-dns'),
  ),
  r('ip a 치니까 veth 어쩌구 인터페이스가 잔뜩 있음', revisedAt('network', 'docker0-veth')),
  r(
    '테스트용 DB 포트를 로컬에서만 접근되게 하고 싶어요 -p 에 127.0.0.1 붙이는 방식',
    revisedAt('network', 'publish-localhost'),
  ),
  r(
    'ufw로 포트 막아놨는데 컨테이너 포트는 외부에서 그냥 열려 있음',
    revisedAt('network', 'publish-localhost'),
    revisedAt('network', 'nat-and-iptables'),
    revisedAt('containers', 'run-options'),
  ),
  r('ss -ltnp 보면 docker-proxy 가 공개 포트 잡고 있는데 꺼도 되나요', revisedAt('network', 'docker-proxy')),
  r('컨테이너 안 앱에서 호스트에 띄운 mock 서버 localhost 로 접속 안 됨', revisedAt('network', 'reach-host')),
  r(
    '컨테이너 안에서 apt-get update 하면 Temporary failure resolving',
    revisedAt('network', 'dns-troubleshooting'),
  ),
  r('컨테이너 Up 인데 브라우저 localhost:8080 접속 안됨', revisedAt('network', 'port-checklist')),
  r(
    'Docker Desktop(mac)에서 --network host 로 띄웠는데 호스트 localhost 로 안 붙어요, 리눅스 CI에선 됨',
    revisedAt('network', 'host-on-docker-desktop'),
  ),
  r(
    '디버깅용 컨테이너를 web 컨테이너랑 같은 네트워크 스택에 붙여서 127.0.0.1로 확인하고 싶음',
    revisedAt('network', 'container-network-mode'),
  ),
  r(
    'Engine 28로 올린 뒤 호스트에서 컨테이너 IP:포트로 직접 때리던 테스트가 실패함, -p 안 한 포트',
    revisedAt('network', 'direct-routing-blocked'),
    revisedAt('network', 'engine-28-changes'),
  ),
  r('macvlan ipvlan 차이 언제씀', revisedAt('network', 'driver-macvlan-ipvlan')),
  // workflow
  r('latest 태그로 받았더니 동료 환경이랑 결과가 다름', revisedAt('workflow', 'latest-tag')),
  r(
    '동료가 쓴 이미지를 태그가 아니라 sha256 다이제스트로 정확히 고정해서 받는 법, RepoDigests 값 꺼내는 것까지',
    revisedAt('workflow', 'pin-by-digest'),
  ),
  r(
    'compose.yaml image 에 @sha256 박아서 배포하고 이전 버전으로 롤백',
    revisedAt('workflow', 'deploy-by-digest'),
  ),
  r('docker-compose: command not found 하이픈 있는거 없는거', revisedAt('workflow', 'compose-v5')),
  r('compose down 하면 db 데이터도 지워져? -v 붙이면?', revisedAt('workflow', 'compose-commands')),
  r(
    '.env 파일에 적은 변수가 컨테이너 env 에 안 보여요',
    revisedAt('workflow', 'env-file'),
    revisedAt('workflow', 'interpolation'),
  ),
  r(
    '같은 변수가 셸 export, .env, environment, env_file 에 다 있을 때 컨테이너에서 최종값 우선순위',
    revisedAt('workflow', 'env-precedence'),
  ),
  r('코드 저장할 때마다 up --build 귀찮음 자동 반영', revisedAt('workflow', 'compose-watch')),
  r('compose up 순서 db 먼저 healthy 되고 web 뜨게', revisedAt('workflow', 'compose-file')),
  r(
    'GitHub Actions 에서 setup-buildx, login, metadata, build-push-action 메이저 버전 뭐 써야 하는지',
    revisedAt('workflow', 'ci-pipeline'),
  ),
  // dockerfile
  r(
    'CMD 랑 ENTRYPOINT 같이 쓰면 docker run 뒤에 인자 주면 어떻게 합쳐짐',
    revisedAt('dockerfile', 'cmd-vs-entrypoint'),
  ),
  r('ADD 로 넣은 tar.gz 가 이미지 안에서 풀려 있음', revisedAt('dockerfile', 'copy-vs-add')),
  r(
    '--build-arg 로 넘긴 값이 컨테이너 실행할 때는 없어요 ENV 로 바꿔야?',
    revisedAt('dockerfile', 'env-vs-arg'),
  ),
  r(
    '사내 npm 토큰을 빌드할 때만 쓰고 이미지나 history 에 안 남기려면',
    revisedAt('dockerfile', 'build-secrets'),
  ),
  r(
    '소스 한 줄 고쳤는데 npm ci 부터 다시 돌아요, COPY 순서 문제인가요',
    revisedAt('dockerfile', 'layer-order'),
  ),
  r(
    '빌드 시작할 때 transferring context 가 엄청 오래 걸림 node_modules',
    revisedAt('dockerfile', 'dockerignore'),
  ),
  r(
    'node:24 vs node:24-slim vs alpine vs distroless 베이스 이미지 고르는 기준',
    revisedAt('dockerfile', 'base-images'),
  ),
  r(
    '맥 M1에서 빌드한 이미지 amd64 서버에서 exec format error',
    revisedAt('dockerfile', 'multi-platform'),
    revisedAt('workflow', 'build'),
  ),
  r(
    'docker system df 에 Build Cache 가 수십 GB, 테스트 런 사이에 빌드 캐시만 비우는 명령',
    revisedAt('dockerfile', 'disk-usage'),
  ),
  // 2장 `#volumes`도 같은 답(Engine 23부터 `--all`)을 말하므로 잰 뒤에 더했습니다. 처음 잰 값은 그대로입니다.
  r(
    'docker volume prune 돌렸는데 이름 붙인 볼륨은 안 지워짐, 테스트 데이터 초기화 때문에 다 지워야 함',
    revisedAt('dockerfile', 'prune-commands'),
    revisedAt('containers', 'cleanup'),
    revisedAt('containers', 'volumes'),
  ),
  r(
    'HEALTHCHECK interval retries 설정하면 언제 unhealthy 로 바뀌나요',
    revisedAt('dockerfile', 'healthcheck-volume-label'),
  ),
  // deepDive
  r(
    '컨테이너가 그냥 리눅스 프로세스라는 말 namespace cgroups',
    revisedAt('deepDive', 'container-is-a-process'),
  ),
  r('도커 LXC 기반 아님? libcontainer runc', revisedAt('deepDive', 'lxc-to-runc')),
  r(
    '실행 중인 컨테이너의 net namespace inode 번호 /proc/<pid>/ns 로 비교',
    revisedAt('deepDive', 'inspect-namespaces'),
  ),
  r(
    '컨테이너 안 root 가 호스트에서도 UID 0 인지, userns-remap 켜면 뭐가 달라지는지',
    revisedAt('deepDive', 'user-namespace'),
  ),
  r(
    '컨테이너 root 인데 chown 이 Operation not permitted, 기본 capability 목록 CapEff',
    revisedAt('deepDive', 'capabilities-seccomp'),
  ),
  r(
    '테스트 서버 A는 cgroup v1, B는 v2 인데 메모리 제한 동작 차이 있나요, 어떤 버전인지 확인은',
    revisedAt('deepDive', 'cgroup-v1-v2'),
    revisedAt('concepts', 'docker-info'),
  ),
  r(
    'docker stats MEM USAGE 가 컨테이너 안 free 랑 다르게 나옴 어떤 값 기준인지',
    revisedAt('deepDive', 'cgroup-accounting'),
    revisedAt('containers', 'stats-top'),
  ),
  r(
    'wsl2 에서 /mnt/c 프로젝트 바인드 마운트하면 npm install 너무 느림',
    revisedAt('deepDive', 'wsl2-file-performance'),
  ),
  r('맥은 리눅스 커널 없는데 도커 어떻게 돌아가요 VMM 설정', revisedAt('deepDive', 'macos-linux-vm')),
  // changes
  r('개정판 기준 Engine 29.7.2, containerd runc 버전 어디서 확인했는지', revisedAt('changes', 'baseline')),
  r('2025.02판이랑 개정판 네트워크 장 달라진 점', revisedAt('changes', 'changes-03-network')),
  // commands
  r('도커 명령어 전체 한 페이지 요약 치트시트', revisedAt('commands')),
  r('docker image history 명령 사용법', revisedAt('commands', 'image-history')),
  r('docker container rename 어떻게 씀', revisedAt('commands', 'container-rename')),
  // glossary
  r('copy-on-write 용어 뜻', revisedAt('glossary', 'copy-on-write'), revisedAt('concepts', 'copy-on-write')),
  r('빌드 컨텍스트가 정확히 뭘 말하는 건지', revisedAt('glossary', 'build-context')),
  r('도커 용어 한국어 영어 표기 정리된 곳', revisedAt('glossary'), revisedAt('intro', 'glossary')),
  // first edition (2025.02)
  f('이미지는 수정 못함? 읽기전용이라는게 무슨 말', firstAt('concepts', 'image')),
  f('docker info 출력 너무 긴데 뭐 봐야됨', firstAt('concepts', 'docker-info')),
  f('컨테이너에서 파일 고치면 이미지도 바뀜? copy_up', firstAt('concepts', 'copy-on-write')),
  f('docker run -d ubuntu 했는데 바로 exited', firstAt('containers', 'foreground-detached')),
  f('docker logs 쳤는데 아무것도 안나옴', firstAt('containers', 'logs')),
  f('-v 랑 --mount 뭐가 다름', firstAt('containers', 'mount-syntax')),
  f('실습하다 컨테이너 쌓임 한번에 지우기', firstAt('containers', 'cleanup')),
  f('--restart on-failure 는 언제 다시 켜짐', firstAt('containers', 'restart-policies')),
  f(
    'web 컨테이너에서 db 를 ip 말고 이름으로 접속',
    firstAt('network', 'embedded-dns'),
    firstAt('network', 'worked-example'),
  ),
  f('-p 8080:80 어느쪽이 호스트 포트', firstAt('network', 'publish-syntax')),
  f('docker network 명령어 모음 create connect', firstAt('network', 'network-commands')),
  f('--network host 쓰면 -p 안먹음?', firstAt('network', 'driver-host')),
  f('compose up 하고 코드 고쳤는데 반영 안됨', firstAt('workflow', 'rebuild-loop')),
  f('로컬 레지스트리 registry:2 띄우고 push', firstAt('workflow', 'push-pull')),
  f(
    'CMD node server.js 셸형식 exec형식 차이',
    firstAt('dockerfile', 'cmd-vs-entrypoint'),
    firstAt('containers', 'init-and-exec-form'),
  ),
  f('멀티스테이지 COPY --from 어떻게 씀', firstAt('dockerfile', 'multi-stage')),
  f('docker image prune -a 하면 뭐까지 지워짐', firstAt('dockerfile', 'prune-commands')),
  f('--memory 512m 주면 cgroup 어디에 들어감', firstAt('deepDive', 'docker-resource-flags')),
  f('wsl2 가 경량 하이퍼바이저라고 배웠는데', firstAt('deepDive', 'wsl2-backend')),
];

/** 열일곱째 묶음(2026-12-08, ed0ff6a의 규칙으로 한 번만 잰 100개): 짧은 한국어, 말하듯 묻는 문장, 오류 문구, 영어만, 섞어 쓴 명령을 실제 독자 비율대로 섞은 것 */
export const freshQueriesSeventeenthBatch: readonly SectionQueryCase[] = [
  // intro
  r('도커 스터디 무슨 순서로 읽어야 돼요?', revisedAt('intro', 'reading-order')),
  r('powershell 에서 ID=$(명령) 변수 어떻게 바꿔 써', revisedAt('intro', 'prerequisites')),
  r('ASAC 블로그 원래글', revisedAt('intro', 'origin')),
  // gettingStarted
  r(
    '우분투 도커설치',
    revisedAt('gettingStarted', 'linux'),
    revisedAt('gettingStarted', 'add-repository'),
    revisedAt('gettingStarted', 'install-packages'),
  ),
  r(
    'get.docker.com 스크립트로 운영 서버에 깔아도 되나요?',
    revisedAt('gettingStarted', 'convenience-script'),
  ),
  r('docker desktop mac Incompatible CPU detected', revisedAt('gettingStarted', 'wrong-mac-download')),
  r('wsl ubuntu에서 docker: command not found 나옴', revisedAt('gettingStarted', 'wsl-integration')),
  r('Unexpected WSL error HCS_E_HYPERV_NOT_INSTALLED', revisedAt('gettingStarted', 'virtualization')),
  r('systemctl status docker failed 뜨면 로그 어디서 봐요', revisedAt('gettingStarted', 'cannot-connect')),
  r(
    'rootless 모드 언제 씀',
    revisedAt('gettingStarted', 'rootless'),
    revisedAt('deepDive', 'user-namespace'),
  ),
  // concepts
  r('이미지 컨테이너 차이', revisedAt('concepts', 'container'), revisedAt('concepts', 'image')),
  r('docker commit으로 이미지 만들어도 되나요', revisedAt('concepts', 'object-flow')),
  r(
    'what does containerd-shim do',
    revisedAt('concepts', 'containerd-shim-runc'),
    revisedAt('glossary', 'containerd-shim'),
  ),
  r('OCI 표준이 정확히 뭐임', revisedAt('concepts', 'oci-specs'), revisedAt('glossary', 'oci')),
  r(
    '다음 RUN에서 파일 지웠는데 이미지 크기 그대로임',
    revisedAt('concepts', 'layers'),
    revisedAt('dockerfile', 'combine-and-clean'),
  ),
  r('overlayfs lowerdir upperdir merged', revisedAt('concepts', 'overlay2')),
  r(
    'docker info에 Storage Driver: overlayfs 라고 나오는데 overlay2랑 뭐가 달라요',
    revisedAt('concepts', 'containerd-image-store'),
    revisedAt('concepts', 'docker-info'),
  ),
  r('API version 1.52 (downgraded from 1.55)', revisedAt('concepts', 'docker-version')),
  r('DOCKER_HOST 원격 데몬 접속', revisedAt('concepts', 'cli-and-daemon')),
  // containers
  r(
    '컨테이너 상태종류',
    revisedAt('containers', 'lifecycle-states'),
    revisedAt('containers', 'container-lifecycle'),
  ),
  r(
    'docker run -it 에서 i랑 t 각각 뭐하는 옵션임?',
    revisedAt('containers', 'foreground-detached'),
    revisedAt('containers', 'run-options'),
  ),
  r('restart unless-stopped always 차이', revisedAt('containers', 'restart-policies')),
  r(
    'docker stop 할때마다 10초씩 걸려요',
    revisedAt('containers', 'pid1-signal-handling'),
    revisedAt('containers', 'stop-sequence'),
    revisedAt('containers', 'init-and-exec-form'),
  ),
  r('container restarts every few hours exit code 137 OOMKilled true', revisedAt('containers', 'oom-killer')),
  r('distroless 이미지 셸 없는데 안에 어떻게 들어가요', revisedAt('containers', 'debugging-slim-images')),
  r('docker logs 쳐도 아무것도 안 나와요', revisedAt('containers', 'logs')),
  r('docker inspect 헬스체크 상태만 출력하기 --format', revisedAt('containers', 'inspect')),
  r(
    '볼륨이랑바인드마운트 뭐가달라',
    revisedAt('containers', 'storage-comparison'),
    revisedAt('containers', 'where-data-lives'),
  ),
  r('-v 옵션이랑 --mount 차이', revisedAt('containers', 'mount-syntax')),
  r('--cpus 1.5 의미', revisedAt('containers', 'cpu-pids-limits')),
  r('read-only 컨테이너 쓰기 경로', revisedAt('containers', 'tmpfs')),
  // network
  r(
    '컨테이너끼리 이름으로 통신',
    revisedAt('network', 'embedded-dns'),
    revisedAt('network', 'worked-example'),
  ),
  r('docker0 veth', revisedAt('network', 'docker0-veth')),
  r('기본 브릿지 네트워크 쓰지 말라는 이유가 뭔가요?', revisedAt('network', 'default-bridge-limits')),
  r('ufw로 막았는데 컨테이너 포트가 외부에서 열려있음', revisedAt('network', 'publish-localhost')),
  r('ss -ltnp 보면 docker-proxy 프로세스가 떠 있던데 이거 뭐예요', revisedAt('network', 'docker-proxy')),
  r('리눅스에서 host.docker.internal 안됨', revisedAt('network', 'reach-host')),
  r(
    'Temporary failure resolving deb.debian.org inside container',
    revisedAt('network', 'dns-troubleshooting'),
  ),
  r('컨테이너는 떴는데 브라우저에서 localhost:8080 안 열려요', revisedAt('network', 'port-checklist')),
  r(
    '--network container:web 무슨 뜻',
    revisedAt('network', 'container-network-mode'),
    revisedAt('containers', 'debugging-slim-images'),
  ),
  r(
    'docker desktop network host not working on mac localhost',
    revisedAt('network', 'host-on-docker-desktop'),
  ),
  r('네트워크 여러개 붙인 컨테이너 기본 게이트웨이 정하기', revisedAt('network', 'gateway-priority')),
  r('ipv6 네트워크 만들기', revisedAt('network', 'ipv6')),
  // workflow
  r('docker init 하면 어떤 파일이 생겨요?', revisedAt('workflow', 'docker-init')),
  r('로컬 레지스트리 띄워서 push', revisedAt('workflow', 'push-pull')),
  r('latest 태그 믿어도 됨?', revisedAt('workflow', 'latest-tag')),
  r(
    'deploy image by digest in compose file',
    revisedAt('workflow', 'deploy-by-digest'),
    revisedAt('workflow', 'pin-by-digest'),
  ),
  r('docker-compose 랑 docker compose 차이', revisedAt('workflow', 'compose-v5')),
  r('컴포즈 환경변수 우선순위', revisedAt('workflow', 'env-precedence')),
  r(
    '.env 파일이랑 env_file 같은 거 아니에요?',
    revisedAt('workflow', 'env-file'),
    revisedAt('workflow', 'interpolation'),
  ),
  r('코드 저장하면 컨테이너 자동 반영', revisedAt('workflow', 'compose-watch')),
  r('compose profiles로 일부 서비스만 띄우는 법', revisedAt('workflow', 'include-and-profiles')),
  r('github actions docker build and push workflow', revisedAt('workflow', 'ci-pipeline')),
  // dockerfile
  r('docker rmi 랑 docker image rm 같은 거임?', revisedAt('dockerfile', 'legacy-aliases')),
  // 2장 `#volumes`도 같은 답(Engine 23부터 `--all`)을 말하므로 잰 뒤에 더했습니다. 처음 잰 값은 그대로입니다.
  r(
    'docker volume prune 했는데 이름 있는 볼륨이 안 지워져요',
    revisedAt('dockerfile', 'prune-commands'),
    revisedAt('containers', 'cleanup'),
    revisedAt('containers', 'volumes'),
  ),
  r('buildx buildkit 관계', revisedAt('dockerfile', 'buildkit-default')),
  r(
    'ENTRYPOINT 있는 이미지에 docker run 뒤로 인자 주면 어떻게 돼요?',
    revisedAt('dockerfile', 'cmd-vs-entrypoint'),
  ),
  r('npm 토큰 빌드할때 안전하게 넘기기', revisedAt('dockerfile', 'build-secrets')),
  r(
    'package.json 먼저 COPY 하는 이유',
    revisedAt('dockerfile', 'layer-order'),
    revisedAt('dockerfile', 'build-cache'),
  ),
  r('node_modules 빌드 컨텍스트에서 빼기', revisedAt('dockerfile', 'dockerignore')),
  r('multi stage build example', revisedAt('dockerfile', 'multi-stage')),
  r('node 이미지 slim alpine 뭐 골라야 함', revisedAt('dockerfile', 'base-images')),
  r('빌드캐시 용량 정리 docker builder prune', revisedAt('dockerfile', 'disk-usage')),
  r('buildx --platform linux/amd64,linux/arm64 한번에 빌드', revisedAt('dockerfile', 'multi-platform')),
  // deepDive
  r('namespace 종류', revisedAt('deepDive', 'namespace-types')),
  r('/proc/<pid>/ns 로 컨테이너 namespace 확인', revisedAt('deepDive', 'inspect-namespaces')),
  r('컨테이너 root는 capability 몇 개나 남아있나요', revisedAt('deepDive', 'capabilities-seccomp')),
  r('cgroup v1 v2 차이', revisedAt('deepDive', 'cgroup-v1-v2')),
  r(
    'docker stats 메모리가 memory.current 값보다 작게 나와요',
    revisedAt('deepDive', 'cgroup-accounting'),
    revisedAt('containers', 'stats-top'),
  ),
  r('type 1 vs type 2 hypervisor examples', revisedAt('deepDive', 'hypervisor-examples')),
  r('gVisor Kata Containers 이런 건 뭐에요?', revisedAt('deepDive', 'sandboxed-runtimes')),
  r(
    '/mnt/c 에서 npm install 너무 느림',
    revisedAt('deepDive', 'wsl2-file-performance'),
    revisedAt('intro', 'prerequisites'),
  ),
  r('맥은 가상화 없이 도커가 그냥 돌아가나요?', revisedAt('deepDive', 'macos-linux-vm')),
  // changes
  r('개정판 기준 엔진 버전', revisedAt('changes', 'baseline'), revisedAt('intro', 'prerequisites')),
  r('초판이랑 비교해서 컨테이너 장 뭐 바뀌었음?', revisedAt('changes', 'changes-02-containers')),
  // commands
  r(
    'docker network 명령어 모음',
    revisedAt('commands', 'category-network'),
    revisedAt('network', 'network-commands'),
  ),
  r('도커 명령어 치트시트', revisedAt('commands')),
  r('docker volume ls rm create 명령 정리', revisedAt('commands', 'category-volume')),
  // glossary
  r('다이제스트 뜻', revisedAt('glossary', 'digest'), revisedAt('workflow', 'tags-and-digests')),
  r('빌드 맥락', revisedAt('glossary', 'build-context')),
  r('hypervisor meaning', revisedAt('glossary', 'hypervisor'), revisedAt('deepDive', 'hypervisor-types')),
  // first edition
  f('컨테이너 vm 차이', firstAt('concepts', 'containers-vs-vms'), firstAt('deepDive', 'containers-vs-vms')),
  f('copy on write가 뭐임', firstAt('concepts', 'copy-on-write')),
  f('docker info 출력 보는법', firstAt('concepts', 'docker-info')),
  f('docker cp 사용법', firstAt('containers', 'cp')),
  f('컨테이너 메모리 제한 스왑', firstAt('containers', 'memory-limits')),
  f(
    'docker rm 하면 컨테이너 안에 있던 데이터 날아가요?',
    firstAt('containers', 'writable-layer'),
    firstAt('containers', 'where-data-lives'),
  ),
  f('zombie processes in container pid 1 --init', firstAt('containers', 'init-and-exec-form')),
  f('포트포워딩 -p 문법', firstAt('network', 'publish-syntax')),
  f('macvlan ipvlan', firstAt('network', 'driver-macvlan-ipvlan')),
  f(
    '실행중인 컨테이너에 docker network connect',
    firstAt('network', 'isolation-and-connect'),
    firstAt('network', 'network-commands'),
  ),
  f('docker tag 사용법', firstAt('workflow', 'tag')),
  f('compose로 띄웠는데 코드 고친게 반영이 안돼요', firstAt('workflow', 'rebuild-loop')),
  f('docker compose up logs ps down', firstAt('workflow', 'compose-commands')),
  f('COPY ADD 차이', firstAt('dockerfile', 'copy-vs-add')),
  f('ARG ENV 차이', firstAt('dockerfile', 'env-vs-arg')),
  f(
    '이미지 용량 줄이는 방법 알려주세요',
    firstAt('dockerfile', 'smaller-images'),
    firstAt('dockerfile', 'multi-stage'),
  ),
  f('cgroups로 네트워크 대역폭도 제한 가능?', firstAt('deepDive', 'cgroup-resources')),
  f('is wsl2 a hypervisor', firstAt('deepDive', 'wsl2-backend')),
  f(
    'docker run --memory cgroup 연결',
    firstAt('deepDive', 'docker-resource-flags'),
    firstAt('containers', 'limits-and-cgroups'),
  ),
];

/** 처음 보는 검색어의 묶음, 적은 차례대로. 측정은 묶음마다 따로 냅니다(새 묶음이 처음 재는 값입니다). */
export const freshQueryBatches: readonly (readonly SectionQueryCase[])[] = [
  freshQueriesFirstBatch,
  freshQueriesSecondBatch,
  freshQueriesThirdBatch,
  freshQueriesFourthBatch,
  freshQueriesFifthBatch,
  freshQueriesSixthBatch,
  freshQueriesSeventhBatch,
  freshQueriesEighthBatch,
  freshQueriesNinthBatch,
  freshQueriesTenthBatch,
  freshQueriesEleventhBatch,
  freshQueriesTwelfthBatch,
  freshQueriesThirteenthBatch,
  freshQueriesFourteenthBatch,
  freshQueriesFifteenthBatch,
  freshQueriesSixteenthBatch,
  freshQueriesSeventeenthBatch,
];

export const freshQueries: readonly SectionQueryCase[] = freshQueryBatches.flat();
