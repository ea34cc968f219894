import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';

/**
 * 작은 사이트(`tests/fixtures/sites/blog-only`)를 글 하나로 빌드해, 잘못된 글이 빌드를 멈추는지 봅니다.
 * 태그 정의와 저자 정의는 실제 `blog/`의 파일을 복사해 씁니다.
 */
const siteDir = path.resolve('tests/fixtures/sites/blog-only');
const docusaurusBin = path.resolve('node_modules/@docusaurus/core/bin/docusaurus.mjs');

// Docusaurus가 사이트 폴더 안에 만드는 `.docusaurus/`를 지워, 린터와 다음 실행에 남지 않게 합니다.
after(() => rm(path.join(siteDir, '.docusaurus'), { recursive: true, force: true }));

interface BuildResult {
  readonly code: number | null;
  readonly output: string;
}

function post(frontMatter: Record<string, string>): string {
  const lines = Object.entries(frontMatter).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n검증용 글의 여는 문단입니다.\n\n{/* truncate */}\n\n본문입니다.\n`;
}

const goodFrontMatter = {
  title: "'검증용 글'",
  slug: 'fixture-post',
  date: '2025-02-21T10:00:00+09:00',
  authors: '[docker-study]',
  category: '정리용/Docker',
  tags: '[docker]',
};

async function buildWithPost(source: string): Promise<BuildResult> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'blog-fixture-'));
  const blogDir = path.join(workDir, 'blog');
  try {
    await mkdir(blogDir);
    await copyFile(path.resolve('blog/tags.yml'), path.join(blogDir, 'tags.yml'));
    await copyFile(path.resolve('blog/authors.yml'), path.join(blogDir, 'authors.yml'));
    await writeFile(path.join(blogDir, '2025-02-21-fixture-post.mdx'), source);
    return await new Promise<BuildResult>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [docusaurusBin, 'build', siteDir, '--out-dir', path.join(workDir, 'build')],
        {
          env: { ...process.env, FIXTURE_BLOG_DIR: blogDir, NO_COLOR: '1', FORCE_COLOR: '0' },
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, output }));
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

test('선언하지 않은 태그를 쓴 글은 빌드를 멈춘다', async () => {
  const result = await buildWithPost(post({ ...goodFrontMatter, tags: '[docker, useState]' }));
  assert.notEqual(result.code, 0, result.output);
  assert.match(result.output, /useState/);
  assert.match(result.output, /tags\.yml/);
});

test('알 수 없는 카테고리를 쓴 글은 카테고리 파일과 아는 카테고리를 알려 주며 빌드를 멈춘다', async () => {
  const result = await buildWithPost(post({ ...goodFrontMatter, category: '정리용/Kubernetes' }));
  assert.notEqual(result.code, 0, result.output);
  assert.match(result.output, /알 수 없는 카테고리 "정리용\/Kubernetes"/);
  assert.match(result.output, /src\/data\/categories\.ts/);
  assert.match(result.output, /정의된 카테고리: 정리용, 정리용\/Docker/);
  assert.match(result.output, /2025-02-21-fixture-post\.mdx/);
});

test('카테고리가 없는 글도 빌드를 멈춘다', async () => {
  const withoutCategory = Object.fromEntries(
    Object.entries(goodFrontMatter).filter(([key]) => key !== 'category'),
  );
  const result = await buildWithPost(post(withoutCategory));
  assert.notEqual(result.code, 0, result.output);
  assert.match(result.output, /category가 없습니다/);
});

test('올바른 글은 같은 작은 사이트에서 빌드된다 (위의 실패가 사이트 탓이 아님을 확인)', async () => {
  const result = await buildWithPost(post(goodFrontMatter));
  assert.equal(result.code, 0, result.output);
});
