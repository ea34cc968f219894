// 빌드 없이 MDX 문법 오류를 빠르게 찾기 위한 도구입니다. 글을 쓰는 동안 쓰고, 최종 검증은 빌드가 합니다.
// 사용법: node scripts/check-mdx-syntax.mjs docs/01-concepts.mdx [...]
import { readFile } from 'node:fs/promises';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';

const headingIdPattern = /^(#{1,6} .*?)\s*\{#[\w-]+\}\s*$/gm;
let failed = 0;
for (const file of process.argv.slice(2)) {
  const source = await readFile(file, 'utf8');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(headingIdPattern, '$1');
  try {
    await compile(body, { remarkPlugins: [remarkGfm, remarkDirective] });
    console.log(`ok   ${file}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${file}: ${error.message} (line ${error.line ?? '?'})`);
  }
}
process.exit(failed ? 1 : 0);
