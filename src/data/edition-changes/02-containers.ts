import type { EditionChange } from '../editionChange';

export const changes = [
  {
    kind: '보강',
    summary:
      '자원 제한이 cgroups로 구현된다는 설명을 넘어, 지금 배포판의 기본인 cgroup v2에서 각 옵션이 memory.max, memory.swap.max, cpu.max, pids.max 같은 어떤 파일이 되는지 표로 정리했습니다.',
    revisedAnchor: 'limits-to-cgroups',
    firstEditionAnchor: 'limits-and-cgroups',
  },
  {
    kind: '추가',
    summary:
      'cgroup v2 호스트에서 docker stats의 메모리, CPU, PIDS 값이 어떤 cgroup 파일에서 오고 CLI가 inactive_file 캐시를 어떻게 빼는지 설명하는 절을 추가했습니다.',
    revisedAnchor: 'stats-on-cgroup-v2',
  },
  {
    kind: '추가',
    summary:
      '메모리 한도에 닿았을 때 cgroup 안에서 OOM 킬러가 동작하는 과정, PID 1과 자식 프로세스가 희생될 때의 차이, 종료 코드 137과 State.OOMKilled 확인법을 다루는 절을 추가했습니다.',
    revisedAnchor: 'oom-killer',
  },
  {
    kind: '보강',
    summary:
      '--mount 키 전체를 표로 정리하고, 바인드 마운트 원본이 없을 때 -v와 --mount가 다르게 동작하는 점과 Engine 26에서 들어온 volume-subpath 사용법을 보탰습니다.',
    revisedAnchor: 'mount-syntax',
    firstEditionAnchor: 'mount-syntax',
  },
  {
    kind: '보강',
    summary:
      '재시작 정책 표에 데몬 재시작 때의 동작을 나누어 적고, 두 배씩 늘어나는 재시작 간격, --rm과의 충돌, docker update로 정책 바꾸기, 호스트 프로세스 관리자와의 충돌을 설명했습니다.',
    revisedAnchor: 'restart-policies',
    firstEditionAnchor: 'restart-policies',
  },
  {
    kind: '보강',
    summary:
      'docker container prune에 until과 label 필터를 걸어 오래된 컨테이너나 특정 레이블의 컨테이너만 골라 지우는 방법을 보탰습니다.',
    revisedAnchor: 'cleanup',
    firstEditionAnchor: 'cleanup',
  },
  {
    kind: '추가',
    summary:
      '셸이 없는 이미지를 디버깅하는 방법으로 namespace를 공유하는 도구 컨테이너와 Docker Desktop의 docker debug를 소개하는 절을 추가했습니다.',
    revisedAnchor: 'debugging-slim-images',
  },
] as const satisfies readonly EditionChange[];
