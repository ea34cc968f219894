import { chapters, changesAnchorOf } from '../chapters';
import type { SectionKeywords } from './types';

/**
 * 변경 내역의 장마다의 부분(`#changes-03-network`, 제목은 장 이름)은 `EditionChanges`가 만듭니다. 학습자는 `초판이랑
 * 개정판 네트워크 장 뭐 달라짐`처럼 묻고, 활용형(`바뀐`, `바뀜`, `달라짐`)은 앞부분으로 이어지지 않아 모두 적습니다.
 * `챕터`라고 부르는 사람과 영어로 묻는 사람(`network chapter what changed`)의 말도 적습니다.
 */
const chapterChangeKeywords: SectionKeywords = Object.fromEntries(
  chapters.map((chapter) => [
    changesAnchorOf(chapter),
    [
      `초판 개정판 ${chapter.title} 장 바뀐 점`,
      `${chapter.title} 장 바뀜`,
      `${chapter.title} 장 달라짐`,
      `${chapter.title} 장 달라진 점`,
      `${chapter.number}장 변경`,
      `${chapter.title} 챕터 새로 추가된 내용`,
      `${chapter.title} chapter changed since first edition`,
    ],
  ]),
);

/**
 * 모음 페이지(변경 내역, 명령어 사전, 용어집)의 학습자 말. 키 `''`는 첫 `##` 앞의 도입부(페이지 첫머리)입니다.
 * 모음 페이지는 순위에서 낮추지만, 학습자의 말이 검색어를 모두 담으면 그 페이지를 찾는 검색어로 보고 덜 낮춥니다.
 */
export const changesKeywords: SectionKeywords = {
  '': [
    '초판 개정판 차이',
    '개정판 바뀐 내용',
    '달라진 점',
    '업데이트 내역',
    '수정 사항',
    'changelog',
    '정정 목록',
  ],
  ...chapterChangeKeywords,
  baseline: [
    '기준 버전',
    '도커 엔진 버전',
    'Docker Desktop 버전',
    'Compose 버전',
    '몇 버전 기준',
    '최신 버전',
  ],
};

export const commandsKeywords: SectionKeywords = {
  '': [
    '명령어 모음',
    '명령어 목록',
    '치트시트',
    'cheat sheet',
    'CLI 레퍼런스',
    '전체 명령어',
    '명령어 정리',
    'docker 명령어 전체',
    '명령어 한눈에',
  ],
};

export const glossaryKeywords: SectionKeywords = {
  '': ['용어 정리', '용어 모음', '단어 뜻', '개념 사전', '용어 뜻 모음'],
};
