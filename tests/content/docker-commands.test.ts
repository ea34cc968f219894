import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, test } from 'node:test';
import { parseOptions, splitHelpSections } from '../../scripts/generate-docker-cli-reference';
import { allDocFiles, findSiteContent, repositoryRoot } from '../../scripts/lib/content/contentFiles';
import {
  checkDockerCommandsInDocument,
  loadDockerCliReference,
  splitShellCommands,
  uncheckedPluginCommands,
  validateDockerCommandLine,
  type DockerCommandVerdict,
} from '../../src/lib/content/dockerCommand';
import {
  formatProblem,
  parseMarkdownDocument,
  readMarkdownDocument,
  type ContentProblem,
} from '../../src/lib/content/markdown';

const fixtures = path.join(import.meta.dirname, '../fixtures/content/code-blocks');

function verdictOf(commandLine: string): DockerCommandVerdict {
  const results = validateDockerCommandLine(commandLine);
  assert.equal(results.length, 1, `docker 명령이 하나가 아닙니다: ${commandLine}`);
  return (results[0] as (typeof results)[number]).verdict;
}

function assertValid(commandLine: string): void {
  const verdict = verdictOf(commandLine);
  assert.equal(verdict.status, 'valid', `${commandLine}: ${JSON.stringify(verdict)}`);
}

function assertInvalid(commandLine: string, expectedMessage: string): void {
  const verdict = verdictOf(commandLine);
  assert.equal(verdict.status, 'invalid', `${commandLine}가 통과했습니다`);
  if (verdict.status === 'invalid') assert.deepEqual(verdict.errors, [expectedMessage]);
}

describe('docker 명령 검사기', () => {
  test('있는 명령과 플래그는 통과한다', () => {
    for (const commandLine of [
      'docker ps -a',
      'docker network create --driver bridge app-net',
      'docker run -it --rm ubuntu:24.04 bash',
      'docker run -dp 8080:80 nginx:1.27',
      'docker run -p 127.0.0.1:8080:80 --name=web nginx:1.27',
      'docker run -p8080:80 nginx:1.27',
      'docker container list --all',
      'docker image ls --format "{{.Repository}}:{{.Tag}}"',
      'docker --context remote -D ps',
      'docker system prune -af --volumes',
      'docker logs --tail -1 web',
      'docker ps --help',
      'docker version',
      'docker',
    ]) {
      assertValid(commandLine);
    }
  });

  test('run과 exec은 첫 위치 인자 뒤를 컨테이너 안의 명령으로 넘긴다', () => {
    assertValid('docker exec -it web ls -la /');
    assertValid('docker run --rm alpine:3.20 sh -c "echo hi"');
    assertInvalid(
      'docker inspect web --quiet',
      '`docker inspect --quiet`: `docker inspect`에는 --quiet 플래그가 없습니다. `docker inspect --help`로 확인하세요.',
    );
  });

  test('없는 플래그는 명령과 플래그, 고칠 방법을 알린다', () => {
    assertInvalid(
      'docker run --foo nginx',
      '`docker run --foo`: `docker run`에는 --foo 플래그가 없습니다. `docker run --help`로 확인하세요.',
    );
    assertInvalid(
      'docker ps --quite',
      '`docker ps --quite`: `docker ps`에는 --quite 플래그가 없습니다 (혹시 --quiet?). `docker ps --help`로 확인하세요.',
    );
  });

  test('묶은 짧은 플래그는 한 글자씩 확인한다', () => {
    assertInvalid(
      'docker run -itz ubuntu',
      '`docker run -z`: `docker run`에는 -z 플래그가 없습니다 (혹시 -a?). `docker run --help`로 확인하세요.',
    );
  });

  test('없는 하위 명령은 비슷한 이름을 알려 준다', () => {
    assertInvalid(
      'docker netwrok ls',
      '`docker netwrok`: `docker`에는 `netwrok` 하위 명령이 없습니다 (혹시 `network`?). `docker --help`로 확인하세요.',
    );
    assertInvalid(
      'docker network list-all',
      '`docker network list-all`: `docker network`에는 `list-all` 하위 명령이 없습니다. `docker network --help`로 확인하세요.',
    );
  });

  test('전역 옵션은 하위 명령 앞에만 쓸 수 있다', () => {
    assertInvalid(
      'docker ps --context remote',
      '`docker ps --context`: --context는 docker의 전역 옵션이라 하위 명령 앞에 써야 합니다 (`docker --context … ps`).',
    );
  });

  test('값이 필요한 플래그에 값이 없으면 알린다', () => {
    assertInvalid('docker run -p', '`docker run -p`: -p(--publish)에는 list 값이 필요한데 빠졌습니다.');
  });

  test(`플러그인 명령(${[...uncheckedPluginCommands.keys()].join(', ')})은 검사하지 않고 따로 센다`, () => {
    assert.deepEqual(verdictOf('docker compose up --whatever'), { status: 'plugin', plugin: 'compose' });
    assert.deepEqual(verdictOf('docker buildx build --push .'), { status: 'plugin', plugin: 'buildx' });
  });

  test('docker build의 buildx 전용 플래그는 틀렸다고 하지 않고 확인 못 한 것으로 남긴다', () => {
    assert.deepEqual(verdictOf('docker build -t web --push .'), {
      status: 'valid',
      commandPath: 'build',
      uncheckedArguments: ['--push'],
    });
  });
});

describe('셸 명령 나누기', () => {
  test('`\\` 줄 이음, &&, ||, ;, |, 주석, sudo, 환경 변수, $(...)를 처리하고 줄 번호를 지킨다', () => {
    const script = [
      '# docker bogus',
      'sudo DOCKER_HOST=unix:///x docker run -d \\',
      '  --name web nginx && docker ps | grep web || echo none; docker logs web 2>&1',
      'docker rm -f $(docker ps -aq)',
    ].join('\n');
    assert.deepEqual(
      splitShellCommands(script, 10).map((command) => [command.line, command.words.join(' ')]),
      [
        [11, 'sudo DOCKER_HOST=unix:///x docker run -d --name web nginx'],
        [12, 'docker ps'],
        [12, 'grep web'],
        [12, 'echo none'],
        [12, 'docker logs web'],
        [13, 'docker rm -f $(docker ps -aq)'],
        [13, 'docker ps -aq'],
      ],
    );
  });

  test('here-document 본문은 명령이 아니다', () => {
    const script = "cat > Dockerfile <<'END'\nFROM nginx\ndocker nope\nEND\ndocker build .";
    assert.deepEqual(
      splitShellCommands(script).map((command) => command.words.join(' ')),
      ['cat', 'docker build .'],
    );
  });
});

describe('코드 블록 예시 파일', () => {
  test('틀린 명령마다 파일, 줄, 명령, 플래그를 알린다', () => {
    const document = readMarkdownDocument(path.join(fixtures, 'bad-docker-commands.mdx'));
    const result = checkDockerCommandsInDocument(document);
    assert.deepEqual(
      result.problems.map((problem) => formatProblem(problem, fixtures)),
      [
        'bad-docker-commands.mdx:8: `docker run --foo`: `docker run`에는 --foo 플래그가 없습니다. `docker run --help`로 확인하세요.',
        'bad-docker-commands.mdx:9: `docker netwrok`: `docker`에는 `netwrok` 하위 명령이 없습니다 (혹시 `network`?). `docker --help`로 확인하세요.',
        'bad-docker-commands.mdx:10: `docker run -z`: `docker run`에는 -z 플래그가 없습니다 (혹시 -a?). `docker run --help`로 확인하세요.',
        'bad-docker-commands.mdx:11: `docker ps --context`: --context는 docker의 전역 옵션이라 하위 명령 앞에 써야 합니다 (`docker --context … ps`).',
        'bad-docker-commands.mdx:12: `docker ps --quite`: `docker ps`에는 --quite 플래그가 없습니다 (혹시 --quiet?). `docker ps --help`로 확인하세요.',
        'bad-docker-commands.mdx:16: `docker image ls --digest`: `docker image ls`에는 --digest 플래그가 없습니다 (혹시 --digests?). `docker image ls --help`로 확인하세요.',
        'bad-docker-commands.mdx:17: `docker contianer`: `docker`에는 `contianer` 하위 명령이 없습니다 (혹시 `container`?). `docker --help`로 확인하세요.',
      ],
    );
  });

  test('올바른 명령만 있는 파일은 문제가 없고, console 블록의 출력 줄은 보지 않는다', () => {
    const result = checkDockerCommandsInDocument(
      readMarkdownDocument(path.join(fixtures, 'good-code-blocks.mdx')),
    );
    assert.deepEqual(result.problems, []);
    assert.equal(result.checkedCount, 13);
    assert.deepEqual([...result.pluginCounts], [['compose', 1]]);
  });
});

describe('본문의 인라인 docker 명령', () => {
  const check = (line: string) =>
    checkDockerCommandsInDocument(
      parseMarkdownDocument('/virtual/inline.mdx', ['---', 'title: 예', '---', '', line, ''].join('\n')),
    ).problems.map((problem) => `${problem.line}: ${problem.message}`);

  test('셸 블록처럼 CLI 참조와 대조해 오타 난 플래그를 줄과 함께 알린다', () => {
    assert.deepEqual(check('포트는 `docker run --publsh 8080:80 nginx`로 공개합니다.'), [
      '5: 본문의 인라인 명령 `docker run --publsh`: `docker run`에는 --publsh 플래그가 없습니다 (혹시 --publish?). `docker run --help`로 확인하세요.',
    ]);
    assert.deepEqual(check('`docker contianer ls`'), [
      '5: 본문의 인라인 명령 `docker contianer`: `docker`에는 `contianer` 하위 명령이 없습니다 (혹시 `container`?). `docker --help`로 확인하세요.',
    ]);
  });

  test('플래그 이름만 말한 것, 자리표시, 쉼표로 나열한 것, 링크 글 안의 옛 플래그는 통과한다', () => {
    assert.deepEqual(check('`docker run --memory`로 제한합니다.'), []);
    assert.deepEqual(check('`docker 대상 동작` 꼴, `docker run <이미지>`'), []);
    assert.deepEqual(check('`docker container ls, docker container list, docker ps`'), []);
    assert.deepEqual(
      check('- [Deprecated: `docker stop --time`](https://docs.docker.com/engine/deprecated/)'),
      [],
    );
  });
});

describe('docker CLI 참조 목록', () => {
  const reference = loadDockerCliReference();

  test('주요 명령과 별칭, 전역 옵션이 들어 있다', () => {
    assert.match(reference.dockerVersion, /^\d+\.\d+\.\d+/);
    assert.deepEqual(reference.commands['container ls']?.aliases, [
      'container list',
      'container ls',
      'container ps',
      'ps',
    ]);
    assert.equal(reference.commands.run?.flagsEndAtFirstArgument, true);
    assert.equal(reference.commands.ps?.flagsEndAtFirstArgument, false);
    assert.ok(
      reference.globalOptions.some(
        (option) => option.long === 'host' && option.short === 'H' && option.takesValue,
      ),
    );
  });

  const installedDockerVersion = spawnSync('docker', ['version', '--format', '{{.Client.Version}}'], {
    encoding: 'utf8',
  }).stdout?.trim();
  test(
    '설치된 docker와 버전이 같으면 `docker run --help`를 읽은 결과가 참조 목록과 같다',
    {
      skip:
        installedDockerVersion !== reference.dockerVersion &&
        `설치된 docker(${installedDockerVersion || '없음'})가 참조 목록의 ${reference.dockerVersion}과 다릅니다`,
    },
    () => {
      const help = spawnSync('docker', ['run', '--help'], { encoding: 'utf8' }).stdout;
      assert.deepEqual(
        parseOptions(splitHelpSections(help).sections.get('Options') ?? []),
        reference.commands.run?.options,
      );
    },
  );
});

test('모든 문서와 블로그 글의 셸 블록에 있는 docker 명령이 올바르다', (t) => {
  const content = findSiteContent(repositoryRoot);
  const problems: ContentProblem[] = [];
  let checkedCount = 0;
  const pluginCounts = new Map<string, number>();
  const uncheckedArguments: string[] = [];
  for (const file of [...allDocFiles(content), ...content.blogPostFiles]) {
    const result = checkDockerCommandsInDocument(readMarkdownDocument(file));
    problems.push(...result.problems);
    checkedCount += result.checkedCount;
    for (const [plugin, count] of result.pluginCounts)
      pluginCounts.set(plugin, (pluginCounts.get(plugin) ?? 0) + count);
    uncheckedArguments.push(
      ...result.uncheckedArguments.map(
        (entry) => `${formatProblem({ ...entry, message: entry.argument }, repositoryRoot)}`,
      ),
    );
  }
  const pluginTotal = [...pluginCounts.values()].reduce((sum, count) => sum + count, 0);
  t.diagnostic(
    `docker 명령 ${checkedCount}개를 검사했고, 플러그인 명령 ${pluginTotal}개는 검사하지 않았습니다 (${[...pluginCounts].map(([plugin, count]) => `${plugin} ${count}`).join(', ') || '없음'})`,
  );
  if (uncheckedArguments.length > 0)
    t.diagnostic(`buildx 전용일 수 있어 확인하지 못한 인자: ${uncheckedArguments.join('; ')}`);
  assert.ok(
    checkedCount > 0,
    '검사한 docker 명령이 하나도 없습니다. 문서를 찾지 못했거나 셸 블록을 읽지 못했습니다.',
  );
  assert.deepEqual(
    problems.map((problem) => formatProblem(problem, repositoryRoot)),
    [],
  );
});
