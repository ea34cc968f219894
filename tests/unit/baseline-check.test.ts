import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import { formatProblem, parseMarkdownDocument } from '../../src/lib/content/markdown';
import {
  checkBaselineFiles,
  checkBaselineInDataSource,
  checkBaselineInDocument,
  findVersionMentions,
  type BaselineValues,
} from '../support/baselineCheck';

// 규칙(tests/support/baselineCheck.ts)이 값 하나만 틀려도 그 줄과 기대값을 알리는지, 일부러 다른 버전은 넘기는지를
// 작은 예문으로 확인합니다. 기준 값은 src/data/baseline.ts와 따로 두어 기준을 올려도 이 테스트는 그대로입니다.
const expected: BaselineValues = {
  cli: '29.7.2',
  engine: '29.7.2',
  api: '1.55',
  apiMinimum: '1.40',
  containerd: '2.3.3',
  runc: '1.4.3',
  compose: '5.5.0',
  buildx: '0.36.1',
  buildkit: '0.32.2',
  desktop: '4.86.0',
};

const fence = '```';

/** 명령 블록과 출력 블록 하나짜리 문서. 출력 첫 줄은 5번째 줄입니다 */
function outputDocument(command: string, output: string, title = '출력 예'): string {
  return `## 예 {/* #example */}\n\n${fence}bash\n${command}\n${fence}\n\n${fence}text title="${title}"\n${output}\n${fence}\n`;
}

function problemsOf(source: string): string[] {
  const document = parseMarkdownDocument('/fixture/doc.mdx', source);
  return checkBaselineInDocument(document, expected).problems.map((problem) =>
    formatProblem(problem, '/fixture'),
  );
}

/** 출력의 한 값만 바꿔 그 줄이 알려지는지 봅니다 */
function assertEachMutationIsNamed(
  command: string,
  output: string,
  mutations: readonly (readonly [string, string, RegExp])[],
): void {
  assert.deepEqual(
    problemsOf(outputDocument(command, output)),
    [],
    `${command}: 기준과 같은 출력은 통과해야 합니다`,
  );
  const outputLines = output.split('\n');
  for (const [from, to, message] of mutations) {
    const index = outputLines.findIndex((line) => line.includes(from));
    assert.ok(index >= 0, `예문에 ${from}이 없습니다`);
    const mutated = outputLines.map((line, position) => (position === index ? line.replace(from, to) : line));
    const problems = problemsOf(outputDocument(command, mutated.join('\n')));
    assert.equal(problems.length, 1, `${from} → ${to}: ${problems.join('\n')}`);
    assert.match(problems[0] ?? '', new RegExp(`^doc\\.mdx:${8 + index}: `), `${from} → ${to}의 줄 번호`);
    assert.match(problems[0] ?? '', message);
  }
}

const dockerVersionOutput = `Client: Docker Engine - Community
 Version:           29.7.2
 API version:       1.55
 Context:           default

Server: Docker Desktop 4.86.0 (236216)
 Engine:
  Version:          29.7.2
  API version:      1.55 (minimum version 1.40)
  Git commit:       …
 containerd:
  Version:          v2.3.3
  GitCommit:        …
 runc:
  Version:          1.4.3
  GitCommit:        v1.4.3-0-g…
 docker-init:
  Version:          0.19.0
  GitCommit:        de40ad0`;

const dockerInfoOutput = `Client: Docker Engine - Community
 Version:    29.7.2
 Context:    default
 Plugins:
  buildx: Docker Buildx (Docker Inc.)
    Version:  v0.36.1
    Path:     /usr/libexec/docker/cli-plugins/docker-buildx
  compose: Docker Compose (Docker Inc.)
    Version:  v5.5.0
    Path:     /usr/libexec/docker/cli-plugins/docker-compose

Server:
 Server Version: 29.7.2
 containerd version: 05044ec0a9a75232cad458027ca83437aae3f4da
 runc version: v1.4.3-0-g8bd78a99
 init version: de40ad0
 Kernel Version: 6.14.0-29-generic`;

describe('기준 버전 검사: 출력 예', () => {
  test('docker version의 값 하나만 틀려도 그 줄과 기준 값을 알린다', () => {
    assertEachMutationIsNamed('docker version', dockerVersionOutput, [
      [
        ' Version:           29.7.2',
        ' Version:           29.7.1',
        /Client Version: 29\.7\.1\. .*Docker CLI 29\.7\.2입니다/,
      ],
      [
        'API version:       1.55',
        'API version:       1.54',
        /Client API version: 1\.54\. .*Engine API 1\.55/,
      ],
      [
        'Docker Desktop 4.86.0',
        'Docker Desktop 4.85.0',
        /Docker Desktop: 4\.85\.0\. .*Docker Desktop 4\.86\.0/,
      ],
      [
        'Version:          29.7.2',
        'Version:          29.6.2',
        /Server Engine Version: 29\.6\.2\. .*Docker Engine 29\.7\.2/,
      ],
      ['1.55 (minimum', '1.54 (minimum', /Server Engine API version: 1\.54\. .*Engine API 1\.55/],
      ['minimum version 1.40', 'minimum version 1.44', /minimum version: 1\.44\. .*최소 API 버전 1\.40/],
      ['v2.3.3', 'v2.2.5', /containerd Version: v2\.2\.5\. .*containerd v2\.3\.3/],
      ['v2.3.3', '2.3.3', /containerd Version: 2\.3\.3\. .*containerd v2\.3\.3/],
      ['Version:          1.4.3', 'Version:          1.3.6', /runc Version: 1\.3\.6\. .*runc 1\.4\.3/],
      ['v1.4.3-0-g…', 'v1.3.6-0-g…', /runc GitCommit: v1\.3\.6\. .*runc v1\.4\.3/],
    ]);
  });

  test('docker version의 (downgraded from …)은 두 값을 모두 본다', () => {
    const downgraded = dockerVersionOutput.replace(
      ' API version:       1.55',
      ' API version:       1.52 (downgraded from 1.55)',
    );
    assert.deepEqual(problemsOf(outputDocument('docker version', downgraded)), [
      'doc.mdx:10: `docker version` 출력의 Client API version: 1.52. 기준(src/data/baseline.ts)은 Engine API 1.55입니다.',
    ]);
  });

  test('docker info의 CLI, buildx·compose 플러그인, Server Version, runc, 버전 모양의 containerd를 본다', () => {
    assertEachMutationIsNamed('docker info', dockerInfoOutput, [
      [' Version:    29.7.2', ' Version:    29.7.0', /Client Version: 29\.7\.0\. .*Docker CLI 29\.7\.2/],
      ['v0.36.1', 'v0.36.0', /buildx 플러그인 Version: v0\.36\.0\. .*Buildx v0\.36\.1/],
      ['v5.5.0', 'v5.1.3', /compose 플러그인 Version: v5\.1\.3\. .*Docker Compose v5\.5\.0/],
      [
        'Server Version: 29.7.2',
        'Server Version: 29.5.0',
        /Server Version: 29\.5\.0\. .*Docker Engine 29\.7\.2/,
      ],
      [
        '05044ec0a9a75232cad458027ca83437aae3f4da',
        'v2.2.6',
        /containerd version: v2\.2\.6\. .*containerd v2\.3\.3/,
      ],
      ['v1.4.3-0-g8bd78a99', 'v1.3.4-0-g8bd78a99', /runc version: v1\.3\.4\. .*runc v1\.4\.3/],
    ]);
  });

  test('docker system info도 docker info로 읽는다', () => {
    const problems = problemsOf(
      outputDocument('sudo docker system info', dockerInfoOutput.replace('v5.5.0', 'v5.4.0')),
    );
    assert.deepEqual(problems.length, 1);
  });

  test('docker compose version(기본, --short, --format json)과 docker buildx version', () => {
    assertEachMutationIsNamed('docker compose version', 'Docker Compose version v5.5.0', [
      [
        'v5.5.0',
        'v5.1.3',
        /`docker compose version` 출력의 Docker Compose version: v5\.1\.3\. .*Docker Compose v5\.5\.0/,
      ],
    ]);
    assertEachMutationIsNamed('docker compose version --short', '5.5.0', [
      ['5.5.0', '5.4.0', /--short: 5\.4\.0\. .*Docker Compose 5\.5\.0/],
    ]);
    assertEachMutationIsNamed('docker compose version --format json', '{"version":"v5.5.0"}', [
      ['v5.5.0', 'v5.3.1', /"version": v5\.3\.1\./],
    ]);
    assertEachMutationIsNamed('docker buildx version', 'github.com/docker/buildx v0.36.1 4f5e6a1', [
      ['v0.36.1', 'v0.36.0-desktop.1', /buildx 버전: v0\.36\.0-desktop\.1\. .*Buildx v0\.36\.1/],
    ]);
  });

  test('Engine API의 /version 응답은 줄여 쓴 JSON(...)에서도 Version, ApiVersion, MinAPIVersion, Components를 읽는다', () => {
    const json =
      '{"Platform":{"Name":"Docker Engine - Community"},"Components":[{"Name":"Engine","Version":"29.7.2"},{"Name":"containerd","Version":"v2.3.3"}, ...],"Version":"29.7.2","ApiVersion":"1.55","MinAPIVersion":"1.40","Os":"linux", ...}';
    const command = 'curl --unix-socket /var/run/docker.sock http://localhost/v1.55/version';
    assertEachMutationIsNamed(command, json, [
      [
        '"MinAPIVersion":"1.40"',
        '"MinAPIVersion":"1.44"',
        /Engine API `\/version` 출력의 "MinAPIVersion": 1\.44\. .*최소 API 버전 1\.40/,
      ],
      ['"ApiVersion":"1.55"', '"ApiVersion":"1.52"', /"ApiVersion": 1\.52\./],
      [
        '"Version":"29.7.2","ApiVersion"',
        '"Version":"29.0.0","ApiVersion"',
        /"Version": 29\.0\.0\. .*Docker Engine 29\.7\.2/,
      ],
      ['"Version":"v2.3.3"', '"Version":"v2.1.5"', /"Components"의 containerd: v2\.1\.5\./],
    ]);
  });

  test('--format 템플릿의 필드와 range .Server.Components 출력을 읽는다', () => {
    assertEachMutationIsNamed(
      "docker version --format '{{.Client.Version}} / {{.Server.Version}} / API {{.Server.APIVersion}}'",
      '29.7.2 / 29.7.2 / API 1.55',
      [['API 1.55', 'API 1.54', /\{\{\.Server\.APIVersion\}\}: 1\.54\./]],
    );
    assertEachMutationIsNamed(
      "docker version --format '{{range .Server.Components}}{{println .Name .Version}}{{end}}'",
      'Engine 29.7.2\ncontainerd v2.3.3\nrunc 1.4.3\ndocker-init 0.19.0',
      [
        ['runc 1.4.3', 'runc 1.3.3', /Components의 runc: 1\.3\.3\. .*runc 1\.4\.3/],
        ['Engine 29.7.2', 'Engine 29.7.1', /Components의 Engine: 29\.7\.1\./],
      ],
    );
  });

  test('앞에 명령 블록이 없으면 제목으로 종류를 정한다', () => {
    const source = `본문\n\n${fence}text title="docker compose version 출력 예"\nDocker Compose version v5.1.3\n${fence}\n`;
    assert.deepEqual(problemsOf(source), [
      'doc.mdx:4: `docker compose version` 출력의 Docker Compose version: v5.1.3. 기준(src/data/baseline.ts)은 Docker Compose v5.5.0입니다.',
    ]);
  });

  test('…로 줄인 값, 다른 명령의 출력, 제목 사이에 끼지 않은 출력은 읽지 않는다', () => {
    assert.deepEqual(problemsOf(outputDocument('docker ps', ' Version:    29.0.0')), []);
    assert.deepEqual(problemsOf(outputDocument('docker version', ' Version:    …')), []);
    const separated = `${fence}bash\ndocker version\n${fence}\n\n## 다음 {/* #next */}\n\n${fence}text\nClient:\n Version:    27.5.1\n${fence}\n`;
    assert.deepEqual(problemsOf(separated), []);
  });

  test('제목에 `이전`과 그 버전을 적은 출력은 일부러 다른 버전이라 건너뛰고, `이전` 없이 다른 버전을 적은 제목은 알린다', () => {
    const older = dockerVersionOutput.replace('minimum version 1.40', 'minimum version 1.44');
    assert.deepEqual(
      problemsOf(outputDocument('docker version', older, '출력 예 (이전 버전, Docker Engine 29.2.1)')),
      [],
    );
    assert.deepEqual(
      problemsOf(outputDocument('docker version', dockerVersionOutput, '출력 예 (Docker Engine 29.6.2)')),
      [
        'doc.mdx:7: 기준을 말하는 제목의 `Docker Engine 29.6.2`: 기준(src/data/baseline.ts)은 Docker Engine 29.7.2입니다.',
      ],
    );
    assert.deepEqual(
      problemsOf(
        outputDocument('docker version', dockerVersionOutput, '출력 예 (Ubuntu 24.04, Docker Engine 29.7.2)'),
      ),
      [],
    );
  });
});

describe('기준 버전 검사: 기준을 말하는 글', () => {
  const proseProblems = (line: string) => problemsOf(`## 예 {/* #example */}\n\n${line}\n`);

  test('자리표시 버전: 기준과 어긋나면 어디서나(인라인 코드 안도), 맞더라도 기준을 말하는 문장이면 알린다', () => {
    assert.deepEqual(proseProblems('Docker Desktop 4.5x가 설치된 컴퓨터에서 실행합니다.'), [
      'doc.mdx:3: 자리표시 버전 `Docker Desktop 4.5x`가 기준과 어긋납니다. 기준(src/data/baseline.ts)은 Docker Desktop 4.86.0입니다.',
    ]);
    assert.equal(proseProblems('`Server` 줄에 `Docker Desktop 4.5x.x (…)`처럼 찍힙니다.').length, 1);
    assert.deepEqual(proseProblems('출력 예는 Engine 29.x 기준입니다.'), [
      'doc.mdx:3: 기준을 말할 때는 자리표시 버전 `Engine 29.x` 대신 정확한 버전을 적으세요. 기준(src/data/baseline.ts)은 Docker Engine 29.7.2입니다.',
    ]);
    assert.deepEqual(proseProblems('Engine 29의 containerd 2.x에서 기본 한도가 바뀌었습니다.'), []);
  });

  test('기준을 말하는 문장의 버전은 기준과 같고 정확해야 한다', () => {
    assert.deepEqual(proseProblems('기준 버전은 Docker Engine 29.7.2, Compose v5.1입니다.'), [
      'doc.mdx:3: 기준을 말하는 문장의 `Compose v5.1`: 기준(src/data/baseline.ts)은 Docker Compose 5.5.0입니다.',
    ]);
    assert.deepEqual(proseProblems('Docker Engine 29 기준으로 containerd 2.3.3과 runc 1.3을 다룹니다.'), [
      'doc.mdx:3: 기준을 말할 때는 `Docker Engine 29` 대신 정확한 버전을 적으세요. 기준(src/data/baseline.ts)은 Docker Engine 29.7.2입니다.',
      'doc.mdx:3: 기준을 말하는 문장의 `runc 1.3`: 기준(src/data/baseline.ts)은 runc 1.4.3입니다.',
    ]);
    assert.deepEqual(
      proseProblems('이 장은 Docker Desktop 4.86과 Engine 29.7.2(API 1.55)를 기준으로 합니다.'),
      [],
    );
  });

  test('기준 Engine 뒤의 API 버전과 최소 버전은 기준 API와 같아야 한다', () => {
    assert.deepEqual(
      proseProblems('출력 예를 Engine 27.5.1(API 1.47)에서 Engine 29.7.2(API 1.55, 최소 1.44)로 바꿨습니다.'),
      ['doc.mdx:3: `Engine 29.7.2` 뒤의 `최소 1.44`: 기준(src/data/baseline.ts)은 최소 API 버전 1.40입니다.'],
    );
    assert.equal(proseProblems('이 절은 Engine 29.7.2(API 1.54)를 씁니다.').length, 1);
  });

  test('기준과 주 버전이 같은 정확한 버전이 다르면 알리고, 변화의 시점과 링크 글은 넘긴다', () => {
    assert.deepEqual(proseProblems('출력 예는 Compose v5.1.3을 따릅니다.'), [
      'doc.mdx:3: `Compose v5.1.3`: 기준(src/data/baseline.ts)은 Docker Compose 5.5.0입니다. 변화의 시점을 말한다면 `부터`, `이후`처럼 적으세요.',
    ]);
    for (const line of [
      'Compose 2.23부터 `sync+restart`를 씁니다.',
      'Docker Desktop 4.34 이후 새 설치에서 기본입니다.',
      'Docker Engine 29.0(2025년 11월)부터 새 데몬은 containerd 이미지 스토어를 씁니다.',
      'runc 1.3.2부터 환산식이 바뀌었습니다.',
      '기본 최소 버전은 29.3.0에서 1.40으로 낮아졌습니다([Docker Engine 29.3.0 릴리스 노트](https://docs.docker.com/engine/release-notes/29/#2930)).',
      '클라이언트의 `API version` 줄에 `1.52 (downgraded from 1.55)`처럼 표시됩니다.',
      'Engine 29.0은 API 1.52를, 29.7은 1.55를 지원합니다.',
      '29.7.1과 29.7.2 같은 패치 버전 사이에서만 보장됩니다.',
    ]) {
      assert.deepEqual(proseProblems(line), [], line);
    }
  });

  test('제품 이름 바로 뒤의 버전만 찾는다', () => {
    assert.deepEqual(
      findVersionMentions('Docker Engine API 1.55와 Desktop 4.5x.x, nginx:1.30, Buildx 0.15 이상').map(
        (mention) => [mention.product, mention.text, mention.wildcard, mention.dated],
      ),
      [
        ['api', 'Docker Engine API 1.55', false, false],
        ['desktop', 'Desktop 4.5x.x', true, false],
        ['buildx', 'Buildx 0.15', false, true],
      ],
    );
  });

  test('데이터 파일은 주석 줄을 빼고 줄마다 본다', () => {
    const source =
      "// Engine 29.x 기준 주석\nexport const a = [\n  'Docker Engine 29 기준으로 runc 1.3을 반영했습니다.',\n];\n";
    assert.deepEqual(
      checkBaselineInDataSource('/fixture/changes.ts', source, expected).map((problem) =>
        formatProblem(problem, '/fixture'),
      ),
      [
        'changes.ts:3: 기준을 말할 때는 `Docker Engine 29` 대신 정확한 버전을 적으세요. 기준(src/data/baseline.ts)은 Docker Engine 29.7.2입니다.',
        'changes.ts:3: 기준을 말하는 문장의 `runc 1.3`: 기준(src/data/baseline.ts)은 runc 1.4.3입니다.',
      ],
    );
  });
});

test('기준 버전 검사는 개정판(docs/)과 데이터 파일만 보고 초판(versioned_docs/)의 27.5.1 출력은 보지 않는다', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'baseline-check-'));
  try {
    const stale = outputDocument('docker compose version', 'Docker Compose version v2.32.4');
    for (const directory of ['docs', 'versioned_docs/version-2025.02', 'src/data/edition-changes']) {
      mkdirSync(path.join(root, directory), { recursive: true });
    }
    writeFileSync(path.join(root, 'docs/01-concepts.mdx'), stale.replace('v2.32.4', 'v5.1.3'));
    writeFileSync(path.join(root, 'versioned_docs/version-2025.02/01-concepts.mdx'), stale);
    writeFileSync(path.join(root, 'src/data/glossary.ts'), "'Docker Desktop 4.5x의 기본값'\n");
    writeFileSync(path.join(root, 'src/data/errata.ts'), '');
    writeFileSync(
      path.join(root, 'src/data/edition-changes/01-concepts.ts'),
      "'Engine 29.7.2(API 1.55, 최소 1.44)'\n",
    );
    const report = checkBaselineFiles(root, undefined, undefined, expected);
    assert.deepEqual(
      report.problems.map((problem) => formatProblem(problem, root)),
      [
        'docs/01-concepts.mdx:8: `docker compose version` 출력의 Docker Compose version: v5.1.3. 기준(src/data/baseline.ts)은 Docker Compose v5.5.0입니다.',
        'src/data/glossary.ts:1: 자리표시 버전 `Docker Desktop 4.5x`가 기준과 어긋납니다. 기준(src/data/baseline.ts)은 Docker Desktop 4.86.0입니다.',
        'src/data/edition-changes/01-concepts.ts:1: `Engine 29.7.2` 뒤의 `최소 1.44`: 기준(src/data/baseline.ts)은 최소 API 버전 1.40입니다.',
      ],
    );
    assert.equal(report.outputBlocks, 1);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
