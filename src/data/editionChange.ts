/** 초판(2025.02)과 개정판 사이에서 한 장이 어떻게 달라졌는지 한 항목씩 적습니다. */
export type EditionChangeKind = '추가' | '정정' | '보강' | '삭제';

export interface EditionChange {
  readonly kind: EditionChangeKind;
  /** 무엇이 바뀌었는지 한 문장 (합니다체) */
  readonly summary: string;
  /** 개정판에서 해당 부분의 제목 id. 삭제된 내용이면 없습니다. */
  readonly revisedAnchor?: string;
  /** 초판에서 해당 부분의 제목 id. 새로 추가된 내용이면 없습니다. */
  readonly firstEditionAnchor?: string;
}
