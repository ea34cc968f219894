/** `plugins/reading-stats`의 전역 데이터: 판 키(`revised`, `first`) → 장 id → 값 */
export type ReadingStatsData = Record<
  string,
  Record<string, { readonly minutes: number; readonly sections: number }>
>;
