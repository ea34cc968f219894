import type { SectionKeywords } from './types';

/** 시리즈 소개(개정판 `docs/index.mdx`; 초판도 같은 id의 절에 씁니다) */
export const introKeywords: SectionKeywords = {
  'reading-order': [
    '목차',
    '공부 순서',
    '학습 순서',
    '어느 장부터 읽어야',
    '장별 내용',
    '커리큘럼',
    '로드맵',
    '어디서부터 시작',
    '처음 배우는 사람',
  ],
  prerequisites: [
    '실습 전 준비',
    '실습 환경',
    'PowerShell로 따라 하려면',
    'PowerShell 파워셸 문법 차이',
    '${PWD} PowerShell 볼륨 경로',
    '줄 끝 백슬래시 백틱',
    'curl.exe Invoke-WebRequest',
    'grep 대신 Select-String',
    "token '&&' is not a valid statement separator",
    'PowerShell 파일 UTF-16 저장',
    'WSL 실습 폴더 홈 디렉터리',
    'Docker Desktop에서 ip iptables 결과 다름',
  ],
  origin: [
    'ASAC',
    '부트캠프',
    '원래 블로그 글',
    '시리즈 출처',
    '시리즈 유래',
    '개정판 새로 쓴 이유',
    '초판 정정 상자',
  ],
  glossary: [
    '용어집 어디',
    '용어 표기 통일',
    '한국어 영어 용어 이름',
    '쓰지 않는 표기',
    '빌드 맥락 표기',
    '같은 개념 같은 용어',
  ],
};
