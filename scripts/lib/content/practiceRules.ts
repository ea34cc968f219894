/**
 * 개정판 장의 실습 규칙. 독자가 적힌 그대로 따라 칠 수 있어야 하므로
 * 1. 셸 블록에서 이름으로 부르는 컨테이너(`docker exec web`, `docker logs web`, `--pid container:web` …)는 같은 `##` 절에서
 *    먼저 `docker run/create --name web`으로 만듭니다.
 * 2. 직접 해보기는 바인드 마운트와 `COPY`가 쓰는 호스트 경로를 그 안에서 만들고,
 * 3. 만든 컨테이너, 네트워크, 볼륨, 빌드한 이미지, 파일과 폴더를 끝날 때까지 모두 지웁니다.
 *
 * 셸을 흉내 내지는 않습니다. 문서의 예시 명령에서 이름이 생기고 쓰이고 지워지는 자리만 읽습니다. `$`가 든 이름(변수,
 * 명령 치환)은 값을 알 수 없으므로 보지 않고, Compose 서비스 이름(`docker compose exec web`)은 컨테이너 이름이 아니므로 보지 않습니다.
 */
import path from 'node:path';
import {
  loadDockerCliReference,
  parseDockerCommand,
  shellLanguages,
  shellScriptOfBlock,
  splitShellCommands,
  stripCommandPrefixes,
  type ParsedDockerCommand,
} from '../../../src/lib/content/dockerCommand';
import type { DockerCliReference } from '../../generate-docker-cli-reference';
import {
  plainHeadingText,
  proseLines,
  sectionLines,
  type BodyLine,
  type ContentProblem,
  type FencedCodeBlock,
  type MarkdownDocument,
  type MarkdownHeading,
} from '../../../src/lib/content/markdown';

export const tryItSectionId = 'try-it';

/**
 * 없는 경로를 일부러 쓰는 단계(바인드 마운트 원본이 없을 때의 오류를 보여 주는 단계)는 직접 해보기 안에
 * `{/* 일부러 없는 경로: no-such-dir *\/}` 주석을 두어 그 이름을 경로 검사에서 뺍니다.
 */
const intentionallyMissingPattern = /\{\/\*\s*일부러 없는 경로:\s*([^*]+?)\s*\*\/\}/;

function intentionallyMissingPaths(lines: readonly BodyLine[]): Set<string> {
  return new Set(
    lines.flatMap(({ text }) =>
      (intentionallyMissingPattern.exec(text)?.[1] ?? '')
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== ''),
    ),
  );
}

type ResourceKind = 'container' | 'network' | 'volume' | 'image' | 'path';

const kindLabels: Record<ResourceKind, string> = {
  container: '컨테이너',
  network: '네트워크',
  volume: '볼륨',
  image: '이미지',
  path: '파일이나 폴더',
};

const removalHints: Record<ResourceKind, (name: string) => string> = {
  container: (name) => `docker rm -f ${name}`,
  network: (name) => `docker network rm ${name}`,
  volume: (name) => `docker volume rm ${name}`,
  image: (name) => `docker image rm ${name}`,
  path: (name) => `rm -r ${name}`,
};

/** 절 안에서 일어나는 일 하나. 문서 순서(줄 번호)대로 처리합니다 */
export type PracticeEvent =
  | { readonly type: 'create'; readonly kind: ResourceKind; readonly name: string; readonly line: number }
  | {
      readonly type: 'create-container';
      readonly name: string;
      readonly line: number;
      /** `--rm`: 전경에서 돌면 끝날 때, `-d`와 함께면 멈출 때 지워집니다 */
      readonly autoRemove: 'on-exit' | 'on-stop' | null;
    }
  | {
      readonly type: 'use-container';
      readonly name: string;
      readonly line: number;
      readonly command: string;
      /** `docker rm -f`: 만들기 전의 정리 단계로 써도 됩니다 */
      readonly forcedRemoval: boolean;
    }
  | { readonly type: 'use-any'; readonly name: string; readonly line: number; readonly command: string }
  | { readonly type: 'use-path'; readonly name: string; readonly line: number; readonly how: string }
  | { readonly type: 'remove'; readonly kind: ResourceKind; readonly name: string; readonly line: number }
  | { readonly type: 'stop-container'; readonly name: string; readonly line: number }
  | { readonly type: 'cd'; readonly target: string; readonly line: number };

const hasVariable = (word: string) => word.includes('$') || word.includes('`');

/** 명령의 이름들: 참조 경로와 별칭 전부(`rm`, `container rm`, `container remove`) */
function namesOf(parsed: ParsedDockerCommand): Set<string> {
  return new Set([parsed.commandPath, ...parsed.command.aliases]);
}

function flagValues(parsed: ParsedDockerCommand, ...longNames: string[]): string[] {
  return parsed.flags
    .filter((flag) => longNames.includes(flag.name) && flag.value !== null)
    .map((flag) => flag.value ?? '');
}

const hasFlag = (parsed: ParsedDockerCommand, longName: string) =>
  parsed.flags.some((flag) => flag.name === longName);

/** `--pid container:web`, `--network container:web`의 컨테이너 이름 */
const containerOfNamespaceOption = (value: string) => /^container:(.+)$/.exec(value)?.[1] ?? null;

/** 바인드 마운트 원본이 호스트의 상대 경로(`./site`, `site/`, `$PWD/site`)면 현재 디렉터리 기준 경로를, 아니면 null */
export function relativeHostPath(source: string): string | null {
  const withoutPwd = source.replace(/^(?:\$PWD|\$\{PWD\}|\$\(pwd\))(?:\/|$)/, './');
  if (withoutPwd === './') return '.';
  if (hasVariable(withoutPwd) || withoutPwd.startsWith('/') || withoutPwd.startsWith('~')) return null;
  if (withoutPwd.startsWith('./') || withoutPwd.startsWith('../')) return path.posix.normalize(withoutPwd);
  return null;
}

/** `-v`의 값: 원본이 경로면 바인드 마운트, 이름이면 이름 있는 볼륨 */
function eventsOfVolumeOption(value: string, line: number): PracticeEvent[] {
  const [source = ''] = value.split(':');
  if (value.split(':').length < 2 || source === '' || hasVariable(source.replace(/^\$PWD|^\$\(pwd\)/, ''))) {
    const hostPath = relativeHostPath(source);
    return hostPath ? [{ type: 'use-path', name: hostPath, line, how: `-v ${value}` }] : [];
  }
  if (/^[A-Za-z0-9][\w.-]*$/.test(source)) return [{ type: 'create', kind: 'volume', name: source, line }];
  const hostPath = relativeHostPath(source);
  return hostPath ? [{ type: 'use-path', name: hostPath, line, how: `-v ${value}` }] : [];
}

function eventsOfMountOption(value: string, line: number): PracticeEvent[] {
  const fields = new Map(
    value.split(',').map((field) => {
      const [key = '', ...rest] = field.split('=');
      return [key, rest.join('=')] as const;
    }),
  );
  const type = fields.get('type') ?? 'volume';
  const source = fields.get('source') ?? fields.get('src') ?? null;
  if (source === null || source === '') return [];
  if (type === 'bind') {
    const hostPath = relativeHostPath(source);
    return hostPath ? [{ type: 'use-path', name: hostPath, line, how: `--mount ${value}` }] : [];
  }
  if (type === 'volume' && !hasVariable(source))
    return [{ type: 'create', kind: 'volume', name: source, line }];
  return [];
}

function eventsOfDockerCommand(parsed: ParsedDockerCommand, line: number): PracticeEvent[] {
  const names = namesOf(parsed);
  const is = (...candidates: string[]) => candidates.some((candidate) => names.has(candidate));
  const events: PracticeEvent[] = [];
  const positionals = parsed.positionals;
  const useContainer = (name: string, forcedRemoval = false) => {
    if (!hasVariable(name) && name !== '')
      events.push({
        type: 'use-container',
        name,
        line,
        command: `docker ${parsed.commandPath}`,
        forcedRemoval,
      });
  };

  if (is('container run', 'container create')) {
    for (const value of flagValues(parsed, '--network', '--net', '--pid', '--ipc', '--uts')) {
      const container = containerOfNamespaceOption(value);
      if (container) useContainer(container);
    }
    for (const value of flagValues(parsed, '--volumes-from')) useContainer(value.split(':')[0] ?? '');
    for (const value of flagValues(parsed, '--link')) useContainer(value.split(':')[0] ?? '');
    for (const value of flagValues(parsed, '--volume')) events.push(...eventsOfVolumeOption(value, line));
    for (const value of flagValues(parsed, '--mount')) events.push(...eventsOfMountOption(value, line));
    const [name] = flagValues(parsed, '--name');
    if (name !== undefined && !hasVariable(name)) {
      const autoRemove = hasFlag(parsed, '--rm')
        ? hasFlag(parsed, '--detach') || is('container create')
          ? 'on-stop'
          : 'on-exit'
        : null;
      events.push({ type: 'create-container', name, line, autoRemove });
    }
    return events;
  }
  if (is('container rm')) {
    const forced = hasFlag(parsed, '--force');
    for (const name of positionals) {
      useContainer(name, forced);
      if (!hasVariable(name)) events.push({ type: 'remove', kind: 'container', name, line });
    }
    return events;
  }
  if (is('container stop', 'container kill')) {
    for (const name of positionals) {
      useContainer(name);
      if (!hasVariable(name)) events.push({ type: 'stop-container', name, line });
    }
    return events;
  }
  if (
    is(
      'container start',
      'container restart',
      'container pause',
      'container unpause',
      'container stats',
      'container update',
      'container wait',
      'container inspect',
    )
  ) {
    for (const name of positionals) useContainer(name);
    return events;
  }
  if (
    is(
      'container exec',
      'container logs',
      'container attach',
      'container top',
      'container port',
      'container diff',
      'container export',
      'container rename',
    )
  ) {
    useContainer(positionals[0] ?? '');
    if (is('container rename') && positionals[1] && !hasVariable(positionals[1]))
      events.push({ type: 'create-container', name: positionals[1], line, autoRemove: null });
    return events;
  }
  if (is('container commit')) {
    useContainer(positionals[0] ?? '');
    if (positionals[1] && !hasVariable(positionals[1]))
      events.push({ type: 'create', kind: 'image', name: positionals[1], line });
    return events;
  }
  if (is('container cp')) {
    for (const argument of positionals) {
      const container = /^([A-Za-z0-9][\w.-]*):/.exec(argument)?.[1];
      if (container) useContainer(container);
    }
    return events;
  }
  if (is('inspect')) {
    // 종류를 적지 않은 inspect는 컨테이너, 네트워크, 볼륨 어느 것이든 받습니다. 이미지 참조(`nginx:1.30`)는 보지 않습니다.
    for (const name of positionals.filter((candidate) => /^[A-Za-z0-9][\w.-]*$/.test(candidate)))
      events.push({ type: 'use-any', name, line, command: 'docker inspect' });
    return events;
  }
  if (is('network create') && positionals[0] && !hasVariable(positionals[0])) {
    return [{ type: 'create', kind: 'network', name: positionals[0], line }];
  }
  if (is('network rm')) {
    return positionals
      .filter((name) => !hasVariable(name))
      .map((name) => ({ type: 'remove', kind: 'network', name, line }) as const);
  }
  if (is('network connect', 'network disconnect')) {
    useContainer(positionals[1] ?? '');
    return events;
  }
  if (is('volume create') && positionals[0] && !hasVariable(positionals[0])) {
    return [{ type: 'create', kind: 'volume', name: positionals[0], line }];
  }
  if (is('volume rm')) {
    return positionals
      .filter((name) => !hasVariable(name))
      .map((name) => ({ type: 'remove', kind: 'volume', name, line }) as const);
  }
  if (is('image build', 'build', 'builder build')) {
    return flagValues(parsed, '--tag')
      .filter((tag) => !hasVariable(tag))
      .map((name) => ({ type: 'create', kind: 'image', name: withDefaultTag(name), line }) as const);
  }
  if (is('image tag') && positionals[1] && !hasVariable(positionals[1])) {
    return [{ type: 'create', kind: 'image', name: withDefaultTag(positionals[1]), line }];
  }
  if (is('image rm')) {
    return positionals
      .filter((name) => !hasVariable(name))
      .map((name) => ({ type: 'remove', kind: 'image', name: withDefaultTag(name), line }) as const);
  }
  return events;
}

/** `web` → `web:latest`: 태그를 생략한 이미지 이름과 적은 이름이 같은 것으로 보이게 합니다 */
function withDefaultTag(reference: string): string {
  if (reference.includes('@')) return reference;
  const lastSegment = reference.split('/').pop() ?? reference;
  return lastSegment.includes(':') ? reference : `${reference}:latest`;
}

/** `docker buildx build -t x .`는 플러그인 명령이라 참조로 읽을 수 없어 태그만 따로 읽습니다 */
function eventsOfBuildxBuild(words: readonly string[], line: number): PracticeEvent[] {
  if (words[1] !== 'buildx' || !['build', 'b'].includes(words[2] ?? '')) return [];
  const events: PracticeEvent[] = [];
  words.forEach((word, index) => {
    const value = word === '-t' || word === '--tag' ? words[index + 1] : /^--tag=(.+)$/.exec(word)?.[1];
    if (value && !hasVariable(value))
      events.push({ type: 'create', kind: 'image', name: withDefaultTag(value), line });
  });
  return events;
}

const pathOperands = (words: readonly string[]) => words.slice(1).filter((word) => !word.startsWith('-'));

function eventsOfShellCommand(words: readonly string[], line: number): PracticeEvent[] {
  const [program = ''] = words;
  const operands = pathOperands(words).filter((word) => !hasVariable(word));
  const local = (word: string) => !word.startsWith('/') && !word.startsWith('~');
  switch (program) {
    case 'mkdir':
    case 'touch':
      return operands.filter(local).map((name) => ({ type: 'create', kind: 'path', name, line }) as const);
    case 'cp':
    case 'mv': {
      const target = operands.at(-1);
      return target && local(target) && operands.length >= 2
        ? [{ type: 'create', kind: 'path', name: target, line }]
        : [];
    }
    case 'git':
      return words[1] === 'clone' && operands.length >= 3 && local(operands.at(-1) ?? '')
        ? [{ type: 'create', kind: 'path', name: operands.at(-1) ?? '', line }]
        : [];
    case 'tee':
      return operands.filter(local).map((name) => ({ type: 'create', kind: 'path', name, line }) as const);
    case 'rm':
    case 'rmdir':
      return operands.filter(local).map((name) => ({ type: 'remove', kind: 'path', name, line }) as const);
    case 'cd':
      return [{ type: 'cd', target: operands[0] ?? '~', line }];
    default:
      return [];
  }
}

/**
 * 리디렉션으로 만든 파일(`echo … > site/index.html`, `cat > Dockerfile <<'EOF'`). 명령 분리기는 리디렉션 대상을 버리므로
 * 따옴표와 here-document 본문을 걷어 낸 줄에서 따로 읽습니다. here-document로 만든 `Dockerfile`의 본문은 돌려줍니다.
 */
function redirectionsOfBlock(block: FencedCodeBlock): {
  readonly created: { readonly name: string; readonly line: number }[];
  readonly dockerfileBodies: { readonly lines: readonly string[]; readonly line: number }[];
} {
  const created: { name: string; line: number }[] = [];
  const dockerfileBodies: { lines: string[]; line: number }[] = [];
  const lines = shellScriptOfBlock(block).split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = block.firstContentLine + index;
    const unquoted = (lines[index] ?? '').replace(/'[^']*'|"[^"]*"/g, '""');
    const targets = [...unquoted.matchAll(/(?:^|[\s;&|])\d?>>?\s*([^\s;&|<>()]+)/g)]
      .map((match) => match[1] ?? '')
      .filter((target) => target !== '' && !target.startsWith('&') && !target.startsWith('/'))
      .filter((target) => !hasVariable(target));
    for (const name of targets) created.push({ name, line });
    const heredoc = /<<-?\s*['"]?([A-Za-z_]+)['"]?/.exec(lines[index] ?? '');
    if (!heredoc?.[1]) continue;
    const end = lines.findIndex((candidate, position) => position > index && candidate.trim() === heredoc[1]);
    const bodyEnd = end < 0 ? lines.length : end;
    if (targets.some((target) => /(?:^|\/)(?:Dockerfile|[^/]+\.Dockerfile)$/.test(target)))
      dockerfileBodies.push({ lines: lines.slice(index + 1, bodyEnd), line: line + 1 });
    index = bodyEnd;
  }
  return { created, dockerfileBodies };
}

/** `COPY`/`ADD`가 빌드 컨텍스트에서 읽는 원본(`--from`, URL, here-document는 빼고) */
export function copySources(
  dockerfileLines: readonly string[],
  firstLine: number,
): { name: string; line: number }[] {
  const sources: { name: string; line: number }[] = [];
  dockerfileLines.forEach((text, index) => {
    const match = /^\s*(?:COPY|ADD)\s+(.*)$/i.exec(text);
    if (!match?.[1] || /(?:^|\s)--from[=\s]/.test(match[1]) || match[1].includes('<<')) return;
    const words = match[1]
      .trim()
      .replace(/^\[|\]$/g, '')
      .split(/[\s,]+/)
      .map((word) => word.replace(/^"|"$/g, ''))
      .filter((word) => word !== '' && !word.startsWith('--'));
    for (const name of words.slice(0, -1)) {
      if (/^[a-z]+:\/\//i.test(name) || hasVariable(name) || name === '.' || name === './') continue;
      sources.push({ name: path.posix.normalize(name), line: firstLine + index });
    }
  });
  return sources;
}

const fileLikeName = /^(?:[\w.-]+\/)*(?:[\w-]*\.[\w.-]+|Dockerfile|[\w-]+\/)$/;

/** 직접 해보기의 글이 저장하라고 이름을 대는 파일(`` `server.js`, `Dockerfile`을 … 저장합니다 ``) */
function savedFileNames(text: string): string[] {
  if (!/저장/.test(text)) return [];
  return [...text.matchAll(/`([^`]+)`/g)]
    .map((match) => match[1] ?? '')
    .filter((name) => fileLikeName.test(name) && !name.includes(' '));
}

function shellBlocksIn(document: MarkdownDocument, lines: readonly BodyLine[]): FencedCodeBlock[] {
  const first = lines[0]?.line ?? 0;
  const last = lines.at(-1)?.line ?? -1;
  return document.codeBlocks.filter((block) => block.fenceLine >= first && block.fenceLine <= last);
}

/** 절 하나에서 일어나는 일을 줄 순서대로 */
export function eventsOfSection(
  document: MarkdownDocument,
  lines: readonly BodyLine[],
  reference: DockerCliReference,
  withFiles: boolean,
): PracticeEvent[] {
  const events: PracticeEvent[] = [];
  for (const block of shellBlocksIn(document, lines)) {
    if (shellLanguages.has(block.language)) {
      for (const command of splitShellCommands(shellScriptOfBlock(block), block.firstContentLine)) {
        const words = stripCommandPrefixes(command.words);
        if (words[0] === 'docker') {
          const parsed = parseDockerCommand(words.slice(1), reference);
          events.push(...(parsed ? eventsOfDockerCommand(parsed, command.line) : []));
          events.push(...eventsOfBuildxBuild(words, command.line));
        } else if (withFiles) {
          events.push(...eventsOfShellCommand(words, command.line));
        }
      }
      if (withFiles) {
        const { created, dockerfileBodies } = redirectionsOfBlock(block);
        events.push(
          ...created.map(({ name, line }) => ({ type: 'create', kind: 'path', name, line }) as const),
        );
        for (const body of dockerfileBodies)
          for (const source of copySources(body.lines, body.line))
            events.push({
              type: 'use-path',
              name: source.name,
              line: source.line,
              how: `COPY ${source.name}`,
            });
      }
    } else if (withFiles && block.language === 'dockerfile') {
      for (const source of copySources(block.contentLines, block.firstContentLine))
        events.push({ type: 'use-path', name: source.name, line: source.line, how: `COPY ${source.name}` });
    }
    if (withFiles && block.title && fileLikeName.test(block.title))
      events.push({ type: 'create', kind: 'path', name: block.title, line: block.fenceLine });
  }
  if (withFiles) {
    const prose = proseLines({ bodyLines: lines, codeBlocks: document.codeBlocks });
    for (const { text, line } of prose) {
      // "폴더를 만들고 들어가 … 저장합니다" 뒤에 `mkdir`과 `cd` 블록이 오므로, 저장은 그 단계(번호 목록의 항목)가 끝날 때 일어난 것으로 봅니다.
      const nextStep = prose.find((candidate) => candidate.line > line && /^\d+\.\s/.test(candidate.text));
      const savedAt = (nextStep?.line ?? (lines.at(-1)?.line ?? line) + 1) - 0.5;
      for (const name of savedFileNames(text))
        events.push({ type: 'create', kind: 'path', name, line: savedAt });
    }
  }
  // 같은 줄에서는 만들기가 쓰기보다 먼저입니다(`docker run --name web --pid container:web`는 없지만, `-v data:/x`는 만들며 씁니다).
  const order = (event: PracticeEvent) =>
    event.type === 'create' || event.type === 'create-container' ? 0 : 1;
  return events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.line - b.event.line || order(a.event) - order(b.event) || a.index - b.index)
    .map(({ event }) => event);
}

function level2Sections(
  document: MarkdownDocument,
): { heading: MarkdownHeading | null; lines: BodyLine[] }[] {
  const level2 = document.headings.filter((heading) => heading.level === 2);
  const firstLine = level2[0]?.line ?? Number.POSITIVE_INFINITY;
  return [
    { heading: null, lines: document.bodyLines.filter((bodyLine) => bodyLine.line < firstLine) },
    ...level2.map((heading) => ({ heading, lines: sectionLines(document, heading) })),
  ];
}

const sectionName = (heading: MarkdownHeading | null) =>
  heading ? `"## ${plainHeadingText(heading.text)}"` : '장 첫머리';

/** 규칙 1: 이름으로 부르는 컨테이너는 같은 `##` 절에서 먼저 만듭니다 */
export function checkContainersNamedBeforeUse(
  document: MarkdownDocument,
  reference: DockerCliReference = loadDockerCliReference(),
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { heading, lines } of level2Sections(document)) {
    const made = new Set<string>();
    for (const event of eventsOfSection(document, lines, reference, false)) {
      if (event.type === 'create-container' || (event.type === 'create' && event.kind !== 'image')) {
        made.add(event.name);
      } else if (event.type === 'use-container' && !made.has(event.name) && !event.forcedRemoval) {
        problems.push({
          file: document.filePath,
          line: event.line,
          message: `\`${event.command}\`가 컨테이너 \`${event.name}\`를 부르지만 이 절(${sectionName(heading)})에서 앞서 만들지 않았습니다. 독자가 적힌 그대로 따라 칠 수 있도록 절 안에서 먼저 \`docker run -d --name ${event.name} …\`으로 만드세요.`,
        });
      } else if (event.type === 'use-any' && !made.has(event.name)) {
        problems.push({
          file: document.filePath,
          line: event.line,
          message: `\`docker inspect ${event.name}\`: \`${event.name}\`라는 컨테이너·네트워크·볼륨을 이 절(${sectionName(heading)})에서 앞서 만들지 않았습니다. 절 안에서 먼저 만드세요.`,
        });
      }
    }
  }
  return problems;
}

interface Created {
  readonly kind: ResourceKind;
  readonly name: string;
  readonly line: number;
  removed: boolean;
  autoRemove: 'on-exit' | 'on-stop' | null;
}

/** 규칙 2와 3: 직접 해보기는 쓰는 호스트 경로를 만들고, 만든 것은 모두 지웁니다 */
export function checkTryItMakesAndRemoves(
  document: MarkdownDocument,
  reference: DockerCliReference = loadDockerCliReference(),
): ContentProblem[] {
  const tryIt = document.headings.find((heading) => heading.level === 2 && heading.id === tryItSectionId);
  if (!tryIt) return [];
  const problems: ContentProblem[] = [];
  const created: Created[] = [];
  const tryItLines = sectionLines(document, tryIt);
  const missingOnPurpose = intentionallyMissingPaths(tryItLines);
  let directory = '.';
  const resolve = (name: string) => path.posix.normalize(path.posix.join(directory, name.replace(/\/$/, '')));
  const isMadePath = (target: string) =>
    created.some(
      (entry) => entry.kind === 'path' && (entry.name === target || target.startsWith(`${entry.name}/`)),
    );
  const madeFileMatches = (source: string) => {
    // COPY의 원본은 빌드 컨텍스트 기준입니다. 컨텍스트가 어느 폴더인지는 읽지 않으므로 끝부분이 같은 파일을 찾고, `*`는 와일드카드로 봅니다.
    const pattern = new RegExp(`(?:^|/)${source.split('*').map(escapeRegExp).join('[^/]*')}(?:/|$)`);
    return created.some((entry) => entry.kind === 'path' && pattern.test(entry.name));
  };

  for (const event of eventsOfSection(document, tryItLines, reference, true)) {
    switch (event.type) {
      case 'cd':
        directory = event.target === '..' ? path.posix.dirname(directory) : resolve(event.target);
        break;
      case 'create': {
        const name = event.kind === 'path' ? resolve(event.name) : event.name;
        const existing = created.find((entry) => entry.kind === event.kind && entry.name === name);
        // 지운 뒤 다시 만든 것은 다시 지워야 합니다.
        if (existing) existing.removed = false;
        else created.push({ kind: event.kind, name, line: event.line, removed: false, autoRemove: null });
        break;
      }
      case 'create-container': {
        const existing = created.find((entry) => entry.kind === 'container' && entry.name === event.name);
        if (existing) {
          existing.removed = event.autoRemove === 'on-exit';
          existing.autoRemove = event.autoRemove;
        } else
          created.push({
            kind: 'container',
            name: event.name,
            line: event.line,
            removed: event.autoRemove === 'on-exit',
            autoRemove: event.autoRemove,
          });
        break;
      }
      case 'stop-container':
        for (const entry of created)
          if (entry.kind === 'container' && entry.name === event.name && entry.autoRemove === 'on-stop')
            entry.removed = true;
        break;
      case 'remove': {
        const name = event.kind === 'path' ? resolve(event.name) : event.name;
        for (const entry of created) {
          const matches =
            entry.kind === event.kind &&
            (entry.name === name || (event.kind === 'path' && entry.name.startsWith(`${name}/`)));
          if (matches) entry.removed = true;
        }
        break;
      }
      case 'use-path': {
        const isCopy = event.how.startsWith('COPY');
        const made = isCopy ? madeFileMatches(event.name) : isMadePath(resolve(event.name));
        if (!made && !missingOnPurpose.has(event.name))
          problems.push({
            file: document.filePath,
            line: event.line,
            message: `직접 해보기의 \`${event.how}\`가 호스트의 \`${event.name}\`를 쓰지만 직접 해보기 안에서 만들지 않았습니다. 앞 단계에서 \`mkdir -p\`, \`echo … >\`, \`cat > 파일 <<'EOF'\`로 만들거나, 어느 파일을 어디에 저장할지 글로 알려 주세요.`,
          });
        break;
      }
      default:
        break;
    }
  }
  // 직접 해보기가 만든 폴더 안의 파일은 그 폴더를 지우면 함께 지워집니다.
  const topLevel = created.filter(
    (entry) =>
      entry.kind !== 'path' ||
      !created.some(
        (parent) => parent.kind === 'path' && parent !== entry && entry.name.startsWith(`${parent.name}/`),
      ),
  );
  for (const entry of topLevel.filter((candidate) => !candidate.removed)) {
    if (entry.kind === 'path' && (entry.name === '.' || entry.name.startsWith('../'))) continue;
    problems.push({
      file: document.filePath,
      line: entry.line,
      message: `직접 해보기가 만든 ${kindLabels[entry.kind]} \`${entry.name}\`를 끝에서 지우지 않습니다. 마지막 정리 단계에 \`${removalHints[entry.kind](entry.name)}\`를 넣으세요.`,
    });
  }
  return problems;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** 개정판 장에 적용하는 실습 규칙 전부 */
export function checkPracticeRules(
  document: MarkdownDocument,
  reference: DockerCliReference = loadDockerCliReference(),
): ContentProblem[] {
  return [
    ...checkContainersNamedBeforeUse(document, reference),
    ...checkTryItMakesAndRemoves(document, reference),
  ];
}
