import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { spawnSync } from 'node:child_process';
import { chapters } from '../../src/data/chapters';
import { docIdOf, findSiteContent, repositoryRoot } from '../support/contentFiles';
import {
  checkContentRules,
  defaultContentRuleOptions,
  requiredChapterSections,
  type ContentRuleOptions,
} from '../support/contentRules';
import {
  countHangulSyllables,
  formatProblem,
  parseMarkdownDocument,
  proseText,
  type ContentProblem,
} from '../../src/lib/content/markdown';

const fixtures = path.join(import.meta.dirname, '../fixtures/content');
const onlyConceptsChapter: ContentRuleOptions = {
  chapters: [{ id: '01-concepts', slug: '/concepts' }],
  minimumChapterHangulSyllables: 100,
  revisedLength: null,
  practiceRulesEdition: null,
};

const messagesOf = (problems: readonly ContentProblem[], file: string) =>
  problems.filter((problem) => problem.file === file).map((problem) => `${problem.line}: ${problem.message}`);

function assertHasProblem(messages: readonly string[], expected: RegExp): void {
  assert.ok(
    messages.some((message) => expected.test(message)),
    `${expected}에 맞는 문제가 없습니다. 실제 문제:\n${messages.join('\n')}`,
  );
}

describe('Markdown 읽기', () => {
  const source = [
    '---',
    'title: 예시',
    'tags: [docker]',
    '---',
    '',
    'import Tabs from "@theme/Tabs";',
    '',
    '## 첫 절 {#first}',
    '',
    '```bash title="run.sh"',
    '# 코드 블록 안의 제목처럼 보이는 줄',
    'docker ps',
    '```',
    '',
    '   ~~~yaml',
    '   key: 값',
    '   ~~~',
    '',
    '### `docker` 명령 **정리**',
    '',
    '### `docker` 명령 **정리**',
    '',
    '## 둘째 절 {/* #second */}',
  ].join('\n');
  const document = parseMarkdownDocument('/virtual/example.mdx', source);

  test('front matter를 YAML로 읽고 키의 줄 번호를 기억한다', () => {
    assert.deepEqual(document.frontMatter, { title: '예시', tags: ['docker'] });
    assert.equal(document.frontMatterKeyLines.get('tags'), 3);
    assert.equal(document.bodyStartLine, 5);
  });

  test('펜스 코드 블록의 언어, 제목, 내용, 시작 줄을 꺼낸다', () => {
    assert.deepEqual(
      document.codeBlocks.map((block) => [
        block.language,
        block.title,
        block.content,
        block.fenceLine,
        block.firstContentLine,
      ]),
      [
        ['bash', 'run.sh', '# 코드 블록 안의 제목처럼 보이는 줄\ndocker ps', 10, 11],
        ['yaml', null, 'key: 값', 15, 16],
      ],
    );
  });

  test('코드 블록 안의 # 줄은 제목이 아니고, id는 Docusaurus처럼 명시한 것({#id}, {/* #id */}) 또는 slug다', () => {
    assert.deepEqual(
      document.headings.map((heading) => [
        heading.level,
        heading.text,
        heading.explicitId,
        heading.id,
        heading.line,
      ]),
      [
        [2, '첫 절', 'first', 'first', 8],
        [3, '`docker` 명령 **정리**', null, 'docker-명령-정리', 19],
        [3, '`docker` 명령 **정리**', null, 'docker-명령-정리-1', 21],
        [2, '둘째 절', 'second', 'second', 23],
      ],
    );
  });

  test('한글 음절은 코드 블록, front matter, import 줄을 빼고 센다', () => {
    assert.equal(countHangulSyllables('Docker 컨테이너 123'), 4);
    assert.equal(
      countHangulSyllables(proseText(document)),
      countHangulSyllables('첫 절 명령 정리 명령 정리 둘째 절'),
    );
  });

  test('front matter YAML 오류는 파일의 줄 번호로 알린다', () => {
    const broken = parseMarkdownDocument(
      '/virtual/broken.mdx',
      '---\ntitle: 예시\ntags: [docker\n---\n\n본문',
    );
    assert.equal(broken.frontMatterProblems.length > 0, true);
    assert.match(
      formatProblem(broken.frontMatterProblems[0] as ContentProblem, '/virtual'),
      /^broken\.mdx:\d+: front matter YAML 오류/,
    );
  });
});

describe('문서 규칙: 잘못된 장', () => {
  const root = path.join(fixtures, 'bad-site');
  const { problems } = checkContentRules(findSiteContent(root), {
    ...onlyConceptsChapter,
    minimumChapterHangulSyllables: 5000,
  });
  const chapterFile = path.join(root, 'docs/01-concepts.mdx');
  const messages = messagesOf(problems, chapterFile);

  test('front matter: 짧은 description, `/` 없는 slug, 선언되지 않은 태그', () => {
    assertHasProblem(messages, /^3: `description`이 8자입니다\. .*40~180자/);
    assertHasProblem(messages, /^4: `slug: concepts`는 `\/`로 시작해야 합니다/);
    assertHasProblem(messages, /^6: 태그 `kubernetes`가 `docs\/tags\.yml`에 선언되어 있지 않습니다/);
  });

  test('제목: 본문의 h1, 건너뛴 수준, 겹치는 id', () => {
    assertHasProblem(messages, /^11: 본문에 `# 본문의 h1`\(h1\)이 있습니다/);
    assertHasProblem(
      messages,
      /^15: 제목 수준을 건너뛰었습니다: `##` 다음에 `#### 건너뛴 제목`가 왔습니다\. `###`를 쓰세요/,
    );
    assertHasProblem(messages, /^46: 제목 id `structure`가 13번째 줄의 제목과 겹칩니다/);
  });

  test('코드 블록: 언어 없음, bash 블록의 프롬프트', () => {
    assertHasProblem(messages, /^17: 코드 블록에 언어가 없습니다/);
    assertHasProblem(messages, /^22: `bash` 블록의 줄이 프롬프트 `\$ `로 시작합니다/);
  });

  test('빠진 절을 알리는 안내의 제목은 그대로 붙여 넣어도 MDX로 컴파일되고 같은 id를 만든다', () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'heading-hints-'));
    try {
      const hints = path.join(directory, 'hints.mdx');
      writeFileSync(hints, requiredChapterSections.map((section) => section.heading).join('\n\n'));
      const checked = spawnSync('node', ['scripts/check-mdx-syntax.mjs', hints], {
        cwd: repositoryRoot,
        encoding: 'utf8',
      });
      assert.equal(checked.status, 0, checked.stdout);
      for (const section of requiredChapterSections) {
        const [heading] = parseMarkdownDocument(hints, section.heading).headings;
        assert.equal(heading?.id, section.id, section.heading);
      }
      // 같은 검사가 빌드에서 실패하는 옛 안내(`{#id}`)는 잡아야 위의 통과가 뜻이 있습니다.
      const classic = path.join(directory, 'classic.mdx');
      writeFileSync(classic, '## 참고 자료 {#references}\n');
      const rejected = spawnSync('node', ['scripts/check-mdx-syntax.mjs', classic], {
        cwd: repositoryRoot,
        encoding: 'utf8',
      });
      assert.equal(rejected.status, 1, rejected.stdout);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  test('장 구성: 그림, 표, 직접 해보기 절, 셀프 체크 문항, 참고 자료와 다음 단계의 링크, 분량', () => {
    assertHasProblem(messages, /```mermaid 그림이 없습니다/);
    assertHasProblem(messages, /표\(GFM 표\)가 하나도 없습니다/);
    assertHasProblem(messages, /필수 절이 없습니다: `## 직접 해보기 \{\/\* #try-it \*\/\}`를 추가하세요/);
    assert.ok(!messages.some((message) => message.includes('#key-points')), '있는 절을 없다고 합니다');
    assertHasProblem(messages, /^27: 셀프 체크 문항\(`<details>`\)이 2개입니다\. 3~5개를 쓰세요/);
    assertHasProblem(
      messages,
      /^27: 셀프 체크 2번째 `<details>`에 질문을 담은 `<summary>…<\/summary>`가 없습니다/,
    );
    assertHasProblem(messages, /^38: 다음 단계 절에 다른 장으로 가는 상대 링크가 없습니다/);
    assertHasProblem(messages, /^42: 참고 자료 절에 https 링크가 하나도 없습니다/);
    assertHasProblem(
      messages,
      /본문\(코드 블록 제외\)의 한글이 \d+자입니다\. 장은 5,000자 이상이어야 합니다/,
    );
  });

  test('상대 링크: 없는 제목 id, 없는 파일', () => {
    assertHasProblem(
      messages,
      /^9: 링크 `\.\/02-containers\.mdx#nowhere`: `\.\/02-containers\.mdx`에 id가 `nowhere`인 제목이 없습니다/,
    );
    assertHasProblem(
      messages,
      /^9: 링크 `\.\/99-missing\.mdx`가 가리키는 파일이 이 판\(current\)에 없습니다/,
    );
  });

  test('장 목록에 없는 문서는 장 규칙을 받지 않는다', () => {
    assert.deepEqual(messagesOf(problems, path.join(root, 'docs/02-containers.mdx')), []);
  });

  test('블로그 글: 없는 작성자, 선언되지 않은 태그, 빠진 description과 truncate 표시', () => {
    const postMessages = messagesOf(problems, path.join(root, 'blog/2025-03-01-bad-post.mdx'));
    assertHasProblem(postMessages, /^4: 작성자 `nobody`가 `blog\/authors\.yml`에 없습니다/);
    assertHasProblem(postMessages, /^5: 태그 `kubernetes`가 `blog\/tags\.yml`에 선언되어 있지 않습니다/);
    assertHasProblem(postMessages, /^1: front matter에 `description`이 없습니다/);
    assertHasProblem(postMessages, /`\{\/\* truncate \*\/\}` 줄이 없습니다/);
  });
});

describe('문서 규칙: 규칙을 지킨 사이트', () => {
  const content = findSiteContent(path.join(fixtures, 'good-site'));

  test('현재 판, versions.json의 버전, 대기 중인 초판을 모두 찾는다', () => {
    assert.deepEqual(
      content.editions.map((edition) => [
        edition.name,
        edition.docFiles.map((file) => docIdOf(edition, file)),
      ]),
      [
        ['current', ['01-concepts', 'index']],
        ['version-2025.02', ['01-concepts', 'index']],
        ['edition-2025.02', ['01-concepts', 'index']],
      ],
    );
    assert.equal(content.blogPostFiles.length, 1);
  });

  test('문제가 하나도 없다', () => {
    const run = checkContentRules(content, onlyConceptsChapter);
    assert.deepEqual(
      run.problems.map((problem) => formatProblem(problem, content.root)),
      [],
    );
    assert.equal(run.checkedDocs, 6);
    assert.equal(run.checkedPosts, 1);
  });

  test('판에 장 파일이 빠지면 어느 판의 어느 장인지 알린다', () => {
    const run = checkContentRules(content, {
      ...onlyConceptsChapter,
      chapters: [...onlyConceptsChapter.chapters, { id: '02-containers', slug: '/containers' }],
    });
    const missingIn = (directory: string, edition: string) =>
      `${directory}/02-containers.mdx:1: 장 \`02-containers\`(src/data/chapters.ts)의 파일이 ${edition} 판에 없습니다.`;
    assert.deepEqual(
      run.problems.map((problem) => formatProblem(problem, content.root)),
      [
        missingIn('docs', 'current'),
        missingIn('edition-2025.02', 'edition-2025.02'),
        missingIn('versioned_docs/version-2025.02', 'version-2025.02'),
      ],
    );
  });
});

describe('문서 규칙: 개정판의 분량 상한', () => {
  const content = findSiteContent(path.join(fixtures, 'good-site'));
  const revisedChapter = path.join(content.root, 'docs/01-concepts.mdx');
  const firstEditionChapter = path.join(content.root, 'versioned_docs/version-2025.02/01-concepts.mdx');
  const syllables = countHangulSyllables(
    proseText(parseMarkdownDocument(revisedChapter, readFileSync(revisedChapter, 'utf8'))),
  );
  const withLimits = (maximumChapter: number, maximumTotal: number): ContentRuleOptions => ({
    ...onlyConceptsChapter,
    revisedLength: {
      edition: 'current',
      maximumChapterHangulSyllables: maximumChapter,
      maximumTotalHangulSyllables: maximumTotal,
      totalBasis: '검사용 상한',
    },
  });
  const format = (value: number) => value.toLocaleString('en-US');

  test('상한과 같은 분량은 통과한다', () => {
    assert.ok(syllables > 100, `검사용 장의 한글이 ${syllables}자뿐입니다`);
    const run = checkContentRules(content, withLimits(syllables, syllables));
    assert.deepEqual(
      run.problems.map((problem) => formatProblem(problem, content.root)),
      [],
    );
  });

  test('장 하나가 상한을 넘으면 개정판의 그 파일과 넘은 양을 알리고, 초판에는 상한을 두지 않는다', () => {
    const run = checkContentRules(content, withLimits(syllables - 1, syllables));
    const messages = messagesOf(run.problems, revisedChapter);
    assertHasProblem(
      messages,
      new RegExp(
        `^\\d+: 본문\\(코드 블록 제외\\)의 한글이 ${format(syllables)}자입니다\\. 개정판의 장은 ${format(syllables - 1)}자 이하여야 합니다: 1자를 줄이거나`,
      ),
    );
    assert.equal(run.problems.length, 1, run.problems.map((problem) => problem.message).join('\n'));
    assert.deepEqual(messagesOf(run.problems, firstEditionChapter), []);
  });

  test('장들의 합계가 상한을 넘으면 판 폴더에 합계, 상한의 근거, 장별 분량을 알린다', () => {
    const run = checkContentRules(content, withLimits(syllables, syllables - 10));
    assert.deepEqual(
      run.problems.map((problem) => formatProblem(problem, content.root)),
      [
        `docs:1: 개정판 장 1개의 본문 한글이 합쳐 ${format(syllables)}자입니다. 합계는 ${format(syllables - 10)}자(검사용 상한) 이하여야 합니다: 10자를 줄이세요. 장별: 01-concepts ${format(syllables)}자`,
      ],
    );
  });

  test('지정한 파일만 검사할 때는 합계를 보지 않는다', () => {
    const run = checkContentRules(content, withLimits(syllables, syllables - 10), new Set([revisedChapter]));
    assert.deepEqual(run.problems, []);
  });

  test('기본 상한은 장 12,000자, 여섯 장 합계 64,060자(71,178자의 90 %)다', () => {
    assert.equal(defaultContentRuleOptions.revisedLength?.maximumChapterHangulSyllables, 12_000);
    assert.equal(defaultContentRuleOptions.revisedLength?.maximumTotalHangulSyllables, 64_060);
    assert.equal(Math.floor(71_178 * 0.9), 64_060);
  });
});

test('검사할 문서가 없으면 통과가 아니라 실패한다', () => {
  const emptyRoot = mkdtempSync(path.join(tmpdir(), 'empty-site-'));
  try {
    const run = checkContentRules(findSiteContent(emptyRoot), onlyConceptsChapter);
    assert.ok(
      run.problems.some((problem) => problem.message.includes('검사할 문서가 하나도 없습니다')),
      run.problems.map((problem) => problem.message).join('\n'),
    );
  } finally {
    rmSync(emptyRoot, { recursive: true, force: true });
  }
});

describe('실제 콘텐츠', () => {
  const content = findSiteContent(repositoryRoot);

  test(`현재 판에 chapters.ts의 장 ${chapters.length}개가 모두 있다`, () => {
    const current = content.editions.find((edition) => edition.name === 'current');
    assert.ok(current, 'docs/ 폴더가 없습니다');
    const chapterFiles = current.docFiles.filter((file) =>
      chapters.some((chapter) => chapter.id === docIdOf(current, file)),
    );
    assert.ok(chapterFiles.length >= 6, `현재 판의 장 파일이 ${chapterFiles.length}개뿐입니다`);
  });

  test('모든 판의 문서와 블로그 글이 문서 규칙을 지킨다', (t) => {
    const run = checkContentRules(content, defaultContentRuleOptions);
    t.diagnostic(`문서 ${run.checkedDocs}개, 블로그 글 ${run.checkedPosts}개를 검사했습니다`);
    assert.ok(run.checkedDocs > 0, '검사한 문서가 없습니다');
    assert.deepEqual(
      run.problems.map((problem) => formatProblem(problem, repositoryRoot)),
      [],
    );
  });
});
