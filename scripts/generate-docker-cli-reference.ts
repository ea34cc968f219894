/**
 * `tests/reference/docker-cli.json`을 설치된 docker CLI의 `--help` 출력에서 만듭니다.
 * 콘텐츠 테스트는 이 파일을 기준으로 문서 속 `docker` 명령의 하위 명령과 플래그를 검사합니다.
 *
 * 다시 만들기: `npx tsx scripts/generate-docker-cli-reference.ts`
 * (docker 클라이언트만 있으면 됩니다. 데몬은 필요 없습니다.)
 * 같은 docker 버전에서 다시 만들면 내용이 한 글자도 바뀌지 않도록 모든 목록을 정렬합니다.
 * 설명 문구와 기본값은 기록하지 않습니다. 터미널 폭과 홈 디렉터리에 따라 달라지기 때문입니다.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface DockerCliOption {
  readonly long: string;
  readonly short: string | null;
  readonly takesValue: boolean;
  /** `--help`가 플래그 뒤에 보여 주는 값의 형식(`string`, `list`, `duration`…). 값을 받지 않는 불리언 플래그는 `null` */
  readonly valueType: string | null;
}

export interface DockerCliCommand {
  readonly usage: string;
  /** `Aliases:` 줄의 명령 경로들(`docker ` 없이). 별칭이 없는 명령은 자기 경로 하나 */
  readonly aliases: readonly string[];
  readonly subcommands: readonly string[];
  readonly options: readonly DockerCliOption[];
  /**
   * 첫 번째 위치 인자 뒤의 `-x`를 docker가 아닌 컨테이너 안 명령의 인자로 넘기는지
   * (`docker run alpine ls -la`, `docker exec web sh -c …`). 하위 명령이 있는 묶음 명령은 `false`
   */
  readonly flagsEndAtFirstArgument: boolean;
}

export interface DockerCliReference {
  readonly generatedBy: string;
  readonly dockerVersion: string;
  readonly globalOptions: readonly DockerCliOption[];
  /** 루트 명령(`docker`)이 보여 주는 하위 명령 이름 */
  readonly topLevelCommands: readonly string[];
  /** 명령 경로(`container run`, `run`, `network create`…)별 정보 */
  readonly commands: Readonly<Record<string, DockerCliCommand>>;
}

const repositoryRoot = path.resolve(import.meta.dirname, '..');
export const dockerCliReferencePath = path.join(repositoryRoot, 'tests/reference/docker-cli.json');

// 사용자 설정, 플러그인 폴더, 레거시 명령 숨김 설정이 결과를 바꾸지 않도록 빈 환경에서 실행합니다.
// DOCKER_BUILDKIT=0: buildx 플러그인이 있으면 `docker build --help`가 buildx의 도움말로 바뀌므로 내장 빌더의 것을 고정합니다.
function isolatedDockerEnvironment(scratchDirectory: string): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: scratchDirectory,
    DOCKER_CONFIG: scratchDirectory,
    DOCKER_HOST: `unix://${path.join(scratchDirectory, 'no-daemon.sock')}`,
    DOCKER_BUILDKIT: '0',
    DOCKER_CLI_HINTS: 'false',
    LANG: 'C',
  };
}

interface HelpSections {
  readonly usage: string;
  readonly sections: ReadonlyMap<string, readonly string[]>;
}

/** 도움말을 `Usage:`, `Aliases:`, `Options:`, `...Commands:` 같은 절로 나눕니다. */
export function splitHelpSections(helpText: string): HelpSections {
  const sections = new Map<string, string[]>();
  let usage = '';
  let currentLines: string[] | undefined;
  for (const line of helpText.split('\n')) {
    const usageMatch = /^Usage:\s+(.*)$/.exec(line);
    if (usageMatch) {
      usage = usageMatch[1]?.trim() ?? '';
      currentLines = undefined;
      continue;
    }
    const headerMatch = /^([A-Z][A-Za-z ]*):$/.exec(line);
    if (headerMatch?.[1]) {
      currentLines = [];
      sections.set(headerMatch[1], currentLines);
      continue;
    }
    if (line.trim() === '') {
      currentLines = undefined;
      continue;
    }
    currentLines?.push(line);
  }
  return { usage, sections };
}

// 옵션 줄은 `  -a, --all` 또는 `      --format string` 꼴이고, 설명의 이어지는 줄은 더 깊이 들여 씁니다.
const optionLinePattern = /^ {2}(?:-([A-Za-z0-9]), | {4})--([A-Za-z0-9][\w-]*)(?: ([\w-]+))?(?: {2,}|$)/;

export function parseOptions(lines: readonly string[]): DockerCliOption[] {
  const options: DockerCliOption[] = [];
  for (const line of lines) {
    const match = optionLinePattern.exec(line);
    if (!match?.[2]) continue;
    const valueType = match[3] ?? null;
    options.push({ long: match[2], short: match[1] ?? null, takesValue: valueType !== null, valueType });
  }
  return options.sort((a, b) => a.long.localeCompare(b.long, 'en'));
}

/** `  network     Manage networks` 꼴의 줄에서 이름을 읽습니다. 이름 끝의 `*`는 CLI 플러그인이라 빼 둡니다. */
export function parseCommandNames(lines: readonly string[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    const match = /^ {2}([a-z][\w-]*)(\*?)(?: {2,}|$)/.exec(line);
    if (match?.[1] && match[2] !== '*') names.push(match[1]);
  }
  return names;
}

export function parseAliases(lines: readonly string[]): string[] {
  return lines
    .join(' ')
    .split(',')
    .map((alias) => alias.trim().replace(/^docker\s+/, ''))
    .filter((alias) => alias !== '');
}

function commandSectionLines(sections: ReadonlyMap<string, readonly string[]>): string[] {
  return [...sections.entries()].filter(([name]) => name.endsWith('Commands')).flatMap(([, lines]) => lines);
}

function runDockerHelp(commandPath: readonly string[], environment: NodeJS.ProcessEnv): string {
  return execFileSync('docker', [...commandPath, '--help'], {
    env: environment,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

const probeFlag = '--docker-cli-reference-probe-flag';

/**
 * docker가 첫 위치 인자 뒤에서 플래그 읽기를 멈추는지(cobra의 SetInterspersed(false)) 직접 물어봅니다.
 * 플래그를 계속 읽는 명령은 명령을 실행하기 전에 "unknown flag"로 멈추고, 멈추는 명령은 닿을 수 없는 데몬에 연결하려다 실패합니다.
 * 격리된 설정 폴더와 작업 폴더에서 실행하므로 부작용은 임시 폴더 안에만 남습니다.
 */
function flagsEndAtFirstArgument(
  commandPath: readonly string[],
  environment: NodeJS.ProcessEnv,
  scratchDirectory: string,
): boolean {
  const result = spawnSync('docker', [...commandPath, 'docker-cli-reference-probe-argument', probeFlag], {
    env: environment,
    cwd: scratchDirectory,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 20_000,
  });
  return !`${result.stdout}${result.stderr}`.includes(`unknown flag: ${probeFlag}`);
}

export function generateDockerCliReference(): DockerCliReference {
  const scratchDirectory = mkdtempSync(path.join(tmpdir(), 'docker-cli-reference-'));
  try {
    const environment = isolatedDockerEnvironment(scratchDirectory);
    // 데몬이 없으면 `docker version`은 서버 부분에서 실패하며 1로 끝나지만, 클라이언트 버전은 먼저 출력합니다.
    const dockerVersion = spawnSync('docker', ['version', '--format', '{{.Client.Version}}'], {
      env: environment,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).stdout.trim();
    if (!/^\d+\.\d+\.\d+/.test(dockerVersion)) {
      throw new Error(
        `docker 클라이언트 버전을 읽지 못했습니다: "${dockerVersion}". docker CLI가 PATH에 있는지 확인하세요.`,
      );
    }
    const rootHelp = splitHelpSections(runDockerHelp([], environment));
    const topLevelCommands = [...new Set(parseCommandNames(commandSectionLines(rootHelp.sections)))].sort();
    const commands: Record<string, DockerCliCommand> = {};

    const visit = (commandPath: readonly string[]): void => {
      const key = commandPath.join(' ');
      const help = splitHelpSections(runDockerHelp(commandPath, environment));
      const subcommands = [...new Set(parseCommandNames(commandSectionLines(help.sections)))].sort();
      const aliasLines = help.sections.get('Aliases');
      commands[key] = {
        usage: help.usage,
        aliases: aliasLines ? parseAliases(aliasLines).sort() : [key],
        subcommands,
        options: parseOptions(help.sections.get('Options') ?? []),
        flagsEndAtFirstArgument:
          subcommands.length === 0 && flagsEndAtFirstArgument(commandPath, environment, scratchDirectory),
      };
      for (const subcommand of subcommands) visit([...commandPath, subcommand]);
    };
    for (const command of topLevelCommands) visit([command]);

    const sortedCommands = Object.fromEntries(
      Object.keys(commands)
        .sort()
        .map((key) => [key, commands[key]] as const),
    ) as Record<string, DockerCliCommand>;
    return {
      generatedBy: 'npx tsx scripts/generate-docker-cli-reference.ts',
      dockerVersion,
      globalOptions: parseOptions(rootHelp.sections.get('Global Options') ?? []),
      topLevelCommands,
      commands: sortedCommands,
    };
  } finally {
    rmSync(scratchDirectory, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const reference = generateDockerCliReference();
  writeFileSync(dockerCliReferencePath, `${JSON.stringify(reference, null, 2)}\n`);
  const commandCount = Object.keys(reference.commands).length;
  console.log(
    `docker ${reference.dockerVersion}: 명령 ${commandCount}개, 전역 옵션 ${reference.globalOptions.length}개를 ${path.relative(repositoryRoot, dockerCliReferencePath)}에 썼습니다.`,
  );
}
