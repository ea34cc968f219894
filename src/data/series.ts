import { chapterCount, koreanCountWord } from '../lib/chapterCount';

/** 사이트 전체가 같은 말로 시리즈를 소개하도록 한곳에 둡니다. 장의 수는 `src/data/chapters.ts`에서 셉니다. */
export const series = {
  name: '도커 스터디',
  homeTitle: '커널부터 이해하는 Docker',
  description: `Docker를 Linux 커널 기능부터 이해하려는 학습자를 위한 한국어 시리즈입니다. 개념, 컨테이너, 네트워크, 워크플로, Dockerfile 최적화, 심화 내용을 ${koreanCountWord(chapterCount('revised'))} 장으로 다룹니다.`,
  lead: '명령어를 외우는 대신 Docker가 무엇을 하는지 이해하려는 분을 위한 학습 노트입니다. 이미지와 컨테이너의 관계에서 시작해 네트워크와 배포 흐름을 거쳐, namespace와 cgroups, 하이퍼바이저까지 차례로 내려갑니다.',
} as const;
