/**
 * 본문에서 코드 글꼴 밖에 있는 `namespace`, `cgroups`, `Dockerfile`(src/data/terms.ts)을 백틱으로 감쌉니다.
 * 용어 검사(`tests/content/terminology.test.ts`)가 걸어 둔 자리만 바꿉니다.
 *
 *   npx tsx scripts/wrap-code-font-terms.ts docs/06-deep-dive.mdx
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { wrapCodeFontTerms } from './lib/content/terminology';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('고칠 파일을 적으세요. 예: npx tsx scripts/wrap-code-font-terms.ts docs/06-deep-dive.mdx');
  process.exitCode = 1;
}
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const { text, count } = wrapCodeFontTerms(file, source);
  if (count > 0) writeFileSync(file, text);
  console.log(`${file}: ${count}곳`);
}
