import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSearchIndex, type PageToIndex } from '../../plugins/search-local-ko/buildIndex';
import { makeSnippet, SearchEngine, withinOneEdit } from '../../src/search/engine';
import { findHighlightRanges, toSegments } from '../../src/search/highlight';

function page(url: string, title: string, sections: readonly [heading: string, text: string][]): PageToIndex {
  return {
    url,
    kind: 'docs',
    content: {
      title,
      sections: sections.map(([heading, text], index) => ({
        heading,
        anchor: heading ? `s${index}` : '',
        level: heading ? (2 as const) : (1 as const),
        text,
      })),
    },
  };
}

/** 판 하나(개정판)의 페이지들로 색인을 만들고 그 색인의 검색 엔진을 돌려줍니다. */
function engineFor(pages: readonly PageToIndex[]): SearchEngine {
  return new SearchEngine(buildSearchIndex('current', pages));
}

const index = buildSearchIndex('current', [
  page('/docs/containers', 'Docker 컨테이너', [
    ['', '컨테이너가 만들어지고 지워지기까지를 다룹니다.'],
    [
      'docker run은 무엇을 하는가',
      'docker run은 컨테이너를 만들고 실행합니다. 컨테이너에서 명령을 실행할 때는 docker exec를 씁니다.',
    ],
  ]),
  page('/docs/network', 'Docker Network', [
    ['', '네트워크의 드라이버를 고르는 법을 다룹니다.'],
    ['bridge', '기본 브리지 네트워크는 docker0을 씁니다. 컨테이너는 veth로 연결됩니다.'],
  ]),
  page('/docs/deep-dive', '심화', [
    ['cgroups', 'cgroups는 자원을 제한합니다. cgroups를 직접 보려면 /sys/fs/cgroup을 봅니다.'],
  ]),
]);
const engine = new SearchEngine(index);
const urls = (query: string): string[] => engine.search(query).pages.map((result) => result.page.url);

test('조사 없는 검색어가 조사가 붙은 본문을 찾는다', () => {
  assert.equal(urls('컨테이너')[0], '/docs/containers');
  assert.equal(urls('드라이버')[0], '/docs/network');
});

test('조사가 붙은 검색어도 다른 조사가 붙은 본문을 찾는다', () => {
  assert.equal(urls('컨테이너를 실행')[0], '/docs/containers');
  assert.equal(urls('네트워크 드라이버')[0], '/docs/network');
});

test('영어 용어는 조사가 붙은 본문에서 대소문자 없이 찾는다', () => {
  assert.deepEqual(urls('CGroups'), ['/docs/deep-dive']);
});

test('모든 단어를 본문에 담은 페이지가 본문에 일부만 담은 페이지보다 앞선다', () => {
  const bodies = engineFor([
    page('/docs/a', '장 A', [['첫 절', '컨테이너를 만들고 컨테이너를 지웁니다. 컨테이너가 많습니다.']]),
    page('/docs/b', '장 B', [['둘째 절', '컨테이너는 veth로 연결됩니다.']]),
    page('/docs/c', '장 C', [['셋째 절', '이미지를 만듭니다.']]),
  ]);
  const results = bodies.search('컨테이너 veth').pages;
  assert.equal(results[0]?.page.url, '/docs/b');
  assert.equal(results[0]?.matchedWords, 2);
});

test('검색어 단어 하나가 빠져도 그 주제를 제목으로 단 절이 모든 단어를 지나가며 말한 절보다 앞선다', () => {
  const coverage = engineFor([
    page('/docs/concepts', '개념', [
      [
        'OverlayFS는 레이어를 어떻게 겹치는가',
        'lowerdir와 upperdir를 하나로 보여 줍니다. 레이어를 겹칩니다.',
      ],
      ['이미지는 어떻게 쌓이는가', '원리: OverlayFS가 쌓습니다. OverlayFS 원리입니다.'],
      ['다른 절', '원리를 다시 말합니다.'],
      ['또 다른 절', '이미지와 컨테이너를 봅니다.'],
    ]),
  ]);
  assert.equal(coverage.search('OverlayFS 원리').sections[0]?.section.anchor, 's0');
});

test('가장 잘 맞는 절을 첫 절로 고른다', () => {
  const [first] = engine.search('docker exec').pages;
  assert.equal(first?.sections[0]?.section.heading, 'docker run은 무엇을 하는가');
});

test('없는 단어는 결과가 없다', () => {
  assert.deepEqual(urls('kubernetes'), []);
  assert.deepEqual(urls(''), []);
});

test('절 제목에 검색어가 있는 절이 본문에서 지나가며 여러 번 말한 절보다 앞선다', () => {
  const headings = engineFor([
    page('/docs/a', '장 A', [
      ['docker logs는 무엇을 보여 주는가', '표준 출력을 보여 줍니다.'],
      ['CI는 어떻게 하는가', 'CI에서는 docker logs를 씁니다. docker logs로 보고 docker logs로 모읍니다.'],
    ]),
  ]);
  assert.equal(headings.search('docker logs').sections[0]?.section.anchor, 's0');
});

test('모든 장의 되풀이 절은 주제 절보다 뒤에 오고, 제목으로 찾으면 나온다', () => {
  const demoted = engineFor([
    page('/docs/network', '네트워크', [
      ['드라이버는 무엇인가', 'bridge는 가상 스위치입니다.'],
      ['핵심 정리', 'bridge bridge bridge bridge 정리'],
    ]),
  ]);
  assert.equal(demoted.search('bridge').sections[0]?.section.heading, '드라이버는 무엇인가');
  assert.equal(demoted.search('핵심 정리').sections[0]?.section.heading, '핵심 정리');
});

test('모음 페이지는 장의 절보다 뒤에 오고, 페이지 제목으로 찾으면 나온다', () => {
  const aggregate: PageToIndex = {
    ...page('/docs/changes', '변경 내역', [['', 'bridge bridge bridge 변경']]),
    role: 'aggregate',
  };
  const demoted = engineFor([
    page('/docs/network', '네트워크', [['드라이버', 'bridge는 스위치입니다.']]),
    aggregate,
  ]);
  assert.equal(demoted.search('bridge').pages[0]?.page.url, '/docs/network');
  assert.equal(demoted.search('변경 내역').pages[0]?.page.url, '/docs/changes');
});

test('제목 id가 검색어의 영어 단어로 이뤄진 절이 그 이름의 절이다', () => {
  const named = engineFor([
    {
      url: '/docs/concepts',
      kind: 'docs',
      content: {
        title: '개념',
        sections: [
          {
            heading: 'docker version과 docker info는 무엇을 알려 주는가',
            anchor: 'version-and-info',
            level: 2,
            text: 'docker info를 봅니다.',
          },
          {
            heading: 'docker info는 어떻게 읽는가',
            anchor: 'docker-info',
            level: 3,
            text: '출력을 읽습니다.',
          },
        ],
      },
    },
  ]);
  assert.equal(named.search('docker info').sections[0]?.section.anchor, 'docker-info');
});

test('띄어 쓰지 않은 복합어와 학습자의 말(동의어)도 찾는다', () => {
  const words = engineFor([
    page('/docs/d', 'Dockerfile', [
      ['멀티 스테이지 빌드는 어떻게 동작하는가', '빌드 단계를 나눕니다.'],
      ['포트 공개는 어떻게 동작하는가', '-p로 포트를 공개합니다.'],
    ]),
  ]);
  assert.equal(words.search('멀티스테이지').sections[0]?.section.anchor, 's0');
  assert.equal(words.search('포트 매핑').sections[0]?.section.anchor, 's1');
});

test('발췌문은 한 블록 안에서 문장 단위로 자르고 블록을 잇지 않는다', () => {
  const text =
    '앞 문단은 다른 이야기입니다.\n표의 칸\n첫 문장입니다. 여기서 컨테이너를 실행합니다. 끝 문장입니다.\n다음 칸';
  const snippet = makeSnippet(text, ['컨테이너'], 40)
    .map((segment) => segment.text)
    .join('');
  assert.equal(snippet, '여기서 컨테이너를 실행합니다. 끝 문장입니다.');
});

test('발췌문은 검색어 주변을 잘라 표시 조각으로 나눈다', () => {
  const text = `${'앞 말 '.repeat(30)}여기서 컨테이너를 실행합니다${' 뒤 말'.repeat(30)}.`;
  const segments = makeSnippet(text, ['컨테이너', '실행'], 80);
  assert.equal(segments[0]?.text, '…');
  assert.equal(segments.at(-1)?.text, '…');
  assert.deepEqual(
    segments.filter((segment) => segment.highlighted).map((segment) => segment.text),
    ['컨테이너', '실행'],
  );
});

test('표시는 단어의 시작에서만 한다', () => {
  assert.deepEqual(findHighlightRanges('runc와 overrun', ['run']), [{ start: 0, end: 3 }]);
  assert.deepEqual(toSegments('ab', []), [{ text: 'ab', highlighted: false }]);
});

test('제목의 주제(물음 앞의 `X는`)에 검색어가 있는 절이 검색어를 견주는 대상으로만 담은 절보다 앞선다', () => {
  const topics = engineFor([
    page('/docs/cli', 'CLI', [
      ['짧은 명령은 어떤 관리 명령과 같은가', '관리 명령과 짧은 명령을 견줍니다. 관리 명령이 더 깁니다.'],
      ['관리 명령 그룹은 무엇을 다루는가', '그룹마다 대상을 다룹니다.'],
    ]),
  ]);
  assert.equal(topics.search('관리 명령').sections[0]?.section.anchor, 's1');
});

test('검색어에 친 명령이 그 순서 그대로 나오는 절이 단어만 흩어져 나오는 절보다 앞선다', () => {
  const commands = engineFor([
    page('/docs/cli', 'CLI', [
      [
        '자주 쓰는 명령은 무엇인가: up, ps, down',
        'docker compose ps는 서비스를 보여 줍니다. container 목록과 ls 출력도 봅니다.',
      ],
      ['짧은 명령은 무엇과 같은가', 'docker ps는 docker container ls와 같습니다.'],
      ['다른 절', '이미지를 봅니다.'],
    ]),
  ]);
  assert.equal(commands.search('docker ps 와 docker container ls').sections[0]?.section.anchor, 's1');
});

test('검색어의 번역이 제목 id와 꼭 맞는 절이 그 이름의 절이다 (도커 왜 → #why-docker)', () => {
  const named = engineFor([
    {
      url: '/docs/concepts',
      kind: 'docs',
      content: {
        title: '개념',
        sections: [
          {
            heading: 'Docker는 왜 Linux 위에서 도는가',
            anchor: 'why-linux',
            level: 2,
            text: 'Docker는 커널을 씁니다.',
          },
          {
            heading: 'Docker는 어떤 문제를 푸는가',
            anchor: 'why-docker',
            level: 2,
            text: '환경 차이를 없앱니다.',
          },
        ],
      },
    },
  ]);
  assert.equal(named.search('도커 왜').sections[0]?.section.anchor, 'why-docker');
});

/** 절 두 개짜리 장 하나. 둘째 절에만 학습자의 말(`keywords`)을 붙입니다. */
function chapterWithKeywords(
  first: readonly [heading: string, text: string],
  second: readonly [heading: string, text: string],
  keywords: readonly string[],
): SearchEngine {
  return engineFor([
    {
      url: '/docs/containers',
      kind: 'docs',
      keywords: { second: keywords },
      content: {
        title: '컨테이너',
        sections: [
          { heading: first[0], anchor: 'first', level: 2, text: first[1] },
          { heading: second[0], anchor: 'second', level: 2, text: second[1] },
        ],
      },
    },
  ]);
}

test('학습자의 말로 적은 절은 제목과 본문에 그 말이 없어도 지나가며 말한 절보다 앞선다', () => {
  const engine = chapterWithKeywords(
    ['로그는 어떻게 보는가', '컨테이너에 붙기 전에 로그부터 봅니다. 로그는 docker logs로 봅니다.'],
    ['컨테이너 안에서 명령은 어떻게 실행하는가', 'docker exec -it는 실행 중인 컨테이너에서 셸을 엽니다.'],
    ['컨테이너에 붙기', 'bash 열기'],
  );
  assert.equal(engine.search('컨테이너 붙기').sections[0]?.section.anchor, 'second');
});

test('제목이 검색어를 말하는 절이 학습자의 말로만 담은 절보다 앞선다', () => {
  const engine = chapterWithKeywords(
    ['볼륨은 어떻게 삭제하는가', 'docker volume rm을 씁니다.'],
    ['안 쓰는 것은 어떻게 한꺼번에 정리하는가', 'docker system prune은 멈춘 컨테이너와 이미지를 정리합니다.'],
    ['볼륨 삭제', '디스크 정리'],
  );
  assert.equal(engine.search('볼륨 삭제').sections[0]?.section.anchor, 'first');
});

test('모음 페이지의 항목은 그 용어의 뜻을 묻거나 장에 없는 명령을 칠 때 장의 절보다 앞선다', () => {
  const entries = engineFor([
    {
      url: '/docs/workflow',
      kind: 'docs',
      content: {
        title: '워크플로',
        sections: [
          {
            heading: '태그는 어떻게 붙이는가',
            anchor: 'tag',
            level: 2,
            text: '다이제스트는 내용의 해시입니다. 다이제스트로 고정하면 다이제스트가 바뀌지 않습니다. compose는 restart 정책을 읽습니다.',
          },
        ],
      },
    },
    {
      url: '/docs/glossary',
      kind: 'docs',
      role: 'aggregate',
      content: {
        title: '용어집',
        sections: [{ heading: '다이제스트', anchor: 'digest', level: 3, text: '이미지 내용의 해시' }],
      },
    },
    {
      url: '/docs/commands',
      kind: 'docs',
      role: 'aggregate',
      content: {
        title: '명령어 사전',
        sections: [
          {
            heading: 'docker compose restart',
            anchor: 'compose-restart',
            level: 3,
            text: '서비스를 다시 시작합니다.',
          },
        ],
      },
    },
  ]);
  const first = (query: string): string | undefined => entries.search(query).sections[0]?.section.anchor;
  assert.equal(first('다이제스트 뜻'), 'digest');
  assert.equal(first('docker compose restart'), 'compose-restart');
});

test('한 글자 오타(바꾸기, 빼기, 더하기, 맞바꾸기)는 한 번의 고침으로 본다', () => {
  assert.ok(withinOneEdit('entrypoint', 'entrypiont'));
  assert.ok(withinOneEdit('컨테이너', '컨테이녀'));
  assert.ok(withinOneEdit('compose', 'compse'));
  assert.ok(withinOneEdit('compose', 'composse'));
  assert.ok(!withinOneEdit('compose', 'compose'));
  assert.ok(!withinOneEdit('entrypoint', 'entyrpiont'));
});

test('색인에 없는 단어는 오타를 고친 단어로 찾는다 (ENTRYPIONT → entrypoint)', () => {
  const typo = engineFor([
    page('/docs/dockerfile', 'Dockerfile', [
      ['CMD와 ENTRYPOINT는 어떻게 다른가', 'ENTRYPOINT는 실행 파일을, CMD는 기본 인자를 정합니다.'],
      ['CMD는 언제 쓰는가', 'CMD만 쓰면 docker run 뒤의 인자가 CMD를 바꿉니다.'],
    ]),
  ]);
  assert.equal(typo.search('ENTRYPIONT').sections[0]?.section.heading, 'CMD와 ENTRYPOINT는 어떻게 다른가');
});

/**
 * Compose 명령을 설명하는 장의 절(과 그 밖의 절들)과, 학습자의 말(`명령어 모음`, `치트시트`)을 첫머리에 적은 명령어 사전.
 * 결과의 페이지 번호 1이 명령어 사전입니다.
 */
function chapterAndCommandReference(
  chapterText: string,
  otherSections: readonly PageToIndex['content']['sections'][number][],
  referenceText: string,
): SearchEngine {
  return engineFor([
    {
      url: '/docs/workflow',
      kind: 'docs',
      content: {
        title: '워크플로',
        sections: [
          {
            heading: 'Compose 명령은 무엇을 하는가',
            anchor: 'compose-commands',
            level: 2,
            text: chapterText,
          },
          ...otherSections,
        ],
      },
    },
    {
      url: '/docs/commands',
      kind: 'docs',
      role: 'aggregate',
      keywords: { '': ['명령어 모음', '치트시트'] },
      content: {
        title: '명령어 사전',
        sections: [{ heading: '', anchor: '', level: 1, text: referenceText }],
      },
    },
  ]);
}

const composeCommands =
  'up은 서비스를 띄우고 down은 서비스와 네트워크를 지웁니다. logs는 서비스의 출력을 모아 보여 주고 ps는 서비스의 상태를 보여 줍니다.';

test('모음 페이지라도 그 절의 학습자 말이 검색어를 모두 담으면 장의 절보다 앞선다 (명령어 모음 → 명령어 사전)', () => {
  const aggregate = chapterAndCommandReference(
    `up, down, logs처럼 자주 쓰는 Compose 명령어 모음입니다. ${composeCommands} exec는 실행 중인 서비스 안에서 명령을 실행합니다.`,
    [],
    '모든 명령',
  );
  assert.equal(aggregate.search('명령어 모음').sections[0]?.section.page, 1);
});

test('거의 모든 절에 나오는 단어(`docker`)는 검색어가 모음 페이지를 부르는지 따질 때 세지 않는다', () => {
  const aggregate = chapterAndCommandReference(
    `docker compose 명령어 모음: up, down, logs처럼 자주 쓰는 Compose 명령어 모음입니다. 명령어 모음을 보고 따라 칩니다. ${composeCommands}`,
    ['볼륨', '네트워크', '이미지', '레지스트리', '빌드'].map((topic, index) => ({
      heading: `${topic}은 어떻게 다루는가`,
      anchor: `topic-${index}`,
      level: 2 as const,
      text: `docker로 ${topic}을 다룹니다.`,
    })),
    '모든 docker 명령',
  );
  assert.equal(
    aggregate.search('docker 명령어 모음').sections[0]?.section.page,
    1,
    '명령어 사전 첫머리가 먼저 나와야 합니다',
  );
});

/** `##` 절만 있는 장 하나. 절은 `[id, 제목, 본문]`, 학습자의 말은 id마다 줍니다. */
function chapterWithSections(
  url: string,
  title: string,
  sections: readonly [anchor: string, heading: string, text: string][],
  keywords: PageToIndex['keywords'],
): SearchEngine {
  return engineFor([
    {
      url,
      kind: 'docs',
      keywords,
      content: {
        title,
        sections: sections.map(([anchor, heading, text]) => ({ heading, anchor, level: 2, text })),
      },
    },
  ]);
}

test('학습자의 말 한 줄이 검색어를 여럿 담은 절이 제목과 본문에 검색어를 흩어 담은 절보다 앞선다', () => {
  const engine = chapterWithSections(
    '/docs/dockerfile',
    'Dockerfile',
    [
      ['copy', 'COPY는 무엇을 먼저 복사하는가', 'package.json 같은 파일을 복사하는 이유를 봅니다.'],
      ['layer-order', '레이어 순서는 어떻게 정하는가', '자주 바뀌는 파일을 아래에 둡니다.'],
      ['base', '베이스 이미지는 어떻게 고르는가', 'slim 이미지를 씁니다.'],
      ['cache', '빌드 캐시는 언제 깨지는가', '앞 레이어가 바뀌면 뒤 레이어를 다시 만듭니다.'],
      ['multi', '멀티 스테이지 빌드는 무엇인가', '빌드 도구를 최종 이미지에서 뺍니다.'],
    ],
    { 'layer-order': ['package.json 먼저 COPY 이유', 'Dockerfile 순서'] },
  );
  assert.equal(engine.search('package.json 먼저 COPY 하는 이유').sections[0]?.section.anchor, 'layer-order');
});

test('학습자의 말 한 줄이 검색어를 모두 담고 차이를 물으면 그 절도 차이를 묻는 절로 본다', () => {
  const engine = chapterWithSections(
    '/docs/concepts',
    '개념',
    [
      ['difference', '둘은 어떻게 나뉘는가', '실행하면 프로세스가 됩니다.'],
      ['listing', '무엇이 있는지 어떻게 보는가', '이미지 목록을 봅니다.'],
      ['registry', '레지스트리는 어디인가', '올려 두는 곳입니다.'],
      ['daemon', '데몬은 무엇을 하는가', '요청을 받습니다.'],
    ],
    { difference: ['이미지 컨테이너 차이'], listing: ['이미지 컨테이너 목록'] },
  );
  assert.equal(engine.search('이미지 컨테이너 차이').sections[0]?.section.anchor, 'difference');
});
