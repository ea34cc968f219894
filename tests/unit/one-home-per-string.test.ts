import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

/**
 * 한 문구는 한 곳에만 둡니다(issue #21). `i18n/ko/code.json`에 있는 키는 컴포넌트의 `translate({ id, message })`나
 * `<Translate id>`에 적은 기본 문구보다 앞서므로, 같은 키가 두 곳에 있으면 컴포넌트를 고쳐도 화면이 바뀌지 않습니다.
 * 우리 컴포넌트의 한국어 문구는 컴포넌트에만 두고, code.json에는 Docusaurus 테마가 쓰는 키만 둡니다.
 */
const repositoryRoot = path.resolve(import.meta.dirname, '../..');

export function translationIdsInSource(source: string): string[] {
  if (!/\btranslate\(|<Translate\b/.test(source)) return [];
  return [
    ...[...source.matchAll(/\bid:\s*['"]([^'"]+)['"]/g)].map((match) => match[1] ?? ''),
    ...[...source.matchAll(/<Translate[^>]*\bid=["']([^"']+)["']/g)].map((match) => match[1] ?? ''),
  ];
}

function sourceFiles(directory: string): string[] {
  return readdirSync(path.join(repositoryRoot, directory), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx)$/.test(file))
    .map((file) => path.join(directory, file));
}

export function duplicatedStrings(
  codeJsonKeys: readonly string[],
  sources: readonly { file: string; source: string }[],
): string[] {
  return sources.flatMap(({ file, source }) =>
    translationIdsInSource(source)
      .filter((id) => codeJsonKeys.includes(id))
      .map(
        (id) =>
          `${file}: 문구 \`${id}\`가 i18n/ko/code.json에도 있어 그쪽이 이깁니다. 한국어 문구는 컴포넌트에 두고 code.json에서 이 키를 지우세요.`,
      ),
  );
}

test('컴포넌트가 정한 문구는 i18n/ko/code.json에 또 있지 않다', () => {
  const codeJson = JSON.parse(readFileSync(path.join(repositoryRoot, 'i18n/ko/code.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const keys = Object.keys(codeJson);
  const sources = [...sourceFiles('src'), ...sourceFiles('plugins')].map((file) => ({
    file,
    source: readFileSync(path.join(repositoryRoot, file), 'utf8'),
  }));
  assert.deepEqual(duplicatedStrings(keys, sources), []);
});

test('두 곳에 있는 문구는 파일, 키, 고칠 방법과 함께 걸린다', () => {
  assert.deepEqual(
    duplicatedStrings(
      ['theme.example.label'],
      [
        {
          file: 'src/components/X/index.tsx',
          source: "translate({ id: 'theme.example.label', message: '찾기' })",
        },
      ],
    ),
    [
      'src/components/X/index.tsx: 문구 `theme.example.label`가 i18n/ko/code.json에도 있어 그쪽이 이깁니다. 한국어 문구는 컴포넌트에 두고 code.json에서 이 키를 지우세요.',
    ],
  );
});
