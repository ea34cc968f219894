// 빌드 없이 MDX 문법 오류를 빠르게 찾기 위한 도구입니다. 글을 쓰는 동안 쓰고, 최종 검증은 빌드가 합니다.
// 이 사이트는 MDX 1 호환(`mdx1CompatDisabledByDefault`)을 끄므로 제목의 `{#id}`는 빌드에서 실패합니다. 여기서도 그대로
// 컴파일해 같은 오류를 냅니다. 제목 id는 `{/* #id */}`로 씁니다.
// 사용법: node scripts/check-mdx-syntax.mjs docs/01-concepts.mdx [...]
import { readFile } from 'node:fs/promises';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import remarkDirective from 'remark-directive';

let failed = 0;
for (const file of process.argv.slice(2)) {
  const source = await readFile(file, 'utf8');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  try {
    await compile(body, { remarkPlugins: [remarkGfm, remarkDirective] });
    console.log(`ok   ${file}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL ${file}: ${error.message} (line ${error.line ?? '?'})`);
  }
}
process.exit(failed ? 1 : 0);
