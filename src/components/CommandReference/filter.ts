import type { CommandReferenceEntry } from '@site/plugins/command-reference/types';
import { normalizeForSearch } from '../TagExplorer/selection';

/**
 * 거르기 상자의 글이 항목의 이름(다른 이름 포함), 한 줄 설명, 플래그와 그 뜻 가운데 하나에 들어 있는지 봅니다.
 * 낱말을 띄어 쓰면 모든 낱말이 들어 있어야 합니다(`run -p`).
 */
export function entryMatches(entry: CommandReferenceEntry, categoryLabel: string, query: string): boolean {
  const words = normalizeForSearch(query)
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length === 0) return true;
  const haystack = normalizeForSearch(
    [
      entry.command,
      ...entry.otherNames,
      entry.summary,
      ...entry.flags,
      ...entry.flagNotes.map((note) => note.meaning ?? ''),
      categoryLabel,
    ].join('\n'),
  );
  return words.every((word) => haystack.includes(word));
}
