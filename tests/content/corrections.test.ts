import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { chapters } from '../../src/data/chapters';
import type { EditionChange } from '../../src/data/editionChange';
import { editionChanges } from '../../src/data/editionChanges';
import { editions } from '../../src/data/editions';
import { repositoryRoot } from '../../scripts/lib/content/contentFiles';
import {
  codeBlockLineNumbers,
  readMarkdownDocument,
  sectionLines,
  type BodyLine,
} from '../../src/lib/content/markdown';

const firstEditionDirectory = path.join(
  repositoryRoot,
  'versioned_docs',
  `version-${editions.first.version}`,
);

interface CautionBox {
  readonly title: string;
  readonly line: number;
  readonly text: string;
}

/** 한 절의 줄에서 `:::caution[제목]` 상자를 닫는 `:::`까지 읽습니다(코드 블록 안은 보지 않음). */
function cautionBoxes(lines: readonly BodyLine[], codeLines: ReadonlySet<number>): CautionBox[] {
  const boxes: CautionBox[] = [];
  const prose = lines.filter((bodyLine) => !codeLines.has(bodyLine.line));
  prose.forEach((bodyLine, index) => {
    const opening = /^:::caution\[([^\]]+)\]\s*$/.exec(bodyLine.text.trim());
    if (!opening?.[1]) return;
    const closing = prose.findIndex((later, laterIndex) => laterIndex > index && later.text.trim() === ':::');
    const body = prose.slice(index + 1, closing === -1 ? undefined : closing).map((inner) => inner.text);
    boxes.push({ title: opening[1], line: bodyLine.line, text: body.join('\n') });
  });
  return boxes;
}

test('변경 내역의 모든 정정은 초판의 그 절 안에 개정판의 해당 절로 가는 정정 상자가 있다', () => {
  const problems: string[] = [];
  let paired = 0;
  for (const chapter of chapters) {
    const changes: readonly EditionChange[] | undefined = (
      editionChanges as Readonly<Record<string, readonly EditionChange[]>>
    )[chapter.id];
    if (changes === undefined) continue;
    const file = path.join(firstEditionDirectory, `${chapter.id}.mdx`);
    const shownFile = path.relative(repositoryRoot, file);
    const document = readMarkdownDocument(file);
    const codeLines = codeBlockLineNumbers(document.codeBlocks);
    for (const change of changes.filter((candidate) => candidate.kind === '정정')) {
      const entry = `src/data/edition-changes/${chapter.id}.ts의 정정 "${change.summary.slice(0, 40)}…"`;
      if (change.firstEditionAnchor === undefined || change.revisedAnchor === undefined) {
        problems.push(`${entry}: 정정에는 firstEditionAnchor와 revisedAnchor가 모두 있어야 합니다`);
        continue;
      }
      const heading = document.headings.find((candidate) => candidate.id === change.firstEditionAnchor);
      if (heading === undefined) {
        problems.push(`${entry}: ${shownFile}에 #${change.firstEditionAnchor} 제목이 없습니다`);
        continue;
      }
      const revisedLink = `(${editions.revised.basePath}${chapter.slug}#${change.revisedAnchor})`;
      const box = cautionBoxes(sectionLines(document, heading), codeLines).find(
        (candidate) => candidate.title === '정정' && candidate.text.includes(revisedLink),
      );
      if (box === undefined) {
        problems.push(
          `${entry}: ${shownFile}:${heading.line}의 #${change.firstEditionAnchor} 절 안에 ${revisedLink}로 링크하는 :::caution[정정] 상자가 없습니다`,
        );
        continue;
      }
      paired += 1;
    }
  }
  assert.deepEqual(problems, [], problems.join('\n'));
  assert.ok(paired > 0, '정정 항목을 하나도 찾지 못했습니다');
});
