/**
 * 기준 버전 검사: 개정판이 보여 주는 버전이 `src/data/baseline.ts`와 같은지 확인합니다.
 * `tests/content/baseline.test.ts`와 `scripts/check-content.ts`가 이 모듈을 함께 씁니다.
 *
 * 무엇을 검사하는가
 * 1. 출력 예(`text` 블록). 바로 앞 코드 블록(사이에 다른 `text` 블록과 빈 줄·글은 있어도 되고 제목은 없어야 함)이
 *    셸 블록이면 그 명령으로, 아니면 블록 제목으로 종류를 정합니다.
 *    - `docker version`: Client의 `Version`(CLI)과 `API version`(`(downgraded from …)`이면 두 값 모두),
 *      Server 제목의 `Docker Desktop x.y.z`, Engine의 `Version`과 `API version … (minimum version …)`,
 *      containerd·runc의 `Version`, runc의 `GitCommit`(`v1.4.3-0-g…`).
 *      `--format`이면 템플릿의 필드(`.Client.Version`, `.Server.Version`, `.Server.APIVersion`…)나
 *      `range .Server.Components`의 `이름 버전` 줄을 읽습니다.
 *    - `docker info`(`docker system info`): Client의 `Version`, 플러그인 buildx·compose의 `Version`,
 *      `Server Version`, `containerd version`(버전 모양일 때만. 문서의 형식은 커밋 ID입니다), `runc version`.
 *    - `docker compose version`(`--short`, `--format json` 포함), `docker buildx version`.
 *    - Engine API의 `/version` 응답(`curl … /version`): 최상위 `Version`, `ApiVersion`, `MinAPIVersion`,
 *      `Platform.Name`의 Desktop 버전, `Components`의 Engine·containerd·runc.
 *    값은 그 명령이 찍는 모양 그대로 비교합니다(containerd와 플러그인은 `v2.3.3`, Engine과 runc는 `29.7.2`).
 *    `…`로 줄인 값처럼 버전 모양이 아닌 값은 건너뜁니다.
 * 2. 기준을 말하는 글(코드 블록 밖의 줄, 표의 칸, 출력 예의 제목, 데이터 파일의 줄).
 *    제품 이름 바로 뒤의 버전(`Docker Desktop 4.86`, `Engine 29.7.2`, `Compose v5.5.0`, `runc 1.4.3`, `API 1.55`)을 찾아
 *    - 자리표시 버전(`4.5x`, `29.x`)은 기준과 어긋나면(`4.5x`와 4.86.0) 어디서나, 맞더라도 기준을 말하는 문장에서는 알립니다.
 *    - `기준`이 든 문장과 출력 예의 제목에 적은 버전은 기준과 같아야 하고, 정확해야 합니다(Desktop과 API는 `x.y`까지,
 *      나머지는 `x.y.z`까지).
 *    - 기준 Engine(`Engine 29.7.2`)을 적은 뒤 같은 문장에서 다음 Engine 버전 전까지 적은 API 버전(`API 1.55`,
 *      `최소 1.40`, `minimum version 1.40`)은 기준 API와 같아야 합니다.
 *    - 기준과 주 버전이 같은 정확한 버전(Compose·Buildx·Desktop은 `x.y`, 나머지는 `x.y.z`)이 기준과 다르면 알립니다.
 *
 * 일부러 다른 버전을 보이는 법(검사하지 않는 것)
 * - 개정판만 검사합니다. 초판(`versioned_docs/`)의 Engine 27.5.1 출력은 검사하지 않습니다.
 * - 인라인 코드는 출력 예가 아닙니다. `1.52 (downgraded from 1.55)`처럼 본문에서 다른 데몬의 값을 보일 때는 인라인 코드로
 *   적습니다(자리표시 버전만은 인라인 코드 안에서도 알립니다).
 * - 버전 뒤에 때를 가리키는 말(`부터`, `이후`, `이상`, `이전`, `까지`, `에서` …)이 오면 변화의 시점이라 비교하지 않습니다
 *   (`Compose 2.23부터`, `Desktop 4.34 이후`, `Engine 29.0(2025년 11월)부터`). 링크 글(`[Engine 29.3.0 릴리스 노트](…)`)도
 *   출처라 비교하지 않습니다.
 * - 기준과 다른 버전의 출력 예는 제목에 그 버전과 `이전`이라는 말을 적습니다(`출력 예 (이전 버전, Docker Engine 29.2.1)`).
 *   그런 블록은 건너뛰고, `이전` 없이 다른 버전을 적은 제목은 알립니다.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { baseline } from '../../src/data/baseline';
import {
  shellLanguages,
  shellScriptOfBlock,
  splitShellCommands,
  stripCommandPrefixes,
} from '../../src/lib/content/dockerCommand';
import { proseLines, readMarkdownDocument } from '../../src/lib/content/markdown';
import type { ContentProblem, FencedCodeBlock, MarkdownDocument } from '../../src/lib/content/markdown';
import { listMarkdownFilesRecursively } from './contentFiles';

/** 비교하는 값 하나의 이름. `apiMinimum`은 데몬이 기본으로 받는 가장 낮은 API 버전입니다 */
export type BaselineValueKey =
  | 'cli'
  | 'engine'
  | 'api'
  | 'apiMinimum'
  | 'containerd'
  | 'runc'
  | 'compose'
  | 'buildx'
  | 'buildkit'
  | 'desktop';

/** 접두사 `v` 없는 기준 값 */
export type BaselineValues = Readonly<Record<BaselineValueKey, string>>;

export const baselineValues: BaselineValues = {
  cli: baseline.cli.version,
  engine: baseline.engine.version,
  api: baseline.api.version,
  apiMinimum: baseline.api.minimumVersion,
  containerd: baseline.containerd.version,
  runc: baseline.runc.version,
  compose: baseline.compose.version,
  buildx: baseline.buildx.version,
  buildkit: baseline.buildkit.version,
  desktop: baseline.desktop.version,
};

const valueNames: Readonly<Record<BaselineValueKey, string>> = {
  cli: 'Docker CLI',
  engine: 'Docker Engine',
  api: 'Engine API',
  apiMinimum: '최소 API 버전',
  containerd: 'containerd',
  runc: 'runc',
  compose: 'Docker Compose',
  buildx: 'Buildx',
  buildkit: 'BuildKit',
  desktop: 'Docker Desktop',
};

const baselineFile = 'src/data/baseline.ts';

/** 메시지의 기대값: `기준(src/data/baseline.ts)은 Docker Compose v5.5.0입니다.` */
const expectation = (key: BaselineValueKey, want: string) =>
  `기준(${baselineFile})은 ${valueNames[key]} ${want}입니다.`;

// ---------------------------------------------------------------------------------------------------------------
// 출력 예

/** 출력 예를 찍는 명령의 종류 */
export type BaselineOutputKind =
  | 'docker version'
  | 'docker info'
  | 'docker compose version'
  | 'docker buildx version'
  | 'Engine API /version';

export interface BaselineOutputSource {
  readonly kind: BaselineOutputKind;
  /** `--format`/`-f` 값. 없으면 기본 출력 */
  readonly format: string | null;
  /** `docker compose version --short` */
  readonly short: boolean;
}

/** 출력에서 읽은 값 하나 */
interface OutputValue {
  /** 출력 블록 안의 줄 번호(0부터) */
  readonly index: number;
  readonly field: string;
  readonly key: BaselineValueKey;
  readonly actual: string;
  /** 이 출력이 찍는 모양: `v` 접두사를 붙이는가 */
  readonly withV: boolean;
}

const versionLike = /^v?\d+(?:\.\d+)+(?:[-+][0-9A-Za-z.-]*)?$/;

function formatOption(words: readonly string[]): string | null {
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? '';
    if (word === '--format' || word === '-f') return words[index + 1] ?? '';
    const joined = /^--format=(.*)$/s.exec(word);
    if (joined) return joined[1] ?? '';
  }
  return null;
}

/** 셸 명령 하나가 기준 값을 찍는 명령이면 그 종류 */
export function outputSourceOfCommand(commandWords: readonly string[]): BaselineOutputSource | null {
  const words = stripCommandPrefixes(commandWords);
  const [program, ...rest] = words;
  if (program === 'curl') {
    const asksVersion = rest.some((word) =>
      /^(?:https?:\/\/[^/\s]*)?(?:\/v\d+\.\d+)?\/version(?:\?|$)/.test(word),
    );
    return asksVersion ? { kind: 'Engine API /version', format: null, short: false } : null;
  }
  if (program !== 'docker') return null;
  const positional = rest.filter((word) => !word.startsWith('-'));
  const [first, second] = positional;
  const format = formatOption(rest);
  if (first === 'version') return { kind: 'docker version', format, short: false };
  if (first === 'info' || (first === 'system' && second === 'info'))
    return { kind: 'docker info', format, short: false };
  if (first === 'compose' && second === 'version') {
    return { kind: 'docker compose version', format, short: rest.includes('--short') };
  }
  if (first === 'buildx' && second === 'version')
    return { kind: 'docker buildx version', format, short: false };
  return null;
}

function outputSourcesOfShellBlock(block: FencedCodeBlock): BaselineOutputSource[] {
  return splitShellCommands(shellScriptOfBlock(block), block.firstContentLine)
    .map((command) => outputSourceOfCommand(command.words))
    .filter((source): source is BaselineOutputSource => source !== null);
}

const titleKinds: readonly (readonly [RegExp, BaselineOutputKind])[] = [
  [/docker\s+compose\s+version/i, 'docker compose version'],
  [/docker\s+buildx\s+version/i, 'docker buildx version'],
  [/docker\s+version/i, 'docker version'],
  [/docker\s+(?:system\s+)?info/i, 'docker info'],
  [/\/version\b/, 'Engine API /version'],
];

/** 블록 제목으로 정하는 종류(앞에 명령 블록이 없을 때) */
export function outputSourcesOfTitle(title: string | null): BaselineOutputSource[] {
  if (title === null) return [];
  const found = titleKinds.find(([pattern]) => pattern.test(title));
  return found ? [{ kind: found[1], format: null, short: false }] : [];
}

function keyValue(
  line: string,
): { readonly indent: number; readonly key: string; readonly value: string } | null {
  const match = /^(\s*)([A-Za-z][A-Za-z ./-]*?):\s+(\S.*?)\s*$/.exec(line);
  if (!match) return null;
  return { indent: match[1]?.length ?? 0, key: match[2] ?? '', value: match[3] ?? '' };
}

function readDockerVersion(lines: readonly string[]): OutputValue[] {
  const values: OutputValue[] = [];
  let section: 'client' | 'server' | null = null;
  let component: string | null = null;
  lines.forEach((line, index) => {
    const header = /^(Client|Server):\s*(.*)$/.exec(line);
    if (header) {
      section = header[1] === 'Client' ? 'client' : 'server';
      component = null;
      const desktop = /Docker Desktop\s+(\S+)/.exec(header[2] ?? '');
      if (section === 'server' && desktop?.[1]) {
        values.push({
          index,
          field: 'Server 제목의 Docker Desktop',
          key: 'desktop',
          actual: desktop[1],
          withV: false,
        });
      }
      return;
    }
    const componentHeader = /^ (\S[^:]*):\s*$/.exec(line);
    if (section === 'server' && componentHeader) {
      component = componentHeader[1] ?? null;
      return;
    }
    const pair = keyValue(line);
    if (!pair) return;
    if (section === 'client') {
      if (pair.key === 'Version') {
        values.push({ index, field: 'Client Version', key: 'cli', actual: pair.value, withV: false });
      } else if (pair.key === 'API version') {
        const api = /^(\S+)(?:\s+\(downgraded from (\S+)\))?/.exec(pair.value);
        if (api?.[1])
          values.push({ index, field: 'Client API version', key: 'api', actual: api[1], withV: false });
        if (api?.[2]) {
          values.push({
            index,
            field: 'Client API version (downgraded from)',
            key: 'api',
            actual: api[2],
            withV: false,
          });
        }
      }
      return;
    }
    if (section !== 'server') return;
    if (component === 'Engine' && pair.key === 'Version') {
      values.push({ index, field: 'Server Engine Version', key: 'engine', actual: pair.value, withV: false });
    } else if (component === 'Engine' && pair.key === 'API version') {
      const api = /^(\S+)(?:\s+\(minimum version (\S+?)\))?/.exec(pair.value);
      if (api?.[1])
        values.push({ index, field: 'Server Engine API version', key: 'api', actual: api[1], withV: false });
      if (api?.[2]) {
        values.push({
          index,
          field: 'Server Engine minimum version',
          key: 'apiMinimum',
          actual: api[2],
          withV: false,
        });
      }
    } else if (component === 'containerd' && pair.key === 'Version') {
      values.push({ index, field: 'containerd Version', key: 'containerd', actual: pair.value, withV: true });
    } else if (component === 'runc' && pair.key === 'Version') {
      values.push({ index, field: 'runc Version', key: 'runc', actual: pair.value, withV: false });
    } else if (component === 'runc' && pair.key === 'GitCommit') {
      const described = /^(v\d+(?:\.\d+)+)-\d+-g/.exec(pair.value);
      if (described?.[1]) {
        values.push({ index, field: 'runc GitCommit', key: 'runc', actual: described[1], withV: true });
      }
    }
  });
  return values;
}

function readDockerInfo(lines: readonly string[]): OutputValue[] {
  const values: OutputValue[] = [];
  let section: 'client' | 'server' | null = null;
  let plugin: string | null = null;
  lines.forEach((line, index) => {
    const header = /^(Client|Server):/.exec(line);
    if (header) {
      section = header[1] === 'Client' ? 'client' : 'server';
      plugin = null;
      return;
    }
    const pluginHeader = /^ {2}([a-z][\w-]*): /.exec(line);
    if (section === 'client' && pluginHeader) {
      plugin = pluginHeader[1] ?? null;
      return;
    }
    const pair = keyValue(line);
    if (!pair) return;
    if (section === 'client' && pair.indent === 1 && pair.key === 'Version') {
      values.push({ index, field: 'Client Version', key: 'cli', actual: pair.value, withV: false });
    } else if (section === 'client' && pair.indent > 2 && pair.key === 'Version') {
      if (plugin === 'buildx') {
        values.push({
          index,
          field: 'buildx 플러그인 Version',
          key: 'buildx',
          actual: pair.value,
          withV: true,
        });
      } else if (plugin === 'compose') {
        values.push({
          index,
          field: 'compose 플러그인 Version',
          key: 'compose',
          actual: pair.value,
          withV: true,
        });
      }
    } else if (section === 'server' && pair.key === 'Server Version') {
      values.push({ index, field: 'Server Version', key: 'engine', actual: pair.value, withV: false });
    } else if (section === 'server' && pair.key === 'containerd version') {
      values.push({ index, field: 'containerd version', key: 'containerd', actual: pair.value, withV: true });
    } else if (section === 'server' && pair.key === 'runc version') {
      const described = /^(v?\d+(?:\.\d+)+)(?:-\d+-g.*)?$/.exec(pair.value);
      if (described?.[1]) {
        values.push({ index, field: 'runc version', key: 'runc', actual: described[1], withV: true });
      }
    }
  });
  return values;
}

const templateFields: Readonly<Record<BaselineOutputKind, Readonly<Record<string, BaselineValueKey>>>> = {
  'docker version': {
    '.Client.Version': 'cli',
    '.Client.APIVersion': 'api',
    '.Client.DefaultAPIVersion': 'api',
    '.Server.Version': 'engine',
    '.Server.APIVersion': 'api',
    '.Server.MinAPIVersion': 'apiMinimum',
  },
  'docker info': { '.ServerVersion': 'engine', '.ClientInfo.Version': 'cli' },
  'docker compose version': {},
  'docker buildx version': {},
  'Engine API /version': {},
};

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * `--format` 템플릿이 필드(`{{.Server.Version}}`)와 글자만으로 되어 있으면 출력 줄을 그 모양에 맞춰 필드 값을 읽습니다.
 * `range .Server.Components`로 구성 요소를 한 줄씩 찍는 템플릿은 `이름 버전` 줄을 읽습니다. 그 밖의 템플릿은 읽지 않습니다.
 */
function readTemplateOutput(
  kind: BaselineOutputKind,
  format: string,
  lines: readonly string[],
): OutputValue[] {
  if (kind === 'docker version' && /range\s+\.Server\.Components/.test(format)) {
    const components: Readonly<Record<string, readonly [BaselineValueKey, boolean]>> = {
      Engine: ['engine', false],
      containerd: ['containerd', true],
      runc: ['runc', false],
    };
    return lines.flatMap((line, index) => {
      const match = /^(\S+)\s+(\S+)$/.exec(line.trim());
      const component = match?.[1] ? components[match[1]] : undefined;
      return component && match?.[2]
        ? [
            {
              index,
              field: `Components의 ${match[1]}`,
              key: component[0],
              actual: match[2],
              withV: component[1],
            },
          ]
        : [];
    });
  }
  const actions = [...format.matchAll(/\{\{-?\s*(.*?)\s*-?\}\}/g)];
  if (actions.length === 0 || actions.some((action) => !/^(?:\.[A-Za-z]\w*)+$/.test(action[1] ?? '')))
    return [];
  const fields = templateFields[kind];
  let pattern = '^';
  let last = 0;
  for (const action of actions) {
    pattern += `${escapeRegExp(format.slice(last, action.index))}(.+?)`;
    last = action.index + action[0].length;
  }
  pattern += `${escapeRegExp(format.slice(last))}$`;
  const matcher = new RegExp(pattern);
  const values: OutputValue[] = [];
  lines.forEach((line, index) => {
    const match = matcher.exec(line.trim());
    if (!match) return;
    actions.forEach((action, position) => {
      const field = action[1] ?? '';
      const key = fields[field];
      const actual = match[position + 1];
      if (key && actual !== undefined)
        values.push({ index, field: `{{${field}}}`, key, actual, withV: false });
    });
  });
  return values;
}

/**
 * 한 줄짜리 JSON을 `...`로 줄인 출력도 읽도록, 문자열 값만 깊이와 함께 훑습니다.
 * 최상위 객체의 문자열 값과 `Components` 배열 안 객체의 `Name`/`Version`, `Platform.Name`을 돌려줍니다.
 */
function scanVersionJson(text: string): {
  readonly top: ReadonlyMap<string, string>;
  readonly platformName: string | null;
  readonly components: readonly { readonly name: string; readonly version: string }[];
} {
  const top = new Map<string, string>();
  const components: { name: string; version: string }[] = [];
  let platformName: string | null = null;
  const path: string[] = [];
  let pendingKey: string | null = null;
  let current: Map<string, string> = new Map();
  const stack: Map<string, string>[] = [];
  const tokens = text.matchAll(/"((?:[^"\\]|\\.)*)"\s*(:)?|([{}[\]])/g);
  for (const token of tokens) {
    const [, string, colon, bracket] = token;
    if (bracket === '{' || bracket === '[') {
      path.push(pendingKey ?? '');
      stack.push(current);
      current = new Map();
      pendingKey = null;
    } else if (bracket === '}' || bracket === ']') {
      const closing = path.pop();
      const name = current.get('Name');
      const version = current.get('Version');
      if (bracket === '}' && path.at(-1) === 'Components' && name !== undefined && version !== undefined) {
        components.push({ name, version });
      }
      if (closing === 'Platform' && path.length === 1 && name !== undefined) platformName = name;
      current = stack.pop() ?? new Map();
    } else if (string !== undefined && colon) {
      pendingKey = string;
    } else if (string !== undefined && pendingKey !== null) {
      current.set(pendingKey, string);
      if (path.length === 1) top.set(pendingKey, string);
      pendingKey = null;
    }
  }
  return { top, platformName, components };
}

function readVersionJson(lines: readonly string[]): OutputValue[] {
  const values: OutputValue[] = [];
  lines.forEach((line, index) => {
    if (!line.includes('"')) return;
    const scanned = scanVersionJson(line);
    const topFields: readonly (readonly [string, BaselineValueKey])[] = [
      ['Version', 'engine'],
      ['ApiVersion', 'api'],
      ['MinAPIVersion', 'apiMinimum'],
    ];
    for (const [field, key] of topFields) {
      const actual = scanned.top.get(field);
      if (actual !== undefined) values.push({ index, field: `"${field}"`, key, actual, withV: false });
    }
    const desktop = /Docker Desktop\s+(\S+)/.exec(scanned.platformName ?? '');
    if (desktop?.[1]) {
      values.push({ index, field: '"Platform"."Name"', key: 'desktop', actual: desktop[1], withV: false });
    }
    const components: Readonly<Record<string, readonly [BaselineValueKey, boolean]>> = {
      Engine: ['engine', false],
      containerd: ['containerd', true],
      runc: ['runc', false],
    };
    for (const component of scanned.components) {
      const known = components[component.name];
      if (known) {
        values.push({
          index,
          field: `"Components"의 ${component.name}`,
          key: known[0],
          actual: component.version,
          withV: known[1],
        });
      }
    }
  });
  return values;
}

function readComposeVersion(source: BaselineOutputSource, lines: readonly string[]): OutputValue[] {
  return lines.flatMap((line, index): OutputValue[] => {
    const pretty = /Docker Compose version (\S+)/.exec(line);
    if (pretty?.[1])
      return [{ index, field: 'Docker Compose version', key: 'compose', actual: pretty[1], withV: true }];
    const json = /"version"\s*:\s*"([^"]+)"/.exec(line);
    if (json?.[1]) return [{ index, field: '"version"', key: 'compose', actual: json[1], withV: true }];
    const short = source.short ? /^\s*(v?\d+(?:\.\d+)+)\s*$/.exec(line) : null;
    if (short?.[1]) return [{ index, field: '--short', key: 'compose', actual: short[1], withV: false }];
    return [];
  });
}

function readBuildxVersion(lines: readonly string[]): OutputValue[] {
  return lines.flatMap((line, index) => {
    const match = /^\s*github\.com\/docker\/buildx\s+(\S+)/.exec(line);
    return match?.[1]
      ? [{ index, field: 'buildx 버전', key: 'buildx' as const, actual: match[1], withV: true }]
      : [];
  });
}

function readOutput(source: BaselineOutputSource, lines: readonly string[]): OutputValue[] {
  if (source.format !== null && source.kind !== 'docker compose version') {
    return readTemplateOutput(source.kind, source.format, lines);
  }
  switch (source.kind) {
    case 'docker version':
      return readDockerVersion(lines);
    case 'docker info':
      return readDockerInfo(lines);
    case 'docker compose version':
      return readComposeVersion(source, lines);
    case 'docker buildx version':
      return readBuildxVersion(lines);
    case 'Engine API /version':
      return readVersionJson(lines);
  }
}

const kindLabels: Readonly<Record<BaselineOutputKind, string>> = {
  'docker version': '`docker version`',
  'docker info': '`docker info`',
  'docker compose version': '`docker compose version`',
  'docker buildx version': '`docker buildx version`',
  'Engine API /version': 'Engine API `/version`',
};

const displayed = (value: string, withV: boolean) => (withV ? `v${value}` : value);

/**
 * 출력 예 하나(`text` 블록의 줄)를 그 출력을 찍은 명령과 함께 검사합니다. 줄 번호는 `firstLine`부터 셉니다.
 */
export function checkBaselineOutput(
  file: string,
  firstLine: number,
  lines: readonly string[],
  sources: readonly BaselineOutputSource[],
  expected: BaselineValues = baselineValues,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    for (const value of readOutput(source, lines)) {
      if (!versionLike.test(value.actual)) continue;
      const want = displayed(expected[value.key], value.withV);
      if (value.actual === want) continue;
      const message = `${kindLabels[source.kind]} 출력의 ${value.field}: ${value.actual}. ${expectation(value.key, want)}`;
      const id = `${value.index}:${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      problems.push({ file, line: firstLine + value.index, message });
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------
// 기준을 말하는 글

type MentionProduct = Exclude<BaselineValueKey, 'apiMinimum'>;

/** 글에서 찾은 `제품 버전` 하나 */
export interface VersionMention {
  readonly product: MentionProduct;
  /** 쓴 그대로(`Docker Desktop 4.5x`) */
  readonly text: string;
  /** 숫자 부분(`4.5`), `v` 없이 */
  readonly version: string;
  /** 자리표시 앞의 고정된 앞부분: `4.5x`는 `4.5`, `29.x`는 `29.` */
  readonly fixed: string;
  /** `x` 자리표시가 있는가(`29.x`, `4.5x`) */
  readonly wildcard: boolean;
  /** 뒤에 때를 가리키는 말이 오는가(`부터`, `이후` …) */
  readonly dated: boolean;
  /** 줄 안의 위치 */
  readonly start: number;
  readonly end: number;
}

const productPatterns: readonly (readonly [string, MentionProduct])[] = [
  ['Docker Engine API', 'api'],
  ['Engine API', 'api'],
  ['Docker Desktop', 'desktop'],
  ['Desktop', 'desktop'],
  ['Docker Engine', 'engine'],
  ['Engine', 'engine'],
  ['Docker CLI', 'cli'],
  ['Docker Compose', 'compose'],
  ['Compose', 'compose'],
  ['Docker Buildx', 'buildx'],
  ['Buildx', 'buildx'],
  ['BuildKit', 'buildkit'],
  ['containerd', 'containerd'],
  ['runc', 'runc'],
  ['API', 'api'],
];

const mentionPattern = new RegExp(
  `(?<![\\w/.-])(${productPatterns.map(([name]) => escapeRegExp(name)).join('|')})(?:\\s*버전\\s*|\\s*)(v?)(\\d+(?:\\.\\d+)*)(x|\\.x)?(?:\\.x)*(?![\\w.]*\\d)`,
  'g',
);

const datingWords =
  /^(?:\s*\([^)]*\))?\s*(?:부터|이후|이상|이전|이하|까지|미만|초과|에서|전에|전의|때|시절|로\s*(?:올라|내려|바뀌|낮아|높아)|으로\s*(?:올라|내려|바뀌|낮아|높아))/;

/** 줄(또는 문장)에서 제품 이름 바로 뒤에 적은 버전을 찾습니다 */
export function findVersionMentions(text: string): VersionMention[] {
  const mentions: VersionMention[] = [];
  for (const match of text.matchAll(mentionPattern)) {
    const name = match[1] ?? '';
    const product = productPatterns.find(([candidate]) => candidate === name)?.[1];
    if (!product) continue;
    const start = match.index;
    const end = start + match[0].length;
    mentions.push({
      product,
      text: match[0],
      version: match[3] ?? '',
      fixed: match[4] === '.x' ? `${match[3] ?? ''}.` : (match[3] ?? ''),
      wildcard: match[4] !== undefined,
      dated: datingWords.test(text.slice(end)),
      start,
      end,
    });
  }
  return mentions;
}

const minimumApiPattern =
  /(?:최소(?:\s*(?:API\s*)?버전)?(?:이|은|는|가)?|minimum version)\s*(\d+\.\d+)(?![\d.])/g;

/** 제품마다 기준을 말할 때 적어야 하는 자릿수 */
const requiredPrecision: Readonly<Record<MentionProduct, number>> = {
  cli: 3,
  engine: 3,
  api: 2,
  containerd: 3,
  runc: 3,
  compose: 3,
  buildx: 3,
  buildkit: 3,
  desktop: 2,
};

/** 정확한 버전을 적었다고 보는 자릿수(기준과 다르면 알림): Compose, Buildx, Desktop은 `x.y`, 나머지는 `x.y.z` */
const exactPrecision: Readonly<Record<MentionProduct, number>> = {
  ...requiredPrecision,
  compose: 2,
  buildx: 2,
};

const parts = (version: string) => version.split('.');

/** 적은 자리까지 기준과 같은가(`4.86`과 4.86.0은 같음) */
function agreesWithBaseline(version: string, expectedVersion: string): boolean {
  const expectedParts = parts(expectedVersion);
  return parts(version).every((part, index) => part === expectedParts[index]);
}

/** 자리표시 버전이 기준과 어긋나지 않는가: `4.8x`는 4.86.0과, `29.x`는 29.7.2와 맞고 `4.5x`는 어긋남 */
function wildcardAgrees(mention: VersionMention, expectedVersion: string): boolean {
  return expectedVersion.startsWith(mention.fixed);
}

export type ProseContext = 'sentence' | 'title';

/**
 * 글 한 줄(본문, 표, 출력 예의 제목, 데이터 파일의 줄)을 검사합니다.
 * `raw`는 인라인 코드가 남은 줄(자리표시 버전 검사용), `prose`는 인라인 코드와 링크 주소를 지운 줄입니다.
 */
export function checkBaselineProseLine(
  file: string,
  line: number,
  raw: string,
  context: ProseContext = 'sentence',
  expected: BaselineValues = baselineValues,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (message: string) => problems.push({ file, line, message });
  const prose = blankInlineCode(raw);
  const linkTexts = linkTextRanges(prose);
  const inLinkText = (position: number) =>
    linkTexts.some(([start, end]) => position >= start && position < end);

  // 자리표시 버전은 인라인 코드 안에서도 찾습니다(`Docker Desktop 4.5x.x (…)`).
  for (const sentence of splitSentences(raw)) {
    const namesBaseline = context === 'title' || /기준/.test(sentence.text);
    for (const mention of findVersionMentions(sentence.text)) {
      if (!mention.wildcard) continue;
      const want = expected[mention.product];
      if (!wildcardAgrees(mention, want)) {
        report(
          `자리표시 버전 \`${mention.text}\`가 기준과 어긋납니다. ${expectation(mention.product, want)}`,
        );
      } else if (namesBaseline) {
        report(
          `기준을 말할 때는 자리표시 버전 \`${mention.text}\` 대신 정확한 버전을 적으세요. ${expectation(mention.product, want)}`,
        );
      }
    }
  }

  for (const sentence of splitSentences(prose)) {
    const namesBaseline = context === 'title' || /기준/.test(sentence.text);
    const saysBaseline = /기준/.test(sentence.text);
    const mentions = findVersionMentions(sentence.text).filter(
      (mention) => !mention.wildcard && !inLinkText(sentence.offset + mention.start),
    );
    for (const mention of mentions) {
      const want = expected[mention.product];
      const given = parts(mention.version).length;
      if (mention.dated) continue;
      const agrees = agreesWithBaseline(mention.version, want);
      if (namesBaseline) {
        if (!agrees) {
          report(
            `기준을 말하는 ${context === 'title' ? '제목' : '문장'}의 \`${mention.text}\`: ${expectation(mention.product, want)}`,
          );
        } else if (saysBaseline && given < requiredPrecision[mention.product]) {
          report(
            `기준을 말할 때는 \`${mention.text}\` 대신 정확한 버전을 적으세요. ${expectation(mention.product, want)}`,
          );
        }
        continue;
      }
      const sameMajor = parts(mention.version)[0] === parts(want)[0];
      if (mention.product !== 'api' && sameMajor && given >= exactPrecision[mention.product] && !agrees) {
        report(
          `\`${mention.text}\`: ${expectation(mention.product, want)} 변화의 시점을 말한다면 \`부터\`, \`이후\`처럼 적으세요.`,
        );
      }
    }
    // 기준 Engine 뒤의 API 버전: `Engine 29.7.2(API 1.55, 최소 1.40)`
    const engines = findVersionMentions(sentence.text).filter((mention) => mention.product === 'engine');
    engines.forEach((engine, position) => {
      if (engine.version !== expected.engine) return;
      const scopeEnd = engines[position + 1]?.start ?? sentence.text.length;
      const scope = sentence.text.slice(engine.end, scopeEnd);
      for (const api of findVersionMentions(scope).filter(
        (mention) => mention.product === 'api' && !mention.dated,
      )) {
        if (api.version !== expected.api) {
          report(`\`${engine.text}\` 뒤의 \`${api.text}\`: ${expectation('api', expected.api)}`);
        }
      }
      for (const minimum of scope.matchAll(minimumApiPattern)) {
        if (minimum[1] !== expected.apiMinimum) {
          report(
            `\`${engine.text}\` 뒤의 \`${minimum[0].trim()}\`: ${expectation('apiMinimum', expected.apiMinimum)}`,
          );
        }
      }
    });
  }
  return problems;
}

/** 인라인 코드와 링크 주소를 같은 길이의 공백으로 바꿉니다(위치를 지키려고). 링크는 `](   )` 모양으로 남습니다 */
function blankInlineCode(text: string): string {
  return text
    .replace(/(`+)([\s\S]*?)\1/g, (whole) => ' '.repeat(whole.length))
    .replace(/\]\([^)]*\)/g, (whole) => `](${' '.repeat(whole.length - 3)})`);
}

/** Markdown 링크 글(`[…]`)의 위치 */
function linkTextRanges(text: string): [number, number][] {
  return [...text.matchAll(/\[([^\]]*)\]\(/g)].map((match) => [match.index, match.index + match[0].length]);
}

function splitSentences(text: string): { readonly text: string; readonly offset: number }[] {
  // 문장 끝(`다.`, `.`, `?`, `!` 뒤의 공백)과 표의 칸(`|`)에서 나눕니다. 버전의 점(`29.7.2`)은 뒤에 공백이 없어 나뉘지 않습니다.
  const pieces: { text: string; offset: number }[] = [];
  const boundary = /[.?!](?=\s)|\|/g;
  let last = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    pieces.push({ text: text.slice(last, end), offset: last });
    last = end;
  }
  pieces.push({ text: text.slice(last), offset: last });
  return pieces.filter((piece) => piece.text.trim() !== '');
}

// ---------------------------------------------------------------------------------------------------------------
// 문서와 데이터 파일

const olderVersionTitle = /이전|예전|옛/;

export interface BaselineDocumentResult {
  readonly problems: readonly ContentProblem[];
  /** 기준 값을 찍는 명령의 출력으로 읽은 `text` 블록 수 */
  readonly outputBlocks: number;
}

/**
 * 개정판 문서 하나를 검사합니다: 출력 예, 출력 예의 제목, 코드 블록 밖의 글.
 * MDX의 `import`/`export` 줄과 JSX 줄(`<Baseline … />`)은 건너뜁니다.
 */
export function checkBaselineInDocument(
  document: MarkdownDocument,
  expected: BaselineValues = baselineValues,
): BaselineDocumentResult {
  const file = document.filePath;
  const problems: ContentProblem[] = [];
  let outputBlocks = 0;
  document.codeBlocks.forEach((block, position) => {
    if (block.language !== 'text') return;
    const titleProblems =
      block.title === null
        ? []
        : checkBaselineProseLine(file, block.fenceLine, block.title, 'title', expected);
    if (block.title !== null && olderVersionTitle.test(block.title)) {
      const namesVersion = findVersionMentions(block.title).some((mention) => !mention.wildcard);
      if (namesVersion) return;
    }
    problems.push(...titleProblems);
    const commandBlock = commandBlockBefore(document, position);
    const sources = commandBlock
      ? outputSourcesOfShellBlock(commandBlock)
      : outputSourcesOfTitle(block.title);
    if (sources.length > 0) outputBlocks += 1;
    problems.push(
      ...checkBaselineOutput(file, block.firstContentLine, block.contentLines, sources, expected),
    );
  });
  for (const { text, line } of proseLines(document)) {
    if (/^\s*(?:import|export)\s/.test(text) || /^\s*<[A-Za-z][^>]*\/?>\s*$/.test(text)) continue;
    problems.push(...checkBaselineProseLine(file, line, text, 'sentence', expected));
  }
  return { problems: problems.sort((first, second) => first.line - second.line), outputBlocks };
}

/** 출력 블록 바로 앞의 명령 블록. 사이에 다른 `text` 블록은 있어도 되지만 제목이 있으면 이어진 것으로 보지 않습니다 */
function commandBlockBefore(document: MarkdownDocument, position: number): FencedCodeBlock | null {
  const block = document.codeBlocks[position];
  if (!block) return null;
  for (let index = position - 1; index >= 0; index -= 1) {
    const candidate = document.codeBlocks[index];
    if (!candidate) return null;
    const headingBetween = document.headings.some(
      (heading) => heading.line > candidate.fenceLine && heading.line < block.fenceLine,
    );
    if (headingBetween) return null;
    if (candidate.language === 'text') continue;
    return shellLanguages.has(candidate.language) ? candidate : null;
  }
  return null;
}

/**
 * 데이터 파일(용어집, 판 사이 변경)의 글을 검사합니다. 글은 문자열 리터럴 안에 있으므로 주석 줄만 빼고 줄마다 봅니다.
 */
export function checkBaselineInDataSource(
  file: string,
  source: string,
  expected: BaselineValues = baselineValues,
): ContentProblem[] {
  return source.split('\n').flatMap((text, index) => {
    if (/^\s*(?:\/\/|\/\*|\*)/.test(text)) return [];
    return checkBaselineProseLine(file, index + 1, text, 'sentence', expected);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// 검사할 파일

/** 개정판의 문서(`docs/`)와 버전을 말하는 데이터 파일(용어집, 초판 정정, 판 사이 변경) */
export function baselineTargetFiles(root: string): {
  readonly documents: readonly string[];
  readonly dataFiles: readonly string[];
} {
  const editionChanges = path.join(root, 'src/data/edition-changes');
  return {
    documents: listMarkdownFilesRecursively(path.join(root, 'docs')),
    dataFiles: [
      path.join(root, 'src/data/glossary.ts'),
      path.join(root, 'src/data/errata.ts'),
      ...readdirSync(editionChanges)
        .filter((name) => name.endsWith('.ts'))
        .sort()
        .map((name) => path.join(editionChanges, name)),
    ],
  };
}

export interface BaselineCheckReport {
  readonly problems: readonly ContentProblem[];
  readonly fileCount: number;
  readonly outputBlocks: number;
}

/**
 * 기준 버전 검사를 돌립니다. `files`를 주면 그 가운데 검사 대상(개정판 문서와 위의 데이터 파일)만 봅니다.
 * `loadDocument`로 다른 검사와 읽은 문서를 나눠 쓸 수 있습니다.
 */
export function checkBaselineFiles(
  root: string,
  files?: ReadonlySet<string>,
  loadDocument: (file: string) => MarkdownDocument | undefined = readMarkdownDocument,
  expected: BaselineValues = baselineValues,
): BaselineCheckReport {
  const targets = baselineTargetFiles(root);
  const wanted = (file: string) => files === undefined || files.has(file);
  const problems: ContentProblem[] = [];
  let fileCount = 0;
  let outputBlocks = 0;
  for (const file of targets.documents.filter(wanted)) {
    const document = loadDocument(file);
    if (!document) continue;
    const result = checkBaselineInDocument(document, expected);
    problems.push(...result.problems);
    outputBlocks += result.outputBlocks;
    fileCount += 1;
  }
  for (const file of targets.dataFiles.filter(wanted)) {
    problems.push(...checkBaselineInDataSource(file, readFileSync(file, 'utf8'), expected));
    fileCount += 1;
  }
  return { problems, fileCount, outputBlocks };
}
