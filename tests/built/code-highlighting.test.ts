import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import * as cheerio from 'cheerio';
import { buildDir } from '../../scripts/lib/site';

/**
 * Prism 문법 등록은 theme-classic의 클라이언트 모듈 대신 `src/theme/CodeBlock/highlightedContent.ts`가 합니다
 * (plugins/prism-with-code-blocks). 등록이 빠지면 그 언어의 블록은 오류 없이 `token plain`만 남으므로, 빌드된 모든
 * 페이지에서 언어를 밝힌 블록마다 문법 토큰이 있는지 봅니다.
 */
const plainLanguages = new Set(['text', 'mermaid']);
// config/prism.ts의 additionalPrismLanguages(`docker`는 `dockerfile`로 씁니다)와 prismjs 기본 묶음의 문법
const languagesThatMustAppear = ['bash', 'dockerfile', 'ini', 'nginx', 'yaml', 'json', 'javascript'];

test('언어를 밝힌 코드 블록은 모두 그 언어의 문법으로 토큰이 나뉜다', async () => {
  const htmlFiles = (await readdir(buildDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  const blocksByLanguage = new Map<string, number>();
  const unhighlighted: string[] = [];
  for (const file of htmlFiles) {
    const $ = cheerio.load(await readFile(path.join(buildDir, file), 'utf8'));
    $('pre.prism-code').each((_, pre) => {
      const language = /(?:^|\s)language-([\w-]+)/.exec($(pre).attr('class') ?? '')?.[1];
      if (language === undefined || plainLanguages.has(language)) return;
      blocksByLanguage.set(language, (blocksByLanguage.get(language) ?? 0) + 1);
      if ($(pre).find('.token:not(.plain)').length === 0) {
        unhighlighted.push(`${file}: ${language} 블록 "${$(pre).text().slice(0, 40)}…"`);
      }
    });
  }
  for (const language of languagesThatMustAppear) {
    assert.ok(
      blocksByLanguage.has(language),
      `빌드에 ${language} 코드 블록이 없어 이 검사가 그 언어를 보지 못합니다`,
    );
  }
  assert.deepEqual(
    unhighlighted,
    [],
    'Prism 문법이 등록되지 않은 코드 블록입니다. 그 언어를 config/prism.ts의 additionalPrismLanguages에 더하세요 (등록은 src/theme/CodeBlock/highlightedContent.ts)',
  );
});

// src/theme/CodeBlock/Line/Token: 글자가 없는 토큰은 `<span>`을 만들지 않습니다(이슈 #23). 빈 줄의 토큰 하나만 남습니다.
test('코드 줄에는 글자가 없는 토큰 요소가 없다 (빈 줄의 자리 하나를 빼고)', async () => {
  const htmlFiles = (await readdir(buildDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  let lines = 0;
  const withEmptyTokens: string[] = [];
  for (const file of htmlFiles) {
    const $ = cheerio.load(await readFile(path.join(buildDir, file), 'utf8'));
    $('pre.prism-code .token-line').each((_, line) => {
      lines += 1;
      const tokens = $(line).children('span.token');
      if (tokens.length > 1 && tokens.filter((__, token) => $(token).text() === '').length > 0) {
        withEmptyTokens.push(`${file}: "${$(line).text().slice(0, 40)}"`);
      }
    });
  }
  assert.ok(lines > 1000, `빌드의 코드 줄이 ${lines}개뿐입니다`);
  assert.deepEqual(withEmptyTokens.slice(0, 10), [], `빈 토큰이 있는 줄 ${withEmptyTokens.length}개`);
});
