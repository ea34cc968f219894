/**
 * 절마다 학습자가 그 절을 찾을 때 칠 말(책의 제목과 다른 말)입니다. 키는 절 제목의 id(`exec`), 값은 그 절이 실제로
 * 답하는 것을 학습자의 말로 적은 낱말과 짧은 구입니다. 검색은 이 말을 절 제목보다 조금 낮게 칩니다.
 */
export type SectionKeywords = Readonly<Record<string, readonly string[]>>;
