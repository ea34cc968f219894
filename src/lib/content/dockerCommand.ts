/**
 * 문서의 셸 코드 블록에 있는 `docker` 명령이 설치된 docker CLI(28.x)에 실제로 있는 하위 명령과 플래그만 쓰는지 확인합니다.
 * 기준은 `tests/reference/docker-cli.json`(docker의 `--help`에서 만든 목록)입니다.
 * 위치 인자(이미지 이름, 컨테이너 이름, 경로)는 검사하지 않습니다.
 * 명령어 사전 플러그인(`plugins/command-reference`)도 같은 셸 분리와 명령 해석을 씁니다. Node에서만 씁니다.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  DockerCliCommand,
  DockerCliOption,
  DockerCliReference,
} from '../../../scripts/generate-docker-cli-reference';
import { proseLines, type ContentProblem, type FencedCodeBlock, type MarkdownDocument } from './markdown';

export const dockerCliReferenceFile = path.resolve(__dirname, '../../../tests/reference/docker-cli.json');
export const dockerCli29AdditionsFile = path.resolve(
  __dirname,
  '../../../tests/reference/docker-cli-29-additions.json',
);

/** Docker 29 CLI에 더해진 플래그 하나: 어느 명령 경로(별칭 포함 전부)에 붙는지와 출처 */
interface DockerCliOptionAddition extends DockerCliOption {
  readonly commandPaths: readonly string[];
  readonly source: string;
}

/** Docker 29 CLI에 새로 생긴 명령 하나(`docker 28` 클라이언트의 `--help`로는 만들 수 없는 것)와 출처 */
interface DockerCliCommandAddition extends DockerCliCommand {
  readonly path: string;
  readonly source: string;
}

export interface DockerCli29Additions {
  readonly options: readonly DockerCliOptionAddition[];
  readonly commands: readonly DockerCliCommandAddition[];
}

/**
 * 이 머신의 docker 클라이언트(28.x)에서 만든 참조에 Docker 29 CLI 참조 문서에서 옮긴 추가분을 더합니다.
 * 추가분이 이미 있는 명령이나 플래그를 다시 적으면 어느 것이 맞는지 알 수 없으므로 멈춥니다.
 */
export function withDocker29Additions(
  base: DockerCliReference,
  additions: DockerCli29Additions,
): DockerCliReference {
  const commands: Record<string, DockerCliCommand> = { ...base.commands };
  for (const command of additions.commands) {
    const commandPath = command.path;
    if (commands[commandPath]) {
      throw new Error(
        `${dockerCli29AdditionsFile}: 명령 \`docker ${commandPath}\`는 이미 참조에 있습니다. 추가분에서 지우세요.`,
      );
    }
    commands[commandPath] = command;
  }
  for (const option of additions.options) {
    for (const commandPath of option.commandPaths) {
      const command = commands[commandPath];
      if (!command) {
        throw new Error(
          `${dockerCli29AdditionsFile}: 플래그 --${option.long}를 붙일 명령 \`docker ${commandPath}\`가 참조에 없습니다.`,
        );
      }
      if (command.options.some((existing) => existing.long === option.long)) {
        throw new Error(
          `${dockerCli29AdditionsFile}: \`docker ${commandPath}\`에는 --${option.long}가 이미 있습니다. 추가분에서 지우세요.`,
        );
      }
      commands[commandPath] = { ...command, options: [...command.options, option] };
    }
  }
  return { ...base, commands };
}

let cachedReference: DockerCliReference | undefined;

export function loadDockerCliReference(): DockerCliReference {
  cachedReference ??= withDocker29Additions(
    JSON.parse(readFileSync(dockerCliReferenceFile, 'utf8')) as DockerCliReference,
    JSON.parse(readFileSync(dockerCli29AdditionsFile, 'utf8')) as DockerCli29Additions,
  );
  return cachedReference;
}

/**
 * docker CLI 플러그인으로 들어오는 명령. 설치된 클라이언트에 플러그인이 없어 `--help`로 목록을 만들 수 없으므로
 * 검사하지 않고 건너뛴 개수만 알립니다.
 */
export const uncheckedPluginCommands: ReadonlyMap<string, string> = new Map([
  ['compose', 'Docker Compose v2는 docker-compose-plugin으로 설치되는 CLI 플러그인'],
  ['buildx', 'BuildKit 빌더를 다루는 docker-buildx-plugin'],
  ['scout', '이미지 취약점 분석 도구로 Docker Desktop에 딸린 플러그인'],
  ['init', 'Docker Desktop에 딸린 프로젝트 뼈대 생성 플러그인'],
  ['debug', 'Docker Desktop에 딸린 컨테이너 디버그 셸 플러그인'],
  ['model', 'Docker Model Runner 플러그인'],
]);

/**
 * Engine 23.0부터 `docker build`(와 `docker builder`)는 buildx 플러그인의 `docker buildx build`로 실행됩니다.
 * 참조 목록에는 buildx가 없을 때의 내장 빌더 플래그만 있으므로, 그 목록에 있는 플래그는 확인하고
 * 없는 플래그(`--push`, `--secret`, `--output`처럼 buildx에만 있는 것)는 틀렸다고 하지 않고 검사하지 못한 것으로 셉니다.
 */
export const buildxBackedCommandPaths: ReadonlySet<string> = new Set(['build', 'image build', 'builder']);

function isBuildxBacked(command: { readonly path: string; readonly aliases: readonly string[] }): boolean {
  return [command.path, ...command.aliases].some((commandPath) =>
    [...buildxBackedCommandPaths].some(
      (prefix) => commandPath === prefix || commandPath.startsWith(`${prefix} `),
    ),
  );
}

export interface ShellCommand {
  /** 따옴표를 벗긴 단어들 */
  readonly words: readonly string[];
  /** 명령이 시작하는 줄(파일 기준) */
  readonly line: number;
}

type HeredocMode = 'heredoc' | 'heredoc-strip-tabs';

/**
 * bash 스크립트를 단순 명령들로 나눕니다. `\` 줄 이음, 따옴표, 주석, `&&`/`||`/`;`/`|`,
 * 리디렉션과 here-document를 처리하고, `$(...)`와 백틱 안의 명령도 따로 꺼냅니다.
 * 셸 전체를 구현하지는 않습니다. 문서의 예시 명령에서 docker 명령의 단어를 정확히 얻는 것이 목적입니다.
 */
export function splitShellCommands(script: string, firstLine = 1): ShellCommand[] {
  const commands: ShellCommand[] = [];
  const nestedScripts: { text: string; line: number }[] = [];
  const pendingHeredocs: { delimiter: string; stripTabs: boolean }[] = [];
  let words: string[] = [];
  // 클로저(startWord, finishWord)가 바꾸는 값이라 선언 타입으로 두어 TypeScript가 null로 좁히지 않게 합니다.
  let word = null as string | null;
  let commandLine = firstLine;
  let line = firstLine;
  let redirectTarget = null as 'discard' | HeredocMode | null;
  let index = 0;

  const startWord = () => {
    if (word === null) {
      word = '';
      if (words.length === 0 && redirectTarget === null) commandLine = line;
    }
  };
  const finishWord = () => {
    if (word === null) return;
    if (redirectTarget === 'heredoc' || redirectTarget === 'heredoc-strip-tabs') {
      pendingHeredocs.push({ delimiter: word, stripTabs: redirectTarget === 'heredoc-strip-tabs' });
    } else if (redirectTarget === null) {
      words.push(word);
    }
    redirectTarget = null;
    word = null;
  };
  const finishCommand = () => {
    finishWord();
    // 대상 없이 끝난 리디렉션(`cmd >`)이 다음 명령의 첫 단어를 삼키지 않게 합니다.
    if (redirectTarget === 'discard') redirectTarget = null;
    if (words.length > 0) commands.push({ words, line: commandLine });
    words = [];
  };
  const countNewlines = (text: string) => text.split('\n').length - 1;
  const skipHeredocBodies = () => {
    for (const { delimiter, stripTabs } of pendingHeredocs.splice(0)) {
      while (index < script.length) {
        const lineEnd = script.indexOf('\n', index);
        const end = lineEnd < 0 ? script.length : lineEnd;
        const bodyLine = script.slice(index, end);
        index = end + 1;
        line += 1;
        if ((stripTabs ? bodyLine.replace(/^\t+/, '') : bodyLine) === delimiter) break;
      }
    }
  };

  while (index < script.length) {
    const character = script.charAt(index);
    const next = script.charAt(index + 1);
    if (character === '\n') {
      finishCommand();
      line += 1;
      index += 1;
      skipHeredocBodies();
    } else if (character === '\\') {
      if (next === '\n') {
        line += 1;
      } else {
        startWord();
        word += next;
      }
      index += 2;
    } else if (character === "'") {
      startWord();
      const end = script.indexOf("'", index + 1);
      const quoted = script.slice(index + 1, end < 0 ? script.length : end);
      word += quoted;
      line += countNewlines(quoted);
      index = end < 0 ? script.length : end + 1;
    } else if (character === '"') {
      startWord();
      index += 1;
      while (index < script.length && script.charAt(index) !== '"') {
        const inner = script.charAt(index);
        if (inner === '\\' && '"\\$`\n'.includes(script.charAt(index + 1))) {
          if (script.charAt(index + 1) === '\n') line += 1;
          else word += script.charAt(index + 1);
          index += 2;
        } else if ((inner === '$' && script.charAt(index + 1) === '(') || inner === '`') {
          const substitution = readCommandSubstitution(script, index);
          if (substitution.innerScript !== null) nestedScripts.push({ text: substitution.innerScript, line });
          word += substitution.raw;
          line += countNewlines(substitution.raw);
          index = substitution.end;
        } else {
          if (inner === '\n') line += 1;
          word += inner;
          index += 1;
        }
      }
      index += 1;
    } else if ((character === '$' && next === '(') || character === '`') {
      startWord();
      const substitution = readCommandSubstitution(script, index);
      if (substitution.innerScript !== null) nestedScripts.push({ text: substitution.innerScript, line });
      word += substitution.raw;
      line += countNewlines(substitution.raw);
      index = substitution.end;
    } else if (character === '#' && word === null) {
      const lineEnd = script.indexOf('\n', index);
      index = lineEnd < 0 ? script.length : lineEnd;
    } else if (character === ' ' || character === '\t' || character === '\r') {
      finishWord();
      index += 1;
    } else if (character === '&' && next === '>') {
      finishWord();
      redirectTarget = 'discard';
      index += script.charAt(index + 2) === '>' ? 3 : 2;
    } else if (';&|()'.includes(character)) {
      finishCommand();
      index += ['&&', '||', ';;', '|&'].includes(character + next) ? 2 : 1;
    } else if (character === '<' || character === '>') {
      // `2>`의 2처럼 리디렉션 앞에 붙은 파일 기술자 번호는 명령의 단어가 아닙니다.
      if (word !== null && /^\d+$/.test(word)) word = null;
      else finishWord();
      const operator = /^(<<<|<<-|<<|>>|>&|<&|>\||<>|<|>)/.exec(script.slice(index))?.[1] ?? character;
      redirectTarget = operator === '<<' ? 'heredoc' : operator === '<<-' ? 'heredoc-strip-tabs' : 'discard';
      index += operator.length;
    } else {
      startWord();
      word += character;
      index += 1;
    }
  }
  finishCommand();
  for (const nested of nestedScripts) commands.push(...splitShellCommands(nested.text, nested.line));
  return commands.sort((a, b) => a.line - b.line);
}

/** `$(...)`, `$((...))`, `` `...` ``를 읽습니다. 산술 확장 `$((...))` 안은 명령이 아니므로 innerScript가 없습니다. */
function readCommandSubstitution(
  script: string,
  start: number,
): { raw: string; innerScript: string | null; end: number } {
  if (script.charAt(start) === '`') {
    const close = script.indexOf('`', start + 1);
    const end = close < 0 ? script.length : close + 1;
    return { raw: script.slice(start, end), innerScript: script.slice(start + 1, end - 1), end };
  }
  const isArithmetic = script.charAt(start + 2) === '(';
  let depth = 0;
  let index = start + 1;
  while (index < script.length) {
    const character = script.charAt(index);
    if (character === '\\') {
      index += 2;
      continue;
    }
    if (character === "'" || character === '"') {
      const close = script.indexOf(character, index + 1);
      index = close < 0 ? script.length : close + 1;
      continue;
    }
    if (character === '(') depth += 1;
    if (character === ')') depth -= 1;
    index += 1;
    if (depth === 0) break;
  }
  const raw = script.slice(start, index);
  return { raw, innerScript: isArithmetic ? null : raw.slice(2, -1), end: index };
}

// 명령 앞에 붙어도 실행되는 프로그램이 바뀌지 않는 셸 키워드와 래퍼
const transparentPrefixWords = new Set([
  'if',
  'then',
  'else',
  'elif',
  'do',
  'while',
  'until',
  '!',
  'time',
  '{',
  'exec',
  'command',
  'nohup',
]);
// 값을 받는 sudo, env, xargs 옵션(`sudo -u user docker …`, `xargs -I {} docker …`)
const prefixOptionsWithValue: Readonly<Record<string, ReadonlySet<string>>> = {
  sudo: new Set(['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U']),
  env: new Set(['-u', '-C', '-S']),
  xargs: new Set(['-n', '-I', '-L', '-P', '-d', '-E', '-s', '-a']),
};

/** `sudo`, 환경 변수 대입, `env`, `xargs`, 셸 키워드를 걷어 내고 실제로 실행되는 명령의 단어를 돌려줍니다. */
export function stripCommandPrefixes(words: readonly string[]): readonly string[] {
  let index = 0;
  while (index < words.length) {
    const current = words[index] ?? '';
    if (/^[A-Za-z_][A-Za-z0-9_]*=/.test(current) || transparentPrefixWords.has(current)) {
      index += 1;
      continue;
    }
    const optionsWithValue = prefixOptionsWithValue[current];
    if (!optionsWithValue) break;
    index += 1;
    while (index < words.length && (words[index] ?? '').startsWith('-')) {
      index += optionsWithValue.has(words[index] ?? '') ? 2 : 1;
    }
  }
  return words.slice(index);
}

export type DockerCommandVerdict =
  | {
      readonly status: 'valid';
      readonly commandPath: string;
      /** buildx에만 있을 수 있어 확인하지 못한 플래그와 하위 명령 */
      readonly uncheckedArguments: readonly string[];
    }
  | { readonly status: 'invalid'; readonly commandPath: string; readonly errors: readonly string[] }
  | { readonly status: 'plugin'; readonly plugin: string };

interface CommandIndex {
  readonly byPath: ReadonlyMap<string, DockerCliCommand & { readonly path: string }>;
}

const commandIndexes = new WeakMap<DockerCliReference, CommandIndex>();

/** 모든 별칭(`container list`, `ps`…)으로 명령을 찾을 수 있게 합니다. */
function commandIndexOf(reference: DockerCliReference): CommandIndex {
  const cached = commandIndexes.get(reference);
  if (cached) return cached;
  const byPath = new Map<string, DockerCliCommand & { readonly path: string }>();
  for (const [commandPath, command] of Object.entries(reference.commands)) {
    byPath.set(commandPath, { ...command, path: commandPath });
  }
  for (const [commandPath, command] of Object.entries(reference.commands)) {
    for (const alias of command.aliases)
      if (!byPath.has(alias)) byPath.set(alias, { ...command, path: commandPath });
  }
  const index = { byPath };
  commandIndexes.set(reference, index);
  return index;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, column) => column);
  for (let row = 1; row <= a.length; row += 1) {
    const current = [row];
    for (let column = 1; column <= b.length; column += 1) {
      const substitution = (previous[column - 1] ?? 0) + (a[row - 1] === b[column - 1] ? 0 : 1);
      current.push(Math.min((previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance <= Math.max(1, Math.floor(name.length / 3)) && (!best || distance < best.distance)) {
      best = { candidate, distance };
    }
  }
  return best?.candidate;
}

const helpOption: DockerCliOption = { long: 'help', short: null, takesValue: false, valueType: null };

interface FlagParseResult {
  readonly errors: string[];
  readonly unknownFlags: string[];
  /** 플래그와 그 값을 건너뛴 다음 단어의 위치 */
  readonly nextIndex: number;
}

/** `words[index]`의 플래그 하나(묶음 `-itd`, `--name=web`, `-p 8080:80` 포함)를 읽습니다. */
function parseFlag(
  words: readonly string[],
  index: number,
  options: readonly DockerCliOption[],
): FlagParseResult {
  const token = words[index] ?? '';
  const errors: string[] = [];
  const unknownFlags: string[] = [];
  if (token.startsWith('--')) {
    const equalsAt = token.indexOf('=');
    const name = token.slice(2, equalsAt < 0 ? undefined : equalsAt);
    const option = name === 'help' ? helpOption : options.find((candidate) => candidate.long === name);
    if (!option) {
      unknownFlags.push(`--${name}`);
      return { errors, unknownFlags, nextIndex: index + 1 };
    }
    if (option.takesValue && equalsAt < 0) {
      if (index + 1 >= words.length)
        errors.push(`--${name}에는 ${option.valueType ?? '값'} 값이 필요한데 빠졌습니다.`);
      return { errors, unknownFlags, nextIndex: index + 2 };
    }
    return { errors, unknownFlags, nextIndex: index + 1 };
  }
  const cluster = token.slice(1);
  for (let position = 0; position < cluster.length; position += 1) {
    const shorthand = cluster.charAt(position);
    const option = options.find((candidate) => candidate.short === shorthand);
    if (!option) {
      unknownFlags.push(`-${shorthand}`);
      continue;
    }
    if (option.takesValue) {
      const attachedValue = cluster.slice(position + 1).replace(/^=/, '');
      if (attachedValue !== '') return { errors, unknownFlags, nextIndex: index + 1 };
      if (index + 1 >= words.length)
        errors.push(
          `-${shorthand}(--${option.long})에는 ${option.valueType ?? '값'} 값이 필요한데 빠졌습니다.`,
        );
      return { errors, unknownFlags, nextIndex: index + 2 };
    }
  }
  return { errors, unknownFlags, nextIndex: index + 1 };
}

const isFlag = (word: string) => word.startsWith('-') && word !== '-';

/**
 * `docker` 뒤의 단어들을 검사합니다. docker처럼 전역 옵션은 하위 명령 앞에서만, 명령의 플래그는 그 명령 뒤에서만 받습니다.
 * `run`, `exec`처럼 첫 위치 인자 뒤를 컨테이너 안 명령에 넘기는 명령은 그 뒤를 보지 않습니다.
 */
export function validateDockerArguments(
  argumentsAfterDocker: readonly string[],
  reference: DockerCliReference = loadDockerCliReference(),
): DockerCommandVerdict {
  const { byPath } = commandIndexOf(reference);
  const errors: string[] = [];
  const shown = (commandPath: string, rest: string) =>
    `\`docker ${commandPath}${commandPath && rest ? ' ' : ''}${rest}\``;
  const globalNames = new Set(
    reference.globalOptions.flatMap((option) => [
      `--${option.long}`,
      ...(option.short ? [`-${option.short}`] : []),
    ]),
  );

  let index = 0;
  while (index < argumentsAfterDocker.length && isFlag(argumentsAfterDocker[index] ?? '')) {
    const parsed = parseFlag(argumentsAfterDocker, index, reference.globalOptions);
    for (const flag of parsed.unknownFlags) {
      const suggestion = closestName(flag, globalNames);
      errors.push(
        `${shown('', flag)}: docker에 없는 전역 옵션 ${flag}입니다${suggestion ? ` (혹시 ${suggestion}?)` : ''}. \`docker --help\`로 확인하세요.`,
      );
    }
    errors.push(
      ...parsed.errors.map((message) => `${shown('', argumentsAfterDocker[index] ?? '')}: ${message}`),
    );
    index = parsed.nextIndex;
  }
  const firstCommandWord = argumentsAfterDocker[index];
  if (firstCommandWord === undefined) {
    return errors.length > 0
      ? { status: 'invalid', commandPath: '', errors }
      : { status: 'valid', commandPath: '', uncheckedArguments: [] };
  }
  if (uncheckedPluginCommands.has(firstCommandWord)) return { status: 'plugin', plugin: firstCommandWord };

  let commandPath = '';
  let command: (DockerCliCommand & { readonly path: string }) | undefined;
  let children: readonly string[] = reference.topLevelCommands;
  while (index < argumentsAfterDocker.length) {
    const word = argumentsAfterDocker[index] ?? '';
    if (isFlag(word) || (command && command.subcommands.length === 0)) break;
    const candidatePath = commandPath ? `${commandPath} ${word}` : word;
    const found = byPath.get(candidatePath);
    if (!found) {
      if (command && isBuildxBacked(command)) {
        return { status: 'valid', commandPath: candidatePath, uncheckedArguments: [word] };
      }
      const suggestion = closestName(word, children);
      const parentShown = commandPath ? `docker ${commandPath}` : 'docker';
      errors.push(
        `${shown(commandPath, word)}: \`${parentShown}\`에는 \`${word}\` 하위 명령이 없습니다${suggestion ? ` (혹시 \`${suggestion}\`?)` : ''}. \`${parentShown} --help\`로 확인하세요.`,
      );
      return { status: 'invalid', commandPath: candidatePath, errors };
    }
    commandPath = candidatePath;
    command = found;
    children = found.subcommands;
    index += 1;
  }
  if (!command) throw new Error(`명령 경로를 찾지 못했습니다: docker ${argumentsAfterDocker.join(' ')}`);

  const flagsMayBelongToBuildx = isBuildxBacked(command);
  const uncheckedArguments: string[] = [];
  const optionNames = command.options.flatMap((option) => [
    `--${option.long}`,
    ...(option.short ? [`-${option.short}`] : []),
  ]);
  let sawPositionalArgument = false;
  while (index < argumentsAfterDocker.length) {
    const word = argumentsAfterDocker[index] ?? '';
    if (word === '--' || (sawPositionalArgument && command.flagsEndAtFirstArgument)) break;
    if (!isFlag(word)) {
      sawPositionalArgument = true;
      index += 1;
      continue;
    }
    const parsed = parseFlag(argumentsAfterDocker, index, command.options);
    errors.push(...parsed.errors.map((message) => `${shown(commandPath, word)}: ${message}`));
    for (const flag of parsed.unknownFlags) {
      if (flagsMayBelongToBuildx) {
        uncheckedArguments.push(flag);
      } else if (globalNames.has(flag)) {
        errors.push(
          `${shown(commandPath, flag)}: ${flag}는 docker의 전역 옵션이라 하위 명령 앞에 써야 합니다 (\`docker ${flag} … ${commandPath}\`).`,
        );
      } else if (flag === '-h') {
        errors.push(
          `${shown(commandPath, flag)}: -h는 도움말로 쓰이지 않습니다. \`docker ${commandPath} --help\`를 쓰세요.`,
        );
      } else {
        const suggestion = closestName(flag, optionNames);
        errors.push(
          `${shown(commandPath, flag)}: \`docker ${commandPath}\`에는 ${flag} 플래그가 없습니다${suggestion ? ` (혹시 ${suggestion}?)` : ''}. \`docker ${commandPath} --help\`로 확인하세요.`,
        );
      }
    }
    index = parsed.nextIndex;
  }
  return errors.length > 0
    ? { status: 'invalid', commandPath, errors }
    : { status: 'valid', commandPath, uncheckedArguments };
}

/** 셸 명령 한 줄(또는 여러 줄 스크립트)의 모든 docker 명령을 검사합니다. docker 명령이 아닌 것은 결과에 없습니다. */
export function validateDockerCommandLine(
  commandLine: string,
  reference: DockerCliReference = loadDockerCliReference(),
): { readonly command: ShellCommand; readonly verdict: DockerCommandVerdict }[] {
  return splitShellCommands(commandLine)
    .map((command) => ({ command, words: stripCommandPrefixes(command.words) }))
    .filter(({ words }) => words[0] === 'docker')
    .map(({ command, words }) => ({ command, verdict: validateDockerArguments(words.slice(1), reference) }));
}

export const shellLanguages = new Set(['bash', 'sh', 'shell', 'console', 'zsh']);

/**
 * 코드 블록을 셸 스크립트로 바꿉니다. `console` 블록은 `$ `로 시작하는 줄(과 그 줄의 `\` 이음)만 명령이고 나머지는 출력입니다.
 * 줄 번호가 맞도록 출력 줄은 빈 줄로 남깁니다.
 */
export function shellScriptOfBlock(block: FencedCodeBlock): string {
  if (block.language !== 'console') {
    return block.contentLines.map((text) => text.replace(/^\s*\$ /, '')).join('\n');
  }
  let continuing = false;
  return block.contentLines
    .map((text) => {
      const prompt = /^\s*\$ (.*)$/.exec(text);
      const commandText = prompt ? (prompt[1] ?? '') : continuing ? text : null;
      continuing = commandText !== null && commandText.trimEnd().endsWith('\\');
      return commandText ?? '';
    })
    .join('\n');
}

export interface DockerCommandCheckResult {
  readonly problems: readonly ContentProblem[];
  /** 참조 목록으로 검사한 docker 명령 수(플러그인 명령 제외) */
  readonly checkedCount: number;
  readonly pluginCounts: ReadonlyMap<string, number>;
  /** buildx가 받는지 확인하지 못한 플래그·하위 명령과 그 위치 */
  readonly uncheckedArguments: readonly {
    readonly file: string;
    readonly line: number;
    readonly argument: string;
  }[];
}

/** 본문의 인라인 코드로 쓴 docker 명령(`` `docker run -p 8080:80 nginx` ``) */
export const inlineDockerCodePattern = /(?<!`)`(docker(?:\s[^`]*)?)`(?!`)/g;

/**
 * 본문(코드 블록 밖)의 인라인 코드 가운데 `docker`로 시작하는 것과 그 줄. 셸 블록의 명령처럼 CLI 참조와 대조하고,
 * 명령어 사전(`plugins/command-reference`)도 이것을 모읍니다. 쉼표로 나열한 것(`docker container ls, docker ps`)은
 * 명령 하나씩으로 나눕니다.
 */
export function inlineDockerCode(
  document: MarkdownDocument,
): { script: string; line: number; lineText: string }[] {
  return proseLines(document).flatMap(({ text, line }) =>
    [...text.matchAll(inlineDockerCodePattern)].flatMap((match) =>
      (match[1] ?? '')
        .split(/,\s*(?=docker\b)/)
        .map((script) => ({ script: script.replace(/,\s*$/, ''), line, lineText: text })),
    ),
  );
}

/**
 * 본문의 인라인 명령 가운데 검사하지 않는 것: 한글이나 `<…>`, `…` 같은 자리표시를 쓴 꼴(`docker 대상 동작`),
 * 링크 글 안의 명령(가리키는 문서의 제목, 예: 지원이 끝난 플래그의 안내)
 */
function isInlinePlaceholderOrLinkTitle(text: string, script: string): boolean {
  if (/[\uac00-\ud7a3<>…]|\.\.\./.test(script)) return true;
  return [...text.matchAll(/\[([^\]]*)\]\(/g)].some((link) => (link[1] ?? '').includes(`\`${script}`));
}

/** 인라인 코드는 플래그 이름만 말할 때가 많으므로(`docker run --memory`) 값이 빠진 것은 문제로 보지 않습니다 */
const missingValueMessage = /값이 필요한데 빠졌습니다/;

/** 셸 코드 블록과 본문의 인라인 코드에 쓴 모든 docker 명령을 CLI 참조와 대조합니다 */
export function checkDockerCommandsInDocument(
  document: MarkdownDocument,
  reference: DockerCliReference = loadDockerCliReference(),
): DockerCommandCheckResult {
  const problems: ContentProblem[] = [];
  const pluginCounts = new Map<string, number>();
  const uncheckedArguments: { file: string; line: number; argument: string }[] = [];
  let checkedCount = 0;
  const scripts = [
    ...document.codeBlocks
      .filter((candidate) => shellLanguages.has(candidate.language))
      .map((block) => ({ script: shellScriptOfBlock(block), line: block.firstContentLine, inline: false })),
    ...inlineDockerCode(document)
      .filter(({ script, lineText }) => !isInlinePlaceholderOrLinkTitle(lineText, script))
      .map(({ script, line }) => ({ script, line, inline: true })),
  ];
  for (const { script, line, inline } of scripts) {
    for (const command of splitShellCommands(script, line)) {
      const words = stripCommandPrefixes(command.words);
      if (words[0] !== 'docker') continue;
      const verdict = validateDockerArguments(words.slice(1), reference);
      const at = { file: document.filePath, line: command.line };
      if (verdict.status === 'plugin') {
        pluginCounts.set(verdict.plugin, (pluginCounts.get(verdict.plugin) ?? 0) + 1);
        continue;
      }
      checkedCount += 1;
      if (verdict.status === 'invalid')
        problems.push(
          ...verdict.errors
            .filter((message) => !(inline && missingValueMessage.test(message)))
            .map((message) => ({ ...at, message: inline ? `본문의 인라인 명령 ${message}` : message })),
        );
      else uncheckedArguments.push(...verdict.uncheckedArguments.map((argument) => ({ ...at, argument })));
    }
  }
  return { problems, checkedCount, pluginCounts, uncheckedArguments };
}

/** 명령 뒤에 쓴 플래그 하나. 참조에 있는 플래그는 긴 이름과 짧은 이름을 함께 돌려줍니다 */
export interface WrittenDockerFlag {
  /** `--publish`처럼 긴 이름. 참조에 없는 플래그는 쓴 그대로(`--push`, `-x`) */
  readonly name: string;
  readonly short: string | null;
  /** 값을 받는 플래그에 쓴 값(`--name web`, `--name=web`, `-v data:/x`). 값을 받지 않거나 값이 없으면 `null` */
  readonly value: string | null;
}

export interface ParsedDockerCommand {
  /** 참조의 명령 경로(`container ls`, `ps`…) */
  readonly commandPath: string;
  readonly command: DockerCliCommand;
  readonly flags: readonly WrittenDockerFlag[];
  /** 플래그가 아닌 인자. `run`과 `exec`처럼 첫 인자 뒤를 컨테이너 안의 명령으로 넘기는 명령은 그 명령까지 담습니다 */
  readonly positionals: readonly string[];
}

/**
 * `docker` 뒤의 단어들에서 명령과 그 뒤에 쓴 플래그를 읽습니다. 하위 명령이 남은 묶음(`docker container`),
 * 명령 없이 전역 옵션만 쓴 것(`docker --help`), 참조에 없는 이름은 `null`입니다. 플러그인 명령도 `null`입니다.
 */
export function parseDockerCommand(
  argumentsAfterDocker: readonly string[],
  reference: DockerCliReference = loadDockerCliReference(),
): ParsedDockerCommand | null {
  const { byPath } = commandIndexOf(reference);
  let index = 0;
  while (index < argumentsAfterDocker.length && isFlag(argumentsAfterDocker[index] ?? '')) {
    index = parseFlag(argumentsAfterDocker, index, reference.globalOptions).nextIndex;
  }
  let commandPath = '';
  let command: (DockerCliCommand & { readonly path: string }) | undefined;
  while (index < argumentsAfterDocker.length) {
    const word = argumentsAfterDocker[index] ?? '';
    if (isFlag(word) || (command && command.subcommands.length === 0)) break;
    const found = byPath.get(commandPath ? `${commandPath} ${word}` : word);
    if (!found) return null;
    commandPath = commandPath ? `${commandPath} ${word}` : word;
    command = found;
    index += 1;
  }
  if (!command || command.subcommands.length > 0) return null;

  const flags: WrittenDockerFlag[] = [];
  const positionals: string[] = [];
  while (index < argumentsAfterDocker.length) {
    const word = argumentsAfterDocker[index] ?? '';
    if (word === '--' || (positionals.length > 0 && command.flagsEndAtFirstArgument)) break;
    index += 1;
    if (!isFlag(word)) {
      positionals.push(word);
      continue;
    }
    if (word.startsWith('--')) {
      const [name = '', ...valueParts] = word.slice(2).split('=');
      const option = command.options.find((candidate) => candidate.long === name);
      const inlineValue = valueParts.length > 0 ? valueParts.join('=') : null;
      const value = option?.takesValue ? (inlineValue ?? argumentsAfterDocker[index] ?? null) : null;
      flags.push({ name: `--${name}`, short: option?.short ? `-${option.short}` : null, value });
      if (option?.takesValue && inlineValue === null) index += 1;
      continue;
    }
    const cluster = word.slice(1);
    for (let position = 0; position < cluster.length; position += 1) {
      const shorthand = cluster.charAt(position);
      const option = command.options.find((candidate) => candidate.short === shorthand);
      if (!option) {
        flags.push({ name: `-${shorthand}`, short: null, value: null });
        continue;
      }
      if (!option.takesValue) {
        flags.push({ name: `--${option.long}`, short: `-${shorthand}`, value: null });
        continue;
      }
      const attached = cluster.slice(position + 1);
      const value = attached === '' ? (argumentsAfterDocker[index] ?? null) : attached.replace(/^=/, '');
      flags.push({ name: `--${option.long}`, short: `-${shorthand}`, value });
      if (attached === '') index += 1;
      break;
    }
  }
  positionals.push(...argumentsAfterDocker.slice(argumentsAfterDocker[index] === '--' ? index + 1 : index));
  return { commandPath, command, flags, positionals };
}
