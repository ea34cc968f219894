import { f, firstAt, r, revisedAt, type SectionQueryCase } from './searchSectionQueries';

/**
 * 처음 보는 검색어. 검색 코드와 다른 검색어 목록을 보지 않은 사람이 장의 본문만 읽고, 학습자가 문제를 겪을 때
 * 치는 말투(오류 메시지 붙여넣기, 음차, 띄어쓰기 없이, 오타, 질문형)로 적은 두 묶음 120개입니다. 제목의 낱말을 옮기지
 * 않고 바꾸어 말했고, 답하는 절이 여럿이면 모두 적었습니다.
 *
 * `searchQueriesHeldOut.ts`처럼 순위 규칙을 고칠 때 보지 않는 목록입니다. 이 목록의 첫 측정값(규칙을 고치기 전)은
 * README 검색 절에 적었습니다.
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

export const freshQueries: readonly SectionQueryCase[] = [
  ...freshQueriesFirstBatch,
  ...freshQueriesSecondBatch,
];
