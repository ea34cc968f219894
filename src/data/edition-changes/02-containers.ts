import type { EditionChange } from '../editionChange';

export const changes = [
  {
    kind: '보강',
    summary:
      '상태 표에 docker ps의 헬스체크 표시((healthy), (health: starting))를 더하고, 그것이 상태가 아니라 검사 결과이며 Docker Engine은 unhealthy 컨테이너를 재시작하지 않는다는 점을 적었습니다.',
    revisedAnchor: 'lifecycle-states',
    firstEditionAnchor: 'lifecycle-states',
  },
  {
    kind: '보강',
    summary:
      'docker run 옵션 가운데 -i, -t, --rm도 저장되는 컨테이너 설정이고 CLI 쪽 설정은 -d, --sig-proxy, --detach-keys뿐이라는 점, 실행 중에 바꿀 수 있는 것(docker update, docker rename, docker network connect)을 바로잡아 적었습니다.',
    revisedAnchor: 'docker-run',
    firstEditionAnchor: 'docker-run',
  },
  {
    kind: '보강',
    summary:
      '재시작 정책 표에 데몬 재시작 때의 동작을 나누어 적고, 두 배씩 늘어나는 재시작 간격, --rm과의 충돌, 호스트 프로세스 관리자와의 충돌을 설명했습니다.',
    revisedAnchor: 'restart-policies',
    firstEditionAnchor: 'restart-policies',
  },
  {
    kind: '보강',
    summary:
      'docker exec로 띄운 프로세스가 받는 환경 변수는 컨테이너 설정에 저장된 값이며, PID 1의 진입점 스크립트가 실행 중에 export한 변수는 보이지 않는다는 점을 적었습니다.',
    revisedAnchor: 'exec',
    firstEditionAnchor: 'exec',
  },
  {
    kind: '추가',
    summary:
      '셸이 없는 이미지를 디버깅하는 방법으로 namespace를 공유하는 도구 컨테이너와 Docker Desktop의 docker debug를 소개하는 절을 추가했습니다.',
    revisedAnchor: 'debugging-slim-images',
  },
  {
    kind: '보강',
    summary:
      '볼륨 예를 postgres:18로 바꾸고 데이터 볼륨을 /var/lib/postgresql에 붙여야 한다는 점, Engine 23부터 docker volume prune이 익명 볼륨만 지우고 이름 있는 볼륨에는 -a가 필요하다는 점을 적었습니다.',
    revisedAnchor: 'volumes',
    firstEditionAnchor: 'volumes',
  },
  {
    kind: '정정',
    summary:
      'tmpfs의 내용도 호스트 메모리가 모자라면 스왑으로 내려갈 수 있으므로 "디스크에 흔적이 남지 않는다"고 약속하지 않게 고치고, 비밀 값을 둘 때의 주의를 더했습니다.',
    revisedAnchor: 'tmpfs',
    firstEditionAnchor: 'tmpfs',
  },
  {
    kind: '보강',
    summary:
      '--mount 키를 표로 정리하고, 바인드 마운트 원본이 없을 때 -v는 빈 디렉터리를 만들고 --mount는 기본적으로 오류를 낸다는 차이(bind-create-src로 바꿀 수 있음)를 직접 해보기에서 확인하게 했습니다.',
    revisedAnchor: 'mount-syntax',
    firstEditionAnchor: 'mount-syntax',
  },
  {
    kind: '보강',
    summary:
      'CPU 가중치가 runc 1.3.2부터 cpu.weight 100(그 전에는 39)으로 환산되는 점과, Engine 29의 containerd 2.x에서 nofile 기본 한도가 1024라 --ulimit으로 정해야 한다는 점을 더했습니다.',
    revisedAnchor: 'cpu-pids-limits',
    firstEditionAnchor: 'cpu-pids-limits',
  },
  {
    kind: '보강',
    summary:
      '자원 옵션이 cgroup 파일로 기록된다는 설명에 cgroup v1 폐기 예정(Engine 29)과 --oom-kill-disable, --kernel-memory의 처지를 더하고, 옵션별 cgroup v2 파일과 docker stats가 읽는 값은 6장으로 모아 연결했습니다.',
    revisedAnchor: 'limits-to-cgroups',
    firstEditionAnchor: 'limits-and-cgroups',
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
      '컨테이너 정리에 until과 label 필터를 보태고, docker container prune은 이름으로 거를 수 없으므로 이름으로 지울 때는 부분 일치인 docker ps의 name 필터를 ^이름$으로 쓴다는 점, docker system prune이 --volumes 없이는 볼륨을 지우지 않는다는 점을 적었습니다.',
    revisedAnchor: 'cleanup',
    firstEditionAnchor: 'cleanup',
  },
  {
    kind: '보강',
    summary:
      '직접 해보기에 헬스체크 상태 보기, docker logs와 docker exec, 이름 있는 볼륨이 docker rm 뒤에도 남는지 확인하기, 없는 원본을 -v와 --mount로 마운트해 비교하기를 더하고, 모든 단계가 만든 컨테이너와 볼륨을 지우게 했습니다.',
    revisedAnchor: 'try-it',
    firstEditionAnchor: 'try-it',
  },
] as const satisfies readonly EditionChange[];
