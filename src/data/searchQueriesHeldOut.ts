import { f, firstAt, r, revisedAt, type SectionQueryCase } from './searchSectionQueries';

/**
 * 따로 둔 검색어. `searchSectionQueries.ts`와 같은 형식이고 같은 테스트와 스크립트가 재지만,
 * 순위 규칙을 고칠 때는 이 목록의 결과를 보지 않습니다. 규칙이 기준 목록에만 맞춰졌는지 알아보는 용도입니다.
 * 새 검색어는 여기에 더하기 전에 먼저 기준 목록에 넣을지 정합니다(여기 것을 보고 규칙을 고치면 이 목록은 의미를 잃습니다).
 */

export const heldOutQueries: readonly SectionQueryCase[] = [
  r('도커 컨테이너 로그 확인', revisedAt('containers', 'logs')),
  r('로그 실시간으로 보기', revisedAt('containers', 'logs')),
  r('exec -it bash', revisedAt('containers', 'exec')),
  r('컨테이너 안으로 들어가기', revisedAt('containers', 'exec')),
  r('볼륨 vs 바인드마운트', revisedAt('containers', 'storage-comparison')),
  r('데이터 영구 저장', revisedAt('containers', 'where-data-lives', 'volumes')),
  r('멀티스테이지빌드', revisedAt('dockerfile', 'multi-stage')),
  r('이미지 사이즈 줄이는 방법', revisedAt('dockerfile', 'smaller-images')),
  r('entrypoint cmd 차이점', revisedAt('dockerfile', 'cmd-vs-entrypoint')),
  r('ADD 와 COPY', revisedAt('dockerfile', 'copy-vs-add')),
  r('ARG ENV', revisedAt('dockerfile', 'env-vs-arg')),
  r('빌드 캐시 재사용', revisedAt('dockerfile', 'build-cache')),
  r('alpine distroless 차이', revisedAt('dockerfile', 'base-images')),
  r('컨테이너 root 로 실행', revisedAt('dockerfile', 'non-root'), revisedAt('deepDive', 'user-namespace')),
  r('포트포워딩', revisedAt('network', 'port-publishing', 'publish-syntax')),
  r('-p 8080:80', revisedAt('network', 'publish-syntax')),
  r('컨테이너 간 통신 이름', revisedAt('network', 'embedded-dns')),
  r('호스트 네트워크', revisedAt('network', 'driver-host', 'host-on-docker-desktop')),
  r('컨테이너에서 호스트 DB 접속', revisedAt('network', 'reach-host')),
  r('포트 안열림', revisedAt('network', 'port-checklist')),
  r('이름 해석 안됨', revisedAt('network', 'dns-troubleshooting', 'embedded-dns')),
  r('다이제스트 배포', revisedAt('workflow', 'deploy-by-digest')),
  r('env_file environment 차이', revisedAt('workflow', 'env-file')),
  r('compose 파일 나누기', revisedAt('workflow', 'include-and-profiles')),
  r('코드 수정 자동 반영', revisedAt('workflow', 'compose-watch')),
  r('이미지 레지스트리에 올리기', revisedAt('workflow', 'push-pull')),
  r('namespace 확인', revisedAt('deepDive', 'inspect-namespaces')),
  r(
    'cgroup 메모리 제한 원리',
    revisedAt('deepDive', 'memory-max'),
    revisedAt('containers', 'limits-to-cgroups'),
  ),
  r('Hyper-V', revisedAt('deepDive', 'hyper-v-backend')),
  r('맥에서 도커는 어떻게 돌아가', revisedAt('deepDive', 'macos-linux-vm')),
  r('runc 역할', revisedAt('concepts', 'containerd-shim-runc')),
  r('docker version 출력', revisedAt('concepts', 'docker-version')),
  r('docker image prune', revisedAt('commands', 'image-prune'), revisedAt('dockerfile', 'prune-commands')),
  r(
    '컨테이너 메모리 사용량',
    revisedAt('containers', 'stats-top'),
    revisedAt('deepDive', 'cgroup-accounting'),
  ),
  r('restart always', revisedAt('containers', 'restart-policies')),
  f('도커 로그 보기', firstAt('containers', 'logs')),
  f('멀티스테이지', firstAt('dockerfile', 'multi-stage')),
  f('포트 매핑', firstAt('network', 'port-publishing', 'publish-syntax')),
  f(
    'wsl2 필요한 이유',
    firstAt('deepDive', 'windows-needs-virtualization', 'needs-linux-kernel', 'wsl2-backend'),
  ),
  f('태그 다이제스트 차이', firstAt('workflow', 'tags-and-digests')),
];
