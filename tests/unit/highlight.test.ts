import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import loadLanguages from 'prismjs/components/index';
import * as original from 'prism-react-renderer';
import type { HighlightProps, PrismTheme } from 'prism-react-renderer';
import * as light from '../../plugins/prism-with-code-blocks/client/highlight';
import { additionalPrismLanguages, darkCodeTheme, lightCodeTheme } from '../../config/prism';
import { readMarkdownDocument } from '../../src/lib/content/markdown';
import { allDocFiles, findSiteContent } from '../../scripts/lib/content/contentFiles';

/**
 * 번들은 `prism-react-renderer` 대신 `plugins/prism-with-code-blocks/client/highlight.tsx`를 씁니다. 글의 모든 코드
 * 블록을 두 구현으로 그려 비교합니다.
 */

type PrismLike = typeof light.Prism;

/**
 * theme-classic의 `prism-include-languages`처럼 전역 `Prism`을 잠시 그 인스턴스로 바꿔 언어를 붙입니다. prismjs의
 * `loadLanguages`는 언어 파일을 require 캐시에서 지우고 다시 읽으므로 인스턴스마다 붙습니다.
 */
function includeLanguages(prism: PrismLike): void {
  const scope = globalThis as { Prism?: unknown };
  const before = scope.Prism;
  scope.Prism = prism;
  loadLanguages(additionalPrismLanguages);
  scope.Prism = before;
}
includeLanguages(original.Prism);
includeLanguages(light.Prism);

interface CodeBlockSource {
  file: string;
  language: string;
  code: string;
}

/** 두 판의 문서와 블로그 글에서 언어를 밝힌 펜스 코드 블록(Mermaid 그림 제외). 콘텐츠 검사와 같은 파서로 읽습니다. */
function codeBlocksInContent(): CodeBlockSource[] {
  const content = findSiteContent();
  return [...allDocFiles(content), ...content.blogPostFiles].flatMap((file) =>
    readMarkdownDocument(file)
      .codeBlocks.filter((block) => block.language !== '' && block.language !== 'mermaid')
      .map((block) => ({
        file: path.relative(content.root, file),
        language: block.language,
        code: block.content,
      })),
  );
}

interface RenderedToken {
  text: string;
  classes: string[];
  style: string;
}
interface Rendered {
  pre: string;
  lines: { line: string; tokens: RenderedToken[] }[];
}

/** theme-classic의 `CodeBlock/Content`와 `CodeBlock/Line`이 하듯 render prop을 불러, 그려질 속성을 모읍니다. */
function render(
  Highlight: (props: HighlightProps) => unknown,
  props: Omit<HighlightProps, 'children'>,
): Rendered {
  let rendered: Rendered | undefined;
  const children: HighlightProps['children'] = ({
    className,
    style,
    tokens,
    getLineProps,
    getTokenProps,
  }) => {
    rendered = {
      pre: JSON.stringify({ className, style }),
      lines: tokens.map((line, index) => {
        const { className: lineClass, style: lineStyle } = getLineProps({
          line,
          className: index === 1 ? 'x' : '',
        });
        return {
          line: JSON.stringify({ lineClass, lineStyle }),
          tokens: line.map((token) => {
            const output = getTokenProps({ token });
            return {
              text: output.children,
              classes: output.className.split(' '),
              style: JSON.stringify(output.style),
            };
          }),
        };
      }),
    };
    return createElement('pre');
  };
  renderToStaticMarkup(
    createElement(Highlight as (props: HighlightProps) => ReactElement, { ...props, children }),
  );
  if (rendered === undefined) throw new Error('Highlight가 render prop을 부르지 않았습니다');
  return rendered;
}

/**
 * 읽는 사람이 보는 것(글자, 색과 글꼴 스타일, 줄 나눔)이 같은지 봅니다. 클래스는 원래 것이 모두 있어야 하고, 더 붙는
 * 것은 스타일이 같을 때만 괜찮습니다: prismjs 1.30의 `js-extras`는 메서드 호출에 `method property-access`를 더
 * 붙입니다(두 색 테마 모두 그 이름에 색이 없습니다).
 */
function difference(expected: Rendered, actual: Rendered): string | undefined {
  if (expected.pre !== actual.pre) return `pre ${expected.pre} ≠ ${actual.pre}`;
  if (expected.lines.length !== actual.lines.length)
    return `줄 수 ${expected.lines.length} ≠ ${actual.lines.length}`;
  for (const [index, line] of expected.lines.entries()) {
    const other = actual.lines[index];
    if (other === undefined || line.line !== other.line)
      return `${index + 1}번째 줄 ${line.line} ≠ ${other?.line}`;
    const texts = (tokens: RenderedToken[]): string => JSON.stringify(tokens.map((token) => token.text));
    if (texts(line.tokens) !== texts(other.tokens))
      return `${index + 1}번째 줄 ${texts(line.tokens)} ≠ ${texts(other.tokens)}`;
    for (const [tokenIndex, token] of line.tokens.entries()) {
      const mine = other.tokens[tokenIndex];
      if (mine === undefined) return `${index + 1}번째 줄 토큰 ${tokenIndex}`;
      const missing = token.classes.filter((name) => !mine.classes.includes(name));
      if (token.style !== mine.style || missing.length > 0) {
        return `${index + 1}번째 줄 "${token.text}": ${token.classes.join(' ')} ${token.style} ≠ ${mine.classes.join(' ')} ${mine.style}`;
      }
    }
  }
  return undefined;
}

test('가벼운 Highlight는 글의 모든 코드 블록을 prism-react-renderer와 같은 글자, 색, 줄로 그린다 (두 색 테마)', () => {
  const blocks = codeBlocksInContent();
  const languages = new Set(blocks.map((block) => block.language));
  assert.ok(blocks.length > 100, `코드 블록을 ${blocks.length}개만 찾았습니다`);
  for (const language of ['bash', 'dockerfile', 'ini', 'nginx', 'yaml', 'json', 'javascript', 'text']) {
    assert.ok(languages.has(language), `글에 ${language} 코드 블록이 없어 비교하지 못합니다`);
  }
  for (const language of ['bash', 'docker', 'dockerfile', 'json', 'yaml', 'ini', 'nginx', 'javascript']) {
    assert.ok(
      original.Prism.languages[language],
      `prism-react-renderer에 ${language} 문법이 붙지 않았습니다`,
    );
    assert.ok(light.Prism.languages[language], `가벼운 Prism에 ${language} 문법이 붙지 않았습니다`);
  }
  const differences: string[] = [];
  for (const block of blocks) {
    for (const theme of [lightCodeTheme, darkCodeTheme] satisfies PrismTheme[]) {
      const props = { code: block.code, language: block.language, theme };
      const found = difference(
        render(original.Highlight, { ...props, prism: original.Prism }),
        render(light.Highlight, props),
      );
      if (found !== undefined) differences.push(`${block.file} (${block.language}): ${found}`);
    }
  }
  assert.deepEqual(differences, []);
});

test('빈 줄, 공백뿐인 줄, CRLF, 모르는 언어도 같게 그린다', () => {
  for (const [language, code] of [
    ['bash', 'echo a\n\n  \necho "b"\n'],
    ['unknown-language', 'x = 1\n\ny'],
    ['javascript', 'const a = `x${1}`;\r\n// c'],
  ] as const) {
    for (const theme of [lightCodeTheme, darkCodeTheme]) {
      assert.equal(
        difference(
          render(original.Highlight, { code, language, theme, prism: original.Prism }),
          render(light.Highlight, { code, language, theme }),
        ),
        undefined,
        `${language}: ${JSON.stringify(code)}`,
      );
    }
  }
});
