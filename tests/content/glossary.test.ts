import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { editions } from '../../src/data/editions';
import { chapterInEdition, glossary, type GlossaryEntry } from '../../src/data/glossary';
import { repositoryRoot } from '../support/contentFiles';
import { readMarkdownDocument } from '../../src/lib/content/markdown';

const editionDirectory = (version: string) =>
  version === 'current'
    ? path.join(repositoryRoot, 'docs')
    : path.join(repositoryRoot, 'versioned_docs', `version-${version}`);

test('용어집 항목이 링크하는 절(section)은 그 용어를 싣는 모든 판의 장에 있다', () => {
  const entries: readonly GlossaryEntry[] = glossary;
  const withSection = entries.filter((entry) => entry.section !== undefined);
  const problems: string[] = [];
  for (const entry of withSection) {
    for (const edition of Object.values(editions)) {
      const chapterId = chapterInEdition(entry, edition.version);
      if (chapterId === null) continue;
      const file = path.join(editionDirectory(edition.version), `${chapterId}.mdx`);
      if (!existsSync(file)) continue;
      const ids = readMarkdownDocument(file).headings.map((heading) => heading.id);
      if (!ids.includes(entry.section ?? '')) {
        problems.push(
          `${path.relative(repositoryRoot, file)}: 용어집 항목 ${entry.id}의 section #${entry.section}에 해당하는 제목이 없습니다`,
        );
      }
    }
  }
  assert.deepEqual(problems, []);
});
