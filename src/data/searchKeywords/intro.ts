import type { SectionKeywords } from './types';

/** 시리즈 소개(개정판 `docs/index.mdx`; 초판도 같은 id의 절에 씁니다) */
export const introKeywords: SectionKeywords = {
  'reading-order': [
    '목차',
    '공부 순서',
    '학습 순서',
    '장별 내용',
    '커리큘럼',
    '로드맵',
    '어디서부터 시작',
    '처음 배우는 사람',
  ],
  prerequisites: [
    '실습 환경',
    '기준 버전',
    'PowerShell 명령 바꾸기',
    '파워셸',
    'bash zsh 셸',
    '${PWD}',
    'curl.exe',
    'WSL 실습 폴더 /mnt/c',
    'Docker Desktop 결과 다름',
  ],
  origin: ['ASAC', '부트캠프', '원래 블로그 글', '출처', '시리즈 유래', '개정판 새로 쓴 이유'],
  glossary: ['용어집', '용어 뜻', '영어 용어', '단어 뜻 찾기', '표기 통일', '한국어 영어 이름'],
};
