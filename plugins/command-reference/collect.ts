import path from 'node:path';
import type { DockerCliReference } from '../../scripts/generate-docker-cli-reference';
import type { CommandCategory, CommandDescription } from '../../src/data/commands';
import {
  inlineDockerCode,
  parseDockerCommand,
  shellLanguages,
  shellScriptOfBlock,
  splitShellCommands,
  stripCommandPrefixes,
  uncheckedPluginCommands,
} from '../../src/lib/content/dockerCommand';
import { plainHeadingText, type MarkdownDocument } from '../../src/lib/content/markdown';
import type {
  CommandReferenceCategory,
  CommandReferenceData,
  CommandReferenceEntry,
  CommandSectionLink,
} from './types';

/** 문서 한 곳에 나온 `docker` 명령: 셸 블록의 명령이거나 본문의 인라인 코드(`` `docker ps` ``) */
export interface DockerCommandUse {
  /** `docker` 뒤의 단어들 */
  readonly words: readonly string[];
  readonly line: number;
}

export function dockerCommandUses(document: MarkdownDocument): DockerCommandUse[] {
  const uses: DockerCommandUse[] = [];
  const collect = (script: string, firstLine: number) => {
    for (const command of splitShellCommands(script, firstLine)) {
      const words = stripCommandPrefixes(command.words);
      if (words[0] === 'docker') uses.push({ words: words.slice(1), line: command.line });
    }
  };
  for (const block of document.codeBlocks) {
    if (shellLanguages.has(block.language)) collect(shellScriptOfBlock(block), block.firstContentLine);
  }
  for (const { script, line } of inlineDockerCode(document)) collect(script, line);
  return uses.sort((a, b) => a.line - b.line);
}

export interface ResolvedDockerCommand {
  /** 설명을 찾는 이름: 내장 명령은 참조의 명령 경로, 플러그인 명령은 `compose up` */
  readonly path: string;
  /** 같은 명령을 부르는 모든 이름(자기 자신 포함) */
  readonly names: readonly string[];
  readonly flags: readonly string[];
}

const subcommandWordPattern = /^[a-z][a-z0-9-]*$/;

/**
 * `docker` 뒤의 단어를 사전의 명령 하나로 읽습니다. 명령이 아닌 것(`docker --help`, 관리 명령 묶음만 쓴
 * `docker container`, `docker buildx …`, 참조에 없는 이름)은 `null`입니다. 참조의 검사는 `docker-commands` 테스트가 맡습니다.
 * 플러그인 명령은 설명에 있는 가장 긴 경로(`buildx imagetools inspect`)를, 없으면 하위 명령 하나(`compose up`)를 돌려줍니다.
 */
export function resolveDockerCommand(
  words: readonly string[],
  reference: DockerCliReference,
  describedPluginPaths: ReadonlySet<string>,
  pluginOptionsWithValue: Readonly<Record<string, readonly string[]>>,
): ResolvedDockerCommand | null {
  const plugin = words[0];
  if (plugin !== undefined && uncheckedPluginCommands.has(plugin)) {
    const withValue = new Set(pluginOptionsWithValue[plugin] ?? []);
    let index = 1;
    while (index < words.length && (words[index] ?? '').startsWith('-')) {
      index += withValue.has(words[index] ?? '') ? 2 : 1;
    }
    const subcommands: string[] = [];
    while (index + subcommands.length < words.length) {
      const word = words[index + subcommands.length] ?? '';
      if (!subcommandWordPattern.test(word)) break;
      subcommands.push(word);
    }
    if (subcommands.length === 0) return null;
    let depth = subcommands.length;
    while (depth > 1 && !describedPluginPaths.has([plugin, ...subcommands.slice(0, depth)].join(' ')))
      depth -= 1;
    const path = [plugin, ...subcommands.slice(0, depth)].join(' ');
    return { path, names: [path], flags: pluginFlags(path, words.slice(index + depth)) };
  }
  const parsed = parseDockerCommand(words, reference);
  if (!parsed) return null;
  return {
    path: parsed.commandPath,
    names: parsed.command.aliases.includes(parsed.commandPath)
      ? parsed.command.aliases
      : [parsed.commandPath, ...parsed.command.aliases],
    flags: parsed.flags.map((flag) => (flag.short ? `${flag.short}, ${flag.name}` : flag.name)),
  };
}

/**
 * 플러그인 명령 뒤의 플래그. 플러그인 명령은 CLI 참조에 없어 어느 플래그가 값을 받는지 모르므로 `-`로 시작하는 낱말을
 * 모두 모으되, 서비스 이름 뒤에 컨테이너 안에서 돌 명령이 오는 `compose exec`와 `compose run`은 둘째 위치 인자(그
 * 명령)에서 멈춥니다. 그러지 않으면 `docker compose exec db psql -U app -d app`의 `-U`, `-d`가 compose의 플래그로
 * 잡혔습니다. 첫 위치 인자는 서비스 이름이거나 앞 플래그의 값입니다.
 */
function pluginFlags(path: string, rest: readonly string[]): string[] {
  const commandAfterService = path === 'compose exec' || path === 'compose run';
  const flags: string[] = [];
  let positionals = 0;
  for (const word of rest) {
    if (word.startsWith('-') && word !== '-' && word !== '--') {
      flags.push(word.split('=')[0] ?? word);
    } else if (commandAfterService) {
      positionals += 1;
      if (positionals >= 2) break;
    }
  }
  return flags;
}

/** 명령어 사전을 만들 문서 하나 */
export interface ReferenceSourceDoc {
  readonly title: string;
  /** baseUrl을 포함한 문서 주소 */
  readonly permalink: string;
  readonly document: MarkdownDocument;
}

/** 설명이 없는 명령이 나온 곳 */
export interface UndescribedCommand {
  /** `docker compose watch` */
  readonly command: string;
  readonly file: string;
  readonly line: number;
}

/** `파일:줄: 명령: 고칠 곳` 한 줄. 콘텐츠 테스트와 빌드가 같은 문구를 씁니다. */
export function formatUndescribed(use: UndescribedCommand, relativeTo: string): string {
  return `${path.relative(relativeTo, use.file)}:${use.line}: \`${use.command}\`: src/data/commands.ts에 분류와 한 줄 설명이 없습니다.`;
}

export interface CommandDescriptions {
  readonly categories: readonly CommandCategory[];
  readonly descriptions: readonly CommandDescription[];
  readonly pluginOptionsWithValue: Readonly<Record<string, readonly string[]>>;
  /** 명령(`container run`)마다 플래그 표기(`-p, --publish`)의 한 줄 뜻. 없으면 뜻 없이 플래그만 싣습니다. */
  readonly flagMeanings?: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/** 설명 목록 자체의 잘못(참조에 없는 내장 명령, 같은 명령을 두 번 설명, 없는 분류)을 찾습니다. */
export function problemsInDescriptions(
  { categories, descriptions }: CommandDescriptions,
  reference: DockerCliReference,
): string[] {
  const problems: string[] = [];
  const categoryIds = new Set(categories.map((category) => category.id));
  const describedNames = new Map<string, string>();
  for (const description of descriptions) {
    const shown = `\`docker ${description.command}\``;
    if (!categoryIds.has(description.category))
      problems.push(`${shown}: 없는 분류 ${description.category}입니다.`);
    if (description.summary.trim() === '') problems.push(`${shown}: 한 줄 설명(summary)이 비어 있습니다.`);
    let names: readonly string[] = [description.command];
    if (uncheckedPluginCommands.has(description.command.split(' ')[0] ?? '')) {
      if (!description.plugin)
        problems.push(`${shown}: 플러그인 명령은 CLI 참조에 없으므로 plugin: { usage, source }를 적으세요.`);
    } else {
      const parsed = parseDockerCommand(description.command.split(' '), reference);
      if (!parsed || !reference.commands[description.command]) {
        problems.push(
          `${shown}: tests/reference/docker-cli.json에 없는 명령입니다. 참조에 있는 이름(\`docker ${description.command} --help\`의 Aliases 줄)을 쓰세요.`,
        );
        continue;
      }
      if (description.plugin)
        problems.push(`${shown}: 내장 명령의 usage 줄은 CLI 참조에서 오므로 plugin을 지우세요.`);
      names = parsed.command.aliases;
    }
    const duplicate = names.find((name) => describedNames.has(name));
    if (duplicate !== undefined)
      problems.push(
        `${shown}: \`docker ${describedNames.get(duplicate) ?? ''}\`와 같은 명령(\`docker ${duplicate}\`)입니다. 항목 하나만 남기세요.`,
      );
    for (const name of names) if (!describedNames.has(name)) describedNames.set(name, description.command);
  }
  return problems;
}

export interface CollectedCommandReference {
  readonly data: CommandReferenceData;
  readonly undescribed: readonly UndescribedCommand[];
}

interface EntryAccumulator {
  readonly description: CommandDescription;
  readonly flags: Set<string>;
  /** 플래그마다 그 판에서 처음 쓴 절 */
  readonly flagSections: Map<string, CommandSectionLink>;
  readonly sections: Map<string, { docTitle: string; heading: string | null }>;
}

const anchorOf = (command: string) => command.replace(/[^a-z0-9]+/g, '-');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** 제목에 플래그(`-p, --publish`의 `-p`나 `--publish`)를 코드로 적은 첫 절. 없으면 `undefined` */
function sectionExplainingFlag(
  flag: string,
  docs: readonly ReferenceSourceDoc[],
): CommandSectionLink | undefined {
  const names = flag.split(',').map((name) => name.trim());
  const inHeading = new RegExp(`\`(?:${names.map(escapeRegExp).join('|')})(?=[\\s\`=])`);
  for (const doc of docs) {
    const heading = doc.document.headings.find((candidate) => inHeading.test(candidate.text));
    if (heading)
      return {
        href: `${doc.permalink}#${heading.id}`,
        docTitle: doc.title,
        heading: plainHeadingText(heading.text),
      };
  }
  return undefined;
}

/**
 * 한 판의 문서들에서 사전을 만듭니다. 항목은 분류 안에서 `src/data/commands.ts`에 적은 순서이고,
 * 그 판이 쓰지 않는 명령은 싣지 않습니다.
 */
export function collectCommandReference(
  version: string,
  docs: readonly ReferenceSourceDoc[],
  described: CommandDescriptions,
  reference: DockerCliReference,
): CollectedCommandReference {
  const byName = new Map<string, CommandDescription>();
  for (const description of described.descriptions) {
    const parsed = uncheckedPluginCommands.has(description.command.split(' ')[0] ?? '')
      ? null
      : parseDockerCommand(description.command.split(' '), reference);
    for (const name of parsed?.command.aliases ?? [description.command]) byName.set(name, description);
  }
  const describedPluginPaths = new Set(
    described.descriptions
      .filter((description) => description.plugin)
      .map((description) => description.command),
  );
  const entries = new Map<CommandDescription, EntryAccumulator>();
  const undescribed: UndescribedCommand[] = [];

  for (const doc of docs) {
    const headings = doc.document.headings;
    for (const use of dockerCommandUses(doc.document)) {
      const resolved = resolveDockerCommand(
        use.words,
        reference,
        describedPluginPaths,
        described.pluginOptionsWithValue,
      );
      if (!resolved) continue;
      const description = resolved.names.map((name) => byName.get(name)).find((found) => found !== undefined);
      if (!description) {
        undescribed.push({ command: `docker ${resolved.path}`, file: doc.document.filePath, line: use.line });
        continue;
      }
      const entry = entries.get(description) ?? {
        description,
        flags: new Set(),
        flagSections: new Map(),
        sections: new Map(),
      };
      entries.set(description, entry);
      const heading = headings.filter((candidate) => candidate.line < use.line).at(-1);
      const href = heading ? `${doc.permalink}#${heading.id}` : doc.permalink;
      for (const flag of resolved.flags) {
        entry.flags.add(flag);
        if (!entry.flagSections.has(flag))
          entry.flagSections.set(flag, {
            href,
            docTitle: doc.title,
            heading: heading ? plainHeadingText(heading.text) : null,
          });
      }
      if (!entry.sections.has(href))
        entry.sections.set(href, {
          docTitle: doc.title,
          heading: heading ? plainHeadingText(heading.text) : null,
        });
    }
  }

  // 플래그를 제목에서 다루는 절(`### \`-p\`는 어떻게 쓰는가`)이 있으면, 처음 쓴 절보다 그 절이 플래그를 설명합니다.
  for (const entry of entries.values()) {
    for (const flag of entry.flags) {
      const explaining = sectionExplainingFlag(flag, docs);
      if (explaining) entry.flagSections.set(flag, explaining);
    }
  }

  const categories: CommandReferenceCategory[] = described.categories
    .map((category) => ({
      id: category.id,
      label: category.label,
      description: category.description,
      entries: described.descriptions
        .filter((description) => description.category === category.id)
        .flatMap((description): CommandReferenceEntry[] => {
          const entry = entries.get(description);
          if (!entry) return [];
          const referenceCommand = description.plugin ? undefined : reference.commands[description.command];
          const flags = [...entry.flags].sort((a, b) => flagSortKey(a).localeCompare(flagSortKey(b)));
          const meanings = described.flagMeanings?.[description.command] ?? {};
          return [
            {
              id: anchorOf(description.command),
              command: `docker ${description.command}`,
              otherNames: (referenceCommand?.aliases ?? [])
                .filter((name) => name !== description.command)
                .map((name) => `docker ${name}`),
              usage: description.plugin?.usage ?? referenceCommand?.usage ?? '',
              usageSource: description.plugin?.source ?? null,
              summary: description.summary,
              flags,
              flagNotes: flags.map((flag) => ({
                flag,
                meaning: meanings[flag] ?? null,
                firstUse: entry.flagSections.get(flag) ?? null,
              })),
              sections: [...entry.sections].map(([href, section]) => ({ href, ...section })),
            },
          ];
        }),
    }))
    .filter((category) => category.entries.length > 0);
  return { data: { version, dockerVersion: reference.dockerVersion, categories }, undescribed };
}

/** `-p, --publish`와 `--name`을 긴 이름으로 나란히 정렬합니다. */
const flagSortKey = (flag: string) => (flag.split(', ').at(-1) ?? flag).replace(/^-+/, '');
