import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import type { LoadContext } from '@docusaurus/types';
import commandReferencePlugin from '../../plugins/command-reference';
import {
  collectCommandReference,
  formatUndescribed,
  problemsInDescriptions,
  type CommandDescriptions,
  type ReferenceSourceDoc,
} from '../../plugins/command-reference/collect';
import type { CommandReferenceData } from '../../plugins/command-reference/types';
import {
  commandCategories,
  commandDescriptions,
  flagMeanings,
  pluginOptionsWithValue,
} from '../../src/data/commands';
import { loadDockerCliReference } from '../../src/lib/content/dockerCommand';
import { readMarkdownDocument } from '../../src/lib/content/markdown';
import { docIdOf, findSiteContent, repositoryRoot } from '../../scripts/lib/content/contentFiles';

const reference = loadDockerCliReference();
const described: CommandDescriptions = {
  categories: commandCategories,
  descriptions: commandDescriptions,
  pluginOptionsWithValue,
  flagMeanings,
};
const fixture = path.join(import.meta.dirname, '../fixtures/content/command-reference/chapter.mdx');
const fixtureDoc: ReferenceSourceDoc = {
  title: '예시 장',
  permalink: '/docs/fixture',
  document: readMarkdownDocument(fixture),
};

describe('명령어 사전 수집기', () => {
  const { data, undescribed } = collectCommandReference('current', [fixtureDoc], described, reference);
  const entries = data.categories.flatMap((category) => category.entries);
  const entry = (command: string) => entries.find((candidate) => candidate.command === command);

  test('설명이 없는 명령은 명령과 파일, 줄을 알린다', () => {
    assert.deepEqual(
      undescribed.map((use) => formatUndescribed(use, path.dirname(fixture))),
      [
        'chapter.mdx:25: `docker compose wait`: src/data/commands.ts에 분류와 한 줄 설명이 없습니다.',
        'chapter.mdx:26: `docker checkpoint create`: src/data/commands.ts에 분류와 한 줄 설명이 없습니다.',
      ],
    );
  });

  test('짧은 형태와 관리 명령은 한 항목에 모이고, 쓴 플래그를 긴 이름과 함께 모은다', () => {
    assert.equal(
      entries.filter((candidate) => candidate.command === 'docker container ls').length,
      1,
      '`docker ps`와 `docker container ls`가 두 항목으로 나뉘었습니다',
    );
    const list = entry('docker container ls');
    assert.deepEqual(list?.otherNames, ['docker container list', 'docker container ps', 'docker ps']);
    assert.equal(list?.usage, 'docker container ls [OPTIONS]');
    assert.deepEqual(list?.flags, ['-a, --all', '--format']);
    assert.deepEqual(list?.sections, [
      { href: '/docs/fixture', docTitle: '예시 장', heading: null },
      { href: '/docs/fixture#list-containers', docTitle: '예시 장', heading: '컨테이너를 어떻게 보는가' },
    ]);
    // 이미지 이름 뒤의 `ls -l`은 컨테이너 안 명령의 인자라 docker run의 플래그가 아닙니다.
    assert.deepEqual(entry('docker container run')?.flags, ['-d, --detach', '--name', '-p, --publish']);
  });

  test('플러그인 명령은 전역 옵션 값을 건너뛰어 하위 명령을 찾고, 출처가 있는 usage 줄을 쓴다', () => {
    const up = entry('docker compose up');
    assert.equal(up?.usage, 'docker compose up [OPTIONS] [SERVICE...]');
    assert.match(up?.usageSource ?? '', /^docker\/compose docs\/reference\/docker_compose_up\.yaml @ v/);
    assert.deepEqual(up?.flags, ['--build', '-d']);
  });

  test('관리 명령 묶음과 명령이 아닌 인라인 코드는 항목이 되지 않는다', () => {
    assert.deepEqual(
      entries.map((candidate) => candidate.command),
      ['docker container run', 'docker container ls', 'docker compose up'],
    );
  });
});

describe('src/data/commands.ts', () => {
  test('모든 설명이 CLI 참조에 있는 명령을 한 번씩 가리키고, 플러그인 명령에는 usage 줄과 출처가 있다', () => {
    assert.deepEqual(problemsInDescriptions(described, reference), []);
  });

  test('잘못된 설명(참조에 없는 명령, 같은 명령 두 번, usage 없는 플러그인 명령)을 알린다', () => {
    const broken: CommandDescriptions = {
      ...described,
      descriptions: [
        { command: 'container runn', category: 'container', summary: '오타' },
        { command: 'ps', category: 'container', summary: '목록' },
        { command: 'container ls', category: 'container', summary: '같은 명령' },
        { command: 'compose up', category: 'compose', summary: '출처 없음' },
      ],
    };
    assert.deepEqual(problemsInDescriptions(broken, reference), [
      '`docker container runn`: tests/reference/docker-cli.json에 없는 명령입니다. 참조에 있는 이름(`docker container runn --help`의 Aliases 줄)을 쓰세요.',
      '`docker container ls`: `docker ps`와 같은 명령(`docker container list`)입니다. 항목 하나만 남기세요.',
      '`docker compose up`: 플러그인 명령은 CLI 참조에 없으므로 plugin: { usage, source }를 적으세요.',
    ]);
  });
});

test('모든 판의 장이 쓰는 docker 명령이 명령어 사전(src/data/commands.ts)에 설명되어 있다', () => {
  const problems: string[] = [];
  let entryCount = 0;
  for (const edition of findSiteContent(repositoryRoot).editions) {
    const docs = edition.docFiles
      .filter((file) => docIdOf(edition, file) !== 'commands')
      .map((file) => ({ title: file, permalink: '/', document: readMarkdownDocument(file) }));
    const { data, undescribed } = collectCommandReference(edition.name, docs, described, reference);
    entryCount += data.categories.reduce((sum, category) => sum + category.entries.length, 0);
    problems.push(...undescribed.map((use) => formatUndescribed(use, repositoryRoot)));
  }
  assert.ok(entryCount > 0, '장에서 docker 명령을 하나도 찾지 못했습니다.');
  assert.deepEqual(problems, []);
});

/**
 * 장의 글이 명령을 잘못 적어 생긴 "플래그": 고칠 곳은 글입니다. 글을 고치면 이 목록에서 빼세요(남아 있으면 실패).
 * 예: `docker exec <컨테이너> ss -ltn`은 셸에서 `<컨테이너>`가 입력 방향 바꾸기라 `ss`의 `-l`, `-n`이 docker exec의
 * 플래그로 읽혔습니다(글이 `docker exec web ss -ltn`으로 고쳐져 지금은 비어 있음).
 */
const flagsFromTextToFix = new Set<string>();

// 이슈 #19: 명령어 사전의 플래그는 이름만 있고 뜻이 없었습니다.
test('모든 판의 장이 쓰는 플래그마다 한 줄 뜻(src/data/commands.ts의 flagMeanings)과 처음 쓴 절이 있다', () => {
  const missing = new Set<string>();
  const seen = new Set<string>();
  let flagCount = 0;
  for (const edition of findSiteContent(repositoryRoot).editions) {
    const docs = edition.docFiles
      .filter((file) => docIdOf(edition, file) !== 'commands')
      .map((file) => ({ title: file, permalink: '/', document: readMarkdownDocument(file) }));
    const { data } = collectCommandReference(edition.name, docs, described, reference);
    for (const entry of data.categories.flatMap((category) => category.entries)) {
      assert.deepEqual(
        entry.flagNotes.map((note) => note.flag),
        entry.flags,
      );
      for (const note of entry.flagNotes) {
        flagCount += 1;
        const name = `${entry.command} ${note.flag}`;
        seen.add(name);
        assert.ok(note.firstUse !== null, `${name}: 처음 쓴 절이 없습니다`);
        if (note.meaning === null && !flagsFromTextToFix.has(name)) missing.add(name);
      }
    }
  }
  assert.ok(flagCount > 50, `플래그를 ${flagCount}개밖에 찾지 못했습니다`);
  assert.deepEqual(
    [...missing],
    [],
    'src/data/commands.ts의 flagMeanings에 이 플래그들의 한 줄 뜻을 더하세요 (키: 명령, 플래그 표기)',
  );
  assert.deepEqual(
    [...flagsFromTextToFix].filter((name) => !seen.has(name)),
    [],
    '글이 고쳐져 더는 나오지 않는 플래그입니다. flagsFromTextToFix에서 빼세요',
  );
});

describe('command-reference 플러그인', () => {
  const siteDir = path.dirname(fixture);
  /** 문서 플러그인이 읽어 들인 내용 중 이 플러그인이 쓰는 부분만 흉내 냅니다: 판 하나, 예시 장과 사전 문서 */
  const allContent = {
    'docusaurus-plugin-content-docs': {
      default: {
        loadedVersions: [
          {
            versionName: 'current',
            docs: [
              {
                id: 'commands',
                title: '명령어 사전',
                permalink: '/docs/commands',
                source: '@site/missing.mdx',
              },
              { id: 'chapter', title: '예시 장', permalink: '/docs/chapter', source: '@site/chapter.mdx' },
            ],
          },
        ],
      },
    },
  };
  const run = async (descriptions: CommandDescriptions['descriptions']) => {
    const created = new Map<string, string>();
    const plugin = commandReferencePlugin(
      { siteDir } as unknown as LoadContext,
      {},
      { ...described, descriptions },
    );
    await plugin.allContentLoaded?.({
      allContent,
      actions: {
        createData: async (name: string, data: string) => {
          created.set(name, data);
          return name;
        },
      },
    } as unknown as Parameters<NonNullable<typeof plugin.allContentLoaded>>[0]);
    return created;
  };

  test('설명이 없는 명령이 있으면 파일과 줄, 명령을 알리며 빌드를 멈춘다', async () => {
    await assert.rejects(run(commandDescriptions), (error: Error) => {
      assert.match(error.message, /src\/data\/commands\.ts에 command, category, summary/);
      assert.match(error.message, /chapter\.mdx:25: `docker compose wait`/);
      assert.match(error.message, /chapter\.mdx:26: `docker checkpoint create`/);
      return true;
    });
  });

  test('모두 설명되어 있으면 판마다 <버전>.json을 만들고, 사전 문서 자신은 읽지 않는다', async () => {
    const created = await run([
      ...commandDescriptions,
      { command: 'checkpoint create', category: 'container', summary: '체크포인트를 만듭니다.' },
      {
        command: 'compose wait',
        category: 'compose',
        summary: '서비스 컨테이너가 멈출 때까지 기다립니다.',
        plugin: { usage: 'docker compose wait SERVICE [SERVICE...] [OPTIONS]', source: 'test' },
      },
    ]);
    assert.deepEqual([...created.keys()], ['current.json']);
    const data = JSON.parse(created.get('current.json') ?? '{}') as CommandReferenceData;
    assert.equal(data.version, 'current');
    assert.ok(
      data.categories.some((category) =>
        category.entries.some((entry) => entry.command === 'docker compose wait'),
      ),
    );
  });
});
