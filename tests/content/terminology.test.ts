import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { glossary } from '../../src/data/glossary';
import { terms } from '../../src/data/terms';
import { fixtureGlossary } from '../fixtures/content/terminology/glossary';
import { allDocFiles, findSiteContent, repositoryRoot } from '../support/contentFiles';
import {
  formatProblem,
  parseMarkdownDocument,
  readMarkdownDocument,
  type ContentProblem,
} from '../../src/lib/content/markdown';
import {
  checkDocumentTerminology,
  checkGlossaryTerminology,
  checkTagsFileTerminology,
  refusedPattern,
  wrapCodeFontTerms,
} from '../support/terminology';

const fixtureRoot = path.join(import.meta.dirname, '../fixtures/content/terminology');
const shown = (problems: readonly ContentProblem[]) =>
  problems.map((problem) => formatProblem(problem, fixtureRoot));

describe('용어 검사: 검사용 문서', () => {
  const problems = shown(
    checkDocumentTerminology(readMarkdownDocument(path.join(fixtureRoot, 'docs/01-terms.mdx'))),
  );
  const at = (line: number) =>
    problems.filter((problem) => problem.startsWith(`docs/01-terms.mdx:${line}: `));

  test('쓰지 않는 표기마다 파일, 줄, 고른 표기를 알린다', () => {
    assert.deepEqual(at(11), [
      "docs/01-terms.mdx:11: 쓰지 않는 표기 '빌드 맥락' → 고른 표기 '빌드 컨텍스트' (src/data/terms.ts의 build-context: Docker 문서의 build context를 엔지니어가 부르는 그대로 옮깁니다. 장 본문과 CLI 도움말 번역이 이 표기를 씁니다.)",
    ]);
    assert.equal(at(12).length, 2, at(12).join('\n'));
    assert.match(at(12).join('\n'), /'계측' → 고른 표기 '계량'/);
    assert.match(
      at(12).join('\n'),
      /코드 글꼴 밖의 'cgroups' → 고른 표기 `cgroups`\(백틱으로 감싼 코드 글꼴\)/,
    );
    assert.equal(at(13).length, 3, at(13).join('\n'));
    assert.match(at(13).join('\n'), /'바탕 이미지' → 고른 표기 '베이스 이미지'/);
    assert.match(at(13).join('\n'), /'처리기' → 고른 표기 '핸들러'/);
    assert.match(at(13).join('\n'), /코드 글꼴 밖의 'Dockerfile' → 고른 표기 `Dockerfile`/);
    assert.match(at(15).join('\n'), /'우아한 종료' → 고른 표기 '정상 종료'/);
    assert.equal(at(36).length, 3, at(36).join('\n'));
    assert.match(at(36).join('\n'), /'Docker 엔진' → 고른 표기 'Docker Engine'/);
    assert.match(at(36).join('\n'), /'containerd 이미지 저장소' → 고른 표기 '이미지 스토어'/);
    assert.match(at(36).join('\n'), /'정중하게 종료' → 고른 표기 '정상 종료'/);
    assert.equal(at(37).length, 1, at(37).join('\n'));
    assert.match(at(37).join('\n'), /'외부 저장소' → 고른 표기 '저장 공간'/);
  });

  test('-십시오 꼴을 -세요로 고치라고 알린다', () => {
    assert.deepEqual(at(14), [
      "docs/01-terms.mdx:14: '확인하십시오'는 -십시오 꼴입니다. 안내는 -세요로 쓰세요(예: 확인하십시오 → 확인하세요).",
    ]);
  });

  test('front matter의 설명도 검사하지만, 코드 글꼴 규칙은 본문에만 적용한다', () => {
    assert.deepEqual(
      at(3).map((problem) => problem.replace(/ \(src\/data\/terms\.ts.*$/, '')),
      ["docs/01-terms.mdx:3: 쓰지 않는 표기 '빌드 맥락' → 고른 표기 '빌드 컨텍스트'"],
    );
  });

  test('인라인 코드, 인용, 바깥 링크의 제목, 링크 주소, JSX 속성, 허용한 말, 코드 블록은 걸리지 않는다', () => {
    const flaggedLines = new Set(problems.map((problem) => Number(problem.split(':')[1])));
    assert.deepEqual(
      [...flaggedLines].sort((a, b) => a - b),
      [3, 11, 12, 13, 14, 15, 36, 37],
    );
  });
});

test('코드 글꼴 고치기: 검사가 걸어 둔 자리만 백틱으로 감싸고 나머지는 그대로 둔다', () => {
  const file = path.join(fixtureRoot, 'docs/01-terms.mdx');
  const source = readFileSync(file, 'utf8');
  const { text, count } = wrapCodeFontTerms(file, source);
  assert.equal(count, 2);
  const before = source.split('\n');
  const after = text.split('\n');
  assert.equal(after[11], '`cgroups`는 CPU 사용량을 계측합니다.');
  assert.equal(after[12], '`Dockerfile`의 첫 줄과 바탕 이미지, 그리고 처리기가 한 줄에 셋입니다.');
  const changed = after.flatMap((line, index) => (line === before[index] ? [] : [index + 1]));
  assert.deepEqual(changed, [12, 13]);
  const remaining = checkDocumentTerminology(parseMarkdownDocument(file, text)).filter((problem) =>
    problem.message.startsWith('코드 글꼴 밖의'),
  );
  assert.deepEqual(remaining, []);
});

test('용어 검사: 태그 설명은 쓰지 않는 표기만 보고 태그 이름과 코드 글꼴은 보지 않는다', () => {
  assert.deepEqual(
    shown(checkTagsFileTerminology(path.join(fixtureRoot, 'tags.yml'))).map((problem) =>
      problem.replace(/ \(src\/data\/terms\.ts.*$/, ''),
    ),
    ["tags.yml:4: 쓰지 않는 표기 '계측' → 고른 표기 '계량'"],
  );
});

test('용어 검사: 용어집 데이터는 값이 적힌 줄을 알린다', () => {
  const problems = shown(checkGlossaryTerminology(path.join(fixtureRoot, 'glossary.ts'), fixtureGlossary));
  assert.equal(problems.length, 2, problems.join('\n'));
  assert.ok(
    problems.every((problem) => problem.startsWith('glossary.ts:16: ')),
    problems.join('\n'),
  );
  assert.match(problems.join('\n'), /'계측' → 고른 표기 '계량'/);
  assert.match(problems.join('\n'), /코드 글꼴 밖의 'cgroups'/);
});

describe('용어 목록(src/data/terms.ts)', () => {
  test('키가 겹치지 않고, 모든 용어에 쓰지 않는 표기와 이유가 있다', () => {
    assert.equal(new Set(terms.map((term) => term.id)).size, terms.length);
    for (const term of terms) {
      assert.ok(term.refused.length > 0, `${term.id}: refused가 비었습니다`);
      assert.ok(term.reason.trim().length > 10, `${term.id}: reason이 없습니다`);
    }
  });

  test('고른 표기가 다른 용어의 쓰지 않는 표기를 품지 않는다', () => {
    for (const term of terms.filter((candidate) => !('codeFont' in candidate))) {
      for (const other of terms.filter((candidate) => !('codeFont' in candidate))) {
        for (const variant of other.refused) {
          assert.doesNotMatch(
            term.term,
            refusedPattern(variant, false),
            `${term.id}의 표기 '${term.term}'가 ${other.id}의 쓰지 않는 표기 '${variant}'를 품습니다`,
          );
        }
      }
    }
  });

  test('용어집 항목 가운데 용어 목록과 키가 같은 것은 고른 표기를 이름으로 쓴다', () => {
    const shared = glossary.filter((entry) => terms.some((term) => term.id === entry.id));
    assert.ok(shared.length >= 4, `용어 목록과 이어진 용어집 항목이 ${shared.length}개뿐입니다`);
    for (const entry of shared) {
      assert.equal(entry.korean, terms.find((term) => term.id === entry.id)?.term, entry.id);
    }
  });
});

test('실제 콘텐츠: 두 판의 문서, 블로그 글, 용어집 데이터, 태그 설명에 쓰지 않는 표기와 -십시오가 없다', (t) => {
  const content = findSiteContent(repositoryRoot);
  const files = [...allDocFiles(content), ...content.blogPostFiles];
  assert.ok(files.length > 12, `검사할 글이 ${files.length}개뿐입니다`);
  const tagsFiles = [
    ...new Set(
      [...content.editions.map((edition) => edition.tagsFile), content.blogTagsFile].filter(
        (file): file is string => file !== null,
      ),
    ),
  ];
  const problems = [
    ...files.flatMap((file) => checkDocumentTerminology(readMarkdownDocument(file))),
    ...tagsFiles.flatMap((file) => checkTagsFileTerminology(file)),
    ...checkGlossaryTerminology(path.join(repositoryRoot, 'src/data/glossary.ts'), glossary),
  ];
  t.diagnostic(
    `글 ${files.length}개, 태그 파일 ${tagsFiles.length}개, 용어집 항목 ${glossary.length}개를 검사했습니다`,
  );
  assert.deepEqual(
    problems.map((problem) => formatProblem(problem, repositoryRoot)),
    [],
  );
});
