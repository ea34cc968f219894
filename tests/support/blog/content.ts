import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';

/** 저장소의 `blog/` 폴더 */
export const blogDir = path.resolve('blog');

export interface PostSource {
  readonly file: string;
  readonly frontMatter: Readonly<Record<string, unknown>>;
  readonly body: string;
}

/** 글의 앞부분(YAML)과 본문을 나눕니다. 앞부분이 없으면 테스트가 실패하도록 던집니다. */
export function splitFrontMatter(file: string, source: string): PostSource {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: 앞부분(---)이 없습니다.`);
  const frontMatter: unknown = parse(match[1] ?? '');
  if (typeof frontMatter !== 'object' || frontMatter === null)
    throw new Error(`${file}: 앞부분이 객체가 아닙니다.`);
  return { file, frontMatter: frontMatter as Record<string, unknown>, body: match[2] ?? '' };
}

export async function readPosts(): Promise<PostSource[]> {
  const files = (await readdir(blogDir)).filter((file) => /\.mdx?$/.test(file)).sort();
  return Promise.all(
    files.map(async (file) =>
      splitFrontMatter(`blog/${file}`, await readFile(path.join(blogDir, file), 'utf8')),
    ),
  );
}

export interface TagDefinition {
  readonly label: string;
  readonly description?: string;
  readonly permalink: string;
}

export async function readTagsFile(relativePath: string): Promise<Record<string, TagDefinition>> {
  const parsed: unknown = parse(await readFile(path.resolve(relativePath), 'utf8'));
  if (typeof parsed !== 'object' || parsed === null) throw new Error(`${relativePath}가 비었습니다.`);
  return parsed as Record<string, TagDefinition>;
}

export function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
