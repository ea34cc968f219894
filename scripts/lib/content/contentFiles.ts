/**
 * 검사할 콘텐츠 파일을 찾습니다: 판(edition)마다의 문서와 블로그 글.
 * 판은 현재 판(`docs/`), `versions.json`에 적힌 버전(`versioned_docs/version-<v>/`),
 * 그리고 버전으로 굳히기 전까지 초판을 두는 `edition-2025.02/`입니다.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export const repositoryRoot = path.resolve(import.meta.dirname, '../../..');

/** 버전을 만들기 전까지 초판 문서를 두는 폴더 */
export const stagedFirstEditionDirectory = 'edition-2025.02';

export interface Edition {
  /** 메시지에 쓰는 판 이름: `current`, `version-2025.02`, `edition-2025.02` */
  readonly name: string;
  readonly directory: string;
  /** 이 판의 문서 태그 정의 파일. 버전 폴더에 자기 `tags.yml`이 없으면 `docs/tags.yml` */
  readonly tagsFile: string | null;
  readonly docFiles: readonly string[];
}

export interface SiteContent {
  readonly root: string;
  readonly editions: readonly Edition[];
  readonly blogDirectory: string;
  readonly blogPostFiles: readonly string[];
  readonly blogTagsFile: string | null;
  readonly blogAuthorsFile: string | null;
}

const markdownExtensions = new Set(['.md', '.mdx']);

// Docusaurus는 `_`로 시작하는 파일과 폴더를 문서로 만들지 않습니다(다른 문서가 가져다 쓰는 조각).
const isPartial = (name: string) => name.startsWith('_');

export function listMarkdownFilesRecursively(directory: string): string[] {
  if (!existsSync(directory)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (isPartial(entry.name)) continue;
    const entryPath = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...listMarkdownFilesRecursively(entryPath));
    else if (markdownExtensions.has(path.extname(entry.name))) files.push(entryPath);
  }
  return files.sort();
}

/** 블로그 글: `blog/<이름>.mdx` 또는 `blog/<이름>/index.mdx` */
export function listBlogPostFiles(blogDirectory: string): string[] {
  if (!existsSync(blogDirectory)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(blogDirectory, { withFileTypes: true })) {
    if (isPartial(entry.name)) continue;
    const entryPath = path.join(blogDirectory, entry.name);
    if (entry.isFile() && markdownExtensions.has(path.extname(entry.name))) files.push(entryPath);
    if (entry.isDirectory()) {
      for (const indexName of ['index.mdx', 'index.md']) {
        if (existsSync(path.join(entryPath, indexName))) files.push(path.join(entryPath, indexName));
      }
    }
  }
  return files.sort();
}

export function readVersions(root: string): string[] {
  const versionsFile = path.join(root, 'versions.json');
  if (!existsSync(versionsFile)) return [];
  const versions: unknown = JSON.parse(readFileSync(versionsFile, 'utf8'));
  if (!Array.isArray(versions) || !versions.every((version) => typeof version === 'string')) {
    throw new Error(`${versionsFile}: 버전 이름(문자열)의 배열이어야 합니다.`);
  }
  return versions;
}

const existingFile = (file: string) => (existsSync(file) && statSync(file).isFile() ? file : null);

export function findSiteContent(root: string = repositoryRoot): SiteContent {
  const currentTagsFile = existingFile(path.join(root, 'docs/tags.yml'));
  const edition = (name: string, directory: string): Edition => ({
    name,
    directory,
    tagsFile: existingFile(path.join(directory, 'tags.yml')) ?? currentTagsFile,
    docFiles: listMarkdownFilesRecursively(directory),
  });
  const editions = [edition('current', path.join(root, 'docs'))];
  for (const version of readVersions(root)) {
    editions.push(edition(`version-${version}`, path.join(root, 'versioned_docs', `version-${version}`)));
  }
  const stagedDirectory = path.join(root, stagedFirstEditionDirectory);
  if (existsSync(stagedDirectory)) editions.push(edition(stagedFirstEditionDirectory, stagedDirectory));
  const blogDirectory = path.join(root, 'blog');
  return {
    root,
    editions,
    blogDirectory,
    blogPostFiles: listBlogPostFiles(blogDirectory),
    blogTagsFile: existingFile(path.join(blogDirectory, 'tags.yml')),
    blogAuthorsFile: existingFile(path.join(blogDirectory, 'authors.yml')),
  };
}

export function allDocFiles(content: SiteContent): string[] {
  return content.editions.flatMap((edition) => edition.docFiles);
}

/** 문서 id: 판 폴더 기준 상대 경로에서 확장자를 뺀 것(`01-concepts`) */
export function docIdOf(edition: Edition, docFile: string): string {
  const relative = path.relative(edition.directory, docFile).split(path.sep).join('/');
  return relative.replace(/\.mdx?$/, '');
}

/** `tags.yml`/`authors.yml`처럼 최상위 키가 곧 선언인 YAML 파일의 키 목록 */
export function readDeclaredKeys(yamlFile: string | null): Set<string> {
  if (yamlFile === null) return new Set();
  const parsed: unknown = parseYaml(readFileSync(yamlFile, 'utf8'));
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error(`${yamlFile}: 최상위가 \`키: 정의\` 목록이어야 합니다.`);
  }
  return new Set(Object.keys(parsed));
}
