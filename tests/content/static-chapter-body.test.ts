import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { docIdOf, findSiteContent, repositoryRoot } from '../../scripts/lib/content/contentFiles';
import { chapters } from '../../src/data/chapters';
import { staticChapterComponents } from '../../src/staticBody/staticComponents';

/** 코드 블록(들여 쓴 것 포함)과 인라인 코드 밖에서 MDX가 쓰는 JSX 컴포넌트 이름(대문자로 시작하는 태그) */
function componentsUsedIn(source: string): string[] {
  const outsideCode = source
    .replace(/^[ \t]*(```+|~~~+)[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm, '')
    .replace(/`[^`\n]*`/g, '');
  return [...outsideCode.matchAll(/<([A-Z][\w.]*)(?=[\s/>])/g)].map((match) => match[1] ?? '');
}

test('장 MDX는 하이드레이션하지 않아도 동작하는 컴포넌트만 쓴다 (src/staticBody/staticComponents.ts)', () => {
  const content = findSiteContent(repositoryRoot);
  const problems: string[] = [];
  let checked = 0;
  for (const edition of content.editions) {
    for (const file of edition.docFiles) {
      if (!chapters.some((chapter) => chapter.id === docIdOf(edition, file))) continue;
      checked += 1;
      for (const name of new Set(componentsUsedIn(readFileSync(file, 'utf8')))) {
        if (!staticChapterComponents.includes(name)) {
          problems.push(`${path.relative(repositoryRoot, file)}: <${name}>`);
        }
      }
    }
  }
  assert.ok(checked >= 12, `검사한 장 파일이 ${checked}개뿐입니다(두 판의 장)`);
  assert.deepEqual(problems, [], '서버 HTML 그대로인 장 본문에서 움직이지 않을 수 있는 컴포넌트');
});

test('컴포넌트를 찾는 규칙은 코드 블록 안의 꺾쇠를 세지 않는다', () => {
  const source = [
    '<Baseline />',
    '',
    '```bash',
    'cat <<EOF',
    '<Tabs>',
    'EOF',
    '```',
    '',
    '1. 목록',
    '   ```text',
    '   <BROADCAST,UP> <Tabs>',
    '   ```',
    '',
    '`<<EOF`와 `<Tabs>`는 글자입니다. <Tabs>',
  ].join('\n');
  assert.deepEqual(componentsUsedIn(source), ['Baseline', 'Tabs']);
});
