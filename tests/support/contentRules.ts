/**
 * 시리즈 문서와 블로그 글의 구성 규칙. 각 규칙은 어느 파일의 몇째 줄에서 무엇이 빠졌는지 알려 주는 문제 목록을 돌려줍니다.
 * 빌드(`onBrokenAnchors: 'throw'` 등)도 일부를 잡지만, 여기서는 글을 쓰는 동안 더 일찍, 고칠 방법과 함께 알려 줍니다.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chapters as seriesChapters } from '../../src/data/chapters';
import { checkPracticeRules } from './practiceRules';
import { checkVersionClaimSources } from './versionClaims';
import { allDocFiles, docIdOf, readDeclaredKeys, type Edition, type SiteContent } from './contentFiles';
import {
  countHangulSyllables,
  plainHeadingText,
  proseLines,
  proseText,
  readMarkdownDocument,
  sectionLines,
  type BodyLine,
  type ContentProblem,
  type MarkdownDocument,
} from '../../src/lib/content/markdown';

export interface ChapterDefinition {
  readonly id: string;
  readonly slug: string;
}

/** 개정판의 분량 상한. 한글 음절은 코드 블록, front matter, import 줄을 뺀 본문에서 셉니다 */
export interface RevisedLengthLimits {
  /** 상한을 적용할 판(`current`는 `docs/`의 개정판) */
  readonly edition: string;
  readonly maximumChapterHangulSyllables: number;
  readonly maximumTotalHangulSyllables: number;
  /** 메시지에 보일 합계 상한의 근거 */
  readonly totalBasis: string;
}

export interface ContentRuleOptions {
  readonly chapters: readonly ChapterDefinition[];
  readonly minimumChapterHangulSyllables: number;
  /** null이면 분량 상한을 보지 않습니다 */
  readonly revisedLength: RevisedLengthLimits | null;
  /**
   * 실습 규칙(`practiceRules.ts`: 이름은 쓰기 전에 만들고, 직접 해보기는 쓰는 것을 만들고 지운다)과 버전 출처 규칙
   * (`versionClaims.ts`)을 적용할 판. 개정판만 봅니다: 초판은 처음 실린 그대로 둡니다. null이면 보지 않습니다
   */
  readonly practiceRulesEdition: string | null;
}

/**
 * 2026-11 검토(issue #12) 때 개정판 여섯 장의 본문은 합쳐 71,178자였습니다. 겹치는 설명을 한 장에만 두어
 * 그 90 %(64,060자) 이하로, 장 하나는 12,000자 이하로 줄입니다.
 */
export const revisedLengthLimits: RevisedLengthLimits = {
  edition: 'current',
  maximumChapterHangulSyllables: 12_000,
  maximumTotalHangulSyllables: 64_060,
  totalBasis: '2026-11 검토 때의 71,178자의 90 %',
};

export const defaultContentRuleOptions: ContentRuleOptions = {
  chapters: seriesChapters,
  minimumChapterHangulSyllables: 5000,
  revisedLength: revisedLengthLimits,
  practiceRulesEdition: 'current',
};

export const descriptionLengthRange = { min: 40, max: 180 } as const;

/** 장마다 있어야 하는 `##` 절과 그 제목 */
export const requiredChapterSections = [
  { id: 'try-it', heading: '## 직접 해보기 {/* #try-it */}' },
  { id: 'key-points', heading: '## 핵심 정리 {/* #key-points */}' },
  { id: 'self-check', heading: '## 셀프 체크 {/* #self-check */}' },
  { id: 'next-steps', heading: '## 다음 단계 {/* #next-steps */}' },
  { id: 'references', heading: '## 참고 자료 {/* #references */}' },
] as const;

export const selfCheckQuestionRange = { min: 3, max: 5 } as const;

const lineOfKey = (document: MarkdownDocument, key: string) => document.frontMatterKeyLines.get(key) ?? 1;

function problemAt(document: MarkdownDocument, line: number, message: string): ContentProblem {
  return { file: document.filePath, line, message };
}

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/** `declaredTags`가 null이면(태그 정의 파일이 아직 없으면) 선언 여부는 보지 않습니다 */
function checkTags(
  document: MarkdownDocument,
  declaredTags: ReadonlySet<string> | null,
  tagsFileName: string,
  required: boolean,
): ContentProblem[] {
  const tags = document.frontMatter.tags;
  const line = lineOfKey(document, 'tags');
  if (tags === undefined) {
    return required
      ? [problemAt(document, 1, 'front matter에 `tags`가 없습니다. 예: `tags: [docker, container]`')]
      : [];
  }
  if (!Array.isArray(tags) || (required && tags.length === 0)) {
    return [
      problemAt(
        document,
        line,
        '`tags`는 태그 이름의 목록이어야 합니다(비어 있으면 안 됩니다). 예: `tags: [docker, container]`',
      ),
    ];
  }
  return tags.flatMap((tag: unknown) => {
    if (typeof tag !== 'string') {
      return [
        problemAt(
          document,
          line,
          `태그는 \`${tagsFileName}\`의 키 이름으로만 씁니다: ${JSON.stringify(tag)}`,
        ),
      ];
    }
    return declaredTags === null || declaredTags.has(tag)
      ? []
      : [
          problemAt(
            document,
            line,
            `태그 \`${tag}\`가 \`${tagsFileName}\`에 선언되어 있지 않습니다. 선언된 태그를 쓰거나 \`${tagsFileName}\`에 추가하세요.`,
          ),
        ];
  });
}

function checkDescription(document: MarkdownDocument): ContentProblem[] {
  const description = document.frontMatter.description;
  if (!isNonEmptyString(description))
    return [problemAt(document, 1, 'front matter에 `description`이 없습니다.')];
  const length = [...description.trim()].length;
  const { min, max } = descriptionLengthRange;
  return length < min || length > max
    ? [
        problemAt(
          document,
          lineOfKey(document, 'description'),
          `\`description\`이 ${length}자입니다. 검색 결과와 링크 미리보기에 맞게 ${min}~${max}자로 쓰세요.`,
        ),
      ]
    : [];
}

export interface DocFrontMatterContext {
  readonly chapter: ChapterDefinition | undefined;
  readonly declaredTags: ReadonlySet<string> | null;
  readonly tagsFileName: string;
}

/**
 * 모든 문서: `title`, `description`(40~180자), `slug`(`/`로 시작). 태그를 쓰면 선언된 것만.
 * 장 문서는 여기에 더해 `sidebar_position`(숫자), 비어 있지 않은 `tags`, chapters.ts와 같은 `slug`.
 */
export function checkDocFrontMatter(
  document: MarkdownDocument,
  context: DocFrontMatterContext,
): ContentProblem[] {
  if (!document.hasFrontMatter) {
    return [
      problemAt(document, 1, '파일 맨 앞에 front matter(`---`로 감싼 title, description, slug…)가 없습니다.'),
    ];
  }
  const problems: ContentProblem[] = [...document.frontMatterProblems];
  const { frontMatter } = document;
  if (!isNonEmptyString(frontMatter.title))
    problems.push(problemAt(document, 1, 'front matter에 `title`이 없습니다.'));
  problems.push(...checkDescription(document));
  const slug = frontMatter.slug;
  if (!isNonEmptyString(slug)) {
    problems.push(problemAt(document, 1, 'front matter에 `slug`가 없습니다. 예: `slug: /network`'));
  } else if (!slug.startsWith('/')) {
    problems.push(
      problemAt(
        document,
        lineOfKey(document, 'slug'),
        `\`slug: ${slug}\`는 \`/\`로 시작해야 합니다 (\`slug: /${slug}\`).`,
      ),
    );
  } else if (context.chapter && slug !== context.chapter.slug) {
    problems.push(
      problemAt(
        document,
        lineOfKey(document, 'slug'),
        `장 \`${context.chapter.id}\`의 \`slug\`는 chapters.ts와 같은 \`${context.chapter.slug}\`여야 합니다 (지금: \`${slug}\`).`,
      ),
    );
  }
  const position = frontMatter.sidebar_position;
  if (position !== undefined && typeof position !== 'number') {
    problems.push(
      problemAt(document, lineOfKey(document, 'sidebar_position'), '`sidebar_position`은 숫자여야 합니다.'),
    );
  } else if (context.chapter && position === undefined) {
    problems.push(
      problemAt(document, 1, 'front matter에 `sidebar_position`(사이드바 순서, 숫자)이 없습니다.'),
    );
  }
  problems.push(
    ...checkTags(document, context.declaredTags, context.tagsFileName, context.chapter !== undefined),
  );
  return problems;
}

/**
 * 개정판 장의 `##`, `###` 제목은 그 절이 답하는 질문으로 씁니다("…는 무엇인가", "…는 어떻게 …하는가"). 뒤에 `: 부제`를
 * 붙일 수 있고(`지금의 Compose는 무엇인가: v5와 compose.yaml`), 모든 장에 있는 고정 절(직접 해보기 …)은 예외입니다.
 */
const questionEnding = /(?:가|까|나|는지|인지|요|\?)$/;

export function checkQuestionHeadings(document: MarkdownDocument): ContentProblem[] {
  const fixedSections = new Set<string>(requiredChapterSections.map((section) => section.id));
  return document.headings
    .filter((heading) => (heading.level === 2 || heading.level === 3) && !fixedSections.has(heading.id))
    .filter(
      (heading) =>
        !plainHeadingText(heading.text)
          .split(': ')
          .some((part) => questionEnding.test(part.trim())),
    )
    .map((heading) =>
      problemAt(
        document,
        heading.line,
        `제목 \`${'#'.repeat(heading.level)} ${heading.text}\`: 질문 꼴이 아닙니다. 개정판 장의 제목은 그 절이 답하는 질문으로 씁니다(예: \`### bridge는 무엇을 연결하는가\`). 덧붙일 말은 \`: \` 뒤에 둘 수 있습니다.`,
      ),
    );
}

/** 제목 수준을 건너뛰지 않고(`##` 다음 `####` 금지), 본문에 h1이 없고, 제목 id가 파일 안에서 겹치지 않는지 */
export function checkHeadings(document: MarkdownDocument): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let previousLevel = 1;
  const firstLineOfId = new Map<string, number>();
  for (const heading of document.headings) {
    const hashes = '#'.repeat(heading.level);
    if (heading.level === 1) {
      problems.push(
        problemAt(
          document,
          heading.line,
          `본문에 \`# ${heading.text}\`(h1)이 있습니다. 문서 제목(front matter의 title)이 h1이므로 본문 제목은 \`##\`부터 쓰세요.`,
        ),
      );
    } else if (heading.level > previousLevel + 1) {
      const expected = '#'.repeat(previousLevel + 1);
      problems.push(
        problemAt(
          document,
          heading.line,
          `제목 수준을 건너뛰었습니다: \`${'#'.repeat(previousLevel)}\` 다음에 \`${hashes} ${heading.text}\`가 왔습니다. \`${expected}\`를 쓰세요.`,
        ),
      );
    }
    previousLevel = Math.max(heading.level, 1);
    const firstLine = firstLineOfId.get(heading.id);
    if (firstLine !== undefined) {
      problems.push(
        problemAt(
          document,
          heading.line,
          `제목 id \`${heading.id}\`가 ${firstLine}번째 줄의 제목과 겹칩니다. \`{/* #다른-id */}\`로 바꾸세요.`,
        ),
      );
    } else {
      firstLineOfId.set(heading.id, heading.line);
    }
  }
  return problems;
}

const promptShellLanguages = new Set(['bash', 'sh', 'shell', 'zsh']);

/** 코드 블록마다 언어가 있고, bash 블록에 프롬프트(`$ `)가 없는지 */
export function checkCodeBlocks(document: MarkdownDocument): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const block of document.codeBlocks) {
    if (!block.closed) {
      problems.push(
        problemAt(
          document,
          block.fenceLine,
          '코드 블록이 닫히지 않았습니다. 여는 펜스와 같은 ``` 줄로 닫으세요.',
        ),
      );
    }
    if (block.language === '') {
      problems.push(
        problemAt(
          document,
          block.fenceLine,
          '코드 블록에 언어가 없습니다. ```bash, ```text, ```yaml처럼 언어를 적으세요(출력은 ```text).',
        ),
      );
    }
    if (promptShellLanguages.has(block.language)) {
      block.contentLines.forEach((text, offset) => {
        if (/^\s*\$ /.test(text)) {
          problems.push(
            problemAt(
              document,
              block.firstContentLine + offset,
              `\`${block.language}\` 블록의 줄이 프롬프트 \`$ \`로 시작합니다. 복사해 붙여 넣으면 실패하므로 \`$ \`를 빼고, 출력은 \`\`\`text 블록으로 나누세요.`,
            ),
          );
        }
      });
    }
  }
  return problems;
}

const gfmDelimiterRowPattern = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

export function hasGfmTable(lines: readonly BodyLine[]): boolean {
  return lines.some((bodyLine, index) => {
    const header = lines[index - 1]?.text ?? '';
    return (
      bodyLine.text.includes('-') &&
      (bodyLine.text.includes('|') || header.includes('|')) &&
      header.includes('|') &&
      gfmDelimiterRowPattern.test(bodyLine.text)
    );
  });
}

/** 본문의 Markdown 링크 대상(인라인 코드 안의 것은 빼고) */
export function linkTargets(lines: readonly BodyLine[]): { target: string; line: number }[] {
  const targets: { target: string; line: number }[] = [];
  for (const { text, line } of lines) {
    const withoutCode = text.replace(/`[^`]*`/g, '');
    for (const match of withoutCode.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^"']*["'])?\s*\)/g)) {
      if (match[1]) targets.push({ target: match[1], line });
    }
    const definition = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/.exec(withoutCode);
    if (definition?.[1]) targets.push({ target: definition[1], line });
  }
  return targets;
}

const isExternalOrSiteAbsolute = (target: string) => /^(?:[a-z][a-z0-9+.-]*:|\/\/|\/)/i.test(target);

/** 장의 구성: mermaid 그림, 표, 다섯 개의 필수 절, 셀프 체크 3~5문항, 참고 자료와 다음 단계의 링크, 분량 */
export function checkChapterStructure(
  document: MarkdownDocument,
  options: Pick<ContentRuleOptions, 'minimumChapterHangulSyllables'>,
  /** 이 장에 적용할 분량 상한(개정판의 장만). null이면 보지 않습니다 */
  maximum: number | null = null,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const endLine = document.bodyLines.at(-1)?.line ?? 1;
  if (!document.codeBlocks.some((block) => block.language === 'mermaid')) {
    problems.push(
      problemAt(
        document,
        document.bodyStartLine,
        '장에 ```mermaid 그림이 없습니다. 구조나 흐름을 그림 하나로 보여 주세요.',
      ),
    );
  }
  if (!hasGfmTable(proseLines(document))) {
    problems.push(
      problemAt(
        document,
        document.bodyStartLine,
        '장에 표(GFM 표)가 하나도 없습니다. 비교나 요약을 표로 정리하세요.',
      ),
    );
  }
  for (const section of requiredChapterSections) {
    const heading = document.headings.find((candidate) => candidate.id === section.id);
    if (!heading) {
      problems.push(problemAt(document, endLine, `필수 절이 없습니다: \`${section.heading}\`를 추가하세요.`));
      continue;
    }
    if (heading.level !== 2) {
      problems.push(
        problemAt(
          document,
          heading.line,
          `\`${section.id}\` 절은 \`##\` 제목이어야 합니다: \`${section.heading}\``,
        ),
      );
    }
    const lines = sectionLines(document, heading);
    const sectionText = lines.map((bodyLine) => bodyLine.text).join('\n');
    if (section.id === 'self-check') {
      const detailsCount = sectionText.match(/<details\b/g)?.length ?? 0;
      const { min, max } = selfCheckQuestionRange;
      if (detailsCount < min || detailsCount > max) {
        problems.push(
          problemAt(
            document,
            heading.line,
            `셀프 체크 문항(\`<details>\`)이 ${detailsCount}개입니다. ${min}~${max}개를 쓰세요.`,
          ),
        );
      }
      const detailsBlocks = [...sectionText.matchAll(/<details\b[^>]*>([\s\S]*?)<\/details>/g)];
      if (detailsBlocks.length !== detailsCount) {
        problems.push(
          problemAt(document, heading.line, '셀프 체크에 `</details>`로 닫히지 않은 `<details>`가 있습니다.'),
        );
      }
      detailsBlocks.forEach((block, index) => {
        if (!/<summary\b[^>]*>[\s\S]*?<\/summary>/.test(block[1] ?? '')) {
          problems.push(
            problemAt(
              document,
              heading.line,
              `셀프 체크 ${index + 1}번째 \`<details>\`에 질문을 담은 \`<summary>…</summary>\`가 없습니다.`,
            ),
          );
        }
      });
    }
    if (section.id === 'references' && !/https:\/\/[^\s)>\]"']+/.test(sectionText)) {
      problems.push(
        problemAt(
          document,
          heading.line,
          '참고 자료 절에 https 링크가 하나도 없습니다. 공식 문서 같은 출처를 링크하세요.',
        ),
      );
    }
    if (section.id === 'next-steps') {
      const ownName = path.basename(document.filePath);
      const docLinks = linkTargets(lines).filter(
        ({ target }) =>
          !isExternalOrSiteAbsolute(target) &&
          /\.mdx?$/.test(target.split('#')[0] ?? '') &&
          path.basename(target.split('#')[0] ?? '') !== ownName,
      );
      if (docLinks.length === 0) {
        problems.push(
          problemAt(
            document,
            heading.line,
            '다음 단계 절에 다른 장으로 가는 상대 링크가 없습니다. 예: `[3장 Docker Network](./03-network.mdx)`',
          ),
        );
      }
    }
  }
  const syllables = countHangulSyllables(proseText(document));
  if (maximum !== null && syllables > maximum) {
    problems.push(
      problemAt(
        document,
        document.bodyStartLine,
        `본문(코드 블록 제외)의 한글이 ${syllables.toLocaleString('en-US')}자입니다. 개정판의 장은 ${maximum.toLocaleString('en-US')}자 이하여야 합니다: ${(syllables - maximum).toLocaleString('en-US')}자를 줄이거나 다른 장에 있는 설명은 링크로 바꾸세요.`,
      ),
    );
  }
  if (syllables < options.minimumChapterHangulSyllables) {
    problems.push(
      problemAt(
        document,
        document.bodyStartLine,
        `본문(코드 블록 제외)의 한글이 ${syllables.toLocaleString('en-US')}자입니다. 장은 ${options.minimumChapterHangulSyllables.toLocaleString('en-US')}자 이상이어야 합니다.`,
      ),
    );
  }
  return problems;
}

export type DocumentLoader = (filePath: string) => MarkdownDocument | undefined;

/** 상대 링크(`./x.mdx#anchor`, `#anchor`)가 있는 파일과 그 안의 제목 id를 가리키는지. 문서는 같은 판 안만 가리켜야 합니다 */
export function checkRelativeLinks(
  document: MarkdownDocument,
  loadDocument: DocumentLoader,
  edition: Edition | undefined,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const { target, line } of linkTargets(proseLines(document))) {
    if (isExternalOrSiteAbsolute(target)) continue;
    const [targetPath = '', anchor] = target.split('#');
    const decodedAnchor = anchor === undefined ? undefined : decodeURIComponent(anchor);
    if (targetPath !== '' && !/\.mdx?$/.test(targetPath)) continue;
    const resolved =
      targetPath === ''
        ? document.filePath
        : path.resolve(path.dirname(document.filePath), decodeURI(targetPath));
    if (edition && path.relative(edition.directory, resolved).startsWith('..')) {
      problems.push(
        problemAt(
          document,
          line,
          `링크 \`${target}\`가 이 판(${edition.name}) 밖의 문서를 가리킵니다. 같은 판의 문서로 링크하세요.`,
        ),
      );
      continue;
    }
    if (!existsSync(resolved)) {
      const where = edition ? `이 판(${edition.name})에` : '';
      problems.push(
        problemAt(
          document,
          line,
          `링크 \`${target}\`가 가리키는 파일이 ${where} 없습니다. 파일 이름을 확인하세요.`.replace(
            '  ',
            ' ',
          ),
        ),
      );
      continue;
    }
    if (!decodedAnchor) continue;
    const targetDocument = loadDocument(resolved);
    if (targetDocument && !targetDocument.headings.some((heading) => heading.id === decodedAnchor)) {
      const where = targetPath === '' ? '이 문서' : `\`${targetPath}\``;
      problems.push(
        problemAt(
          document,
          line,
          `링크 \`${target}\`: ${where}에 id가 \`${decodedAnchor}\`인 제목이 없습니다. 제목의 \`{/* #id */}\`를 확인하세요.`,
        ),
      );
    }
  }
  return problems;
}

export interface BlogPostContext {
  readonly declaredTags: ReadonlySet<string> | null;
  readonly declaredAuthors: ReadonlySet<string> | null;
}

/** 블로그 글: title, date, authors, tags, description과 목록에서 잘라 보일 `{/* truncate *\/}` 표시 */
export function checkBlogPost(document: MarkdownDocument, context: BlogPostContext): ContentProblem[] {
  if (!document.hasFrontMatter) {
    return [
      problemAt(
        document,
        1,
        '블로그 글 맨 앞에 front matter(title, date, authors, tags, description)가 없습니다.',
      ),
    ];
  }
  const problems: ContentProblem[] = [...document.frontMatterProblems];
  const { frontMatter } = document;
  if (!isNonEmptyString(frontMatter.title))
    problems.push(problemAt(document, 1, 'front matter에 `title`이 없습니다.'));
  const date: unknown = frontMatter.date;
  if (!(date instanceof Date) && !(typeof date === 'string' && /^\d{4}-\d{2}-\d{2}/.test(date))) {
    problems.push(
      problemAt(document, lineOfKey(document, 'date'), 'front matter에 `date`(YYYY-MM-DD)가 없습니다.'),
    );
  }
  const authors: unknown = frontMatter.authors;
  const authorList: unknown[] = Array.isArray(authors) ? authors : authors === undefined ? [] : [authors];
  if (authorList.length === 0) {
    problems.push(
      problemAt(document, 1, 'front matter에 `authors`가 없습니다. 예: `authors: [docker-study]`'),
    );
  }
  for (const author of authorList) {
    if (typeof author === 'string' && context.declaredAuthors && !context.declaredAuthors.has(author)) {
      problems.push(
        problemAt(
          document,
          lineOfKey(document, 'authors'),
          `작성자 \`${author}\`가 \`blog/authors.yml\`에 없습니다.`,
        ),
      );
    }
  }
  problems.push(...checkTags(document, context.declaredTags, 'blog/tags.yml', true));
  problems.push(...checkDescription(document));
  const marker = document.filePath.endsWith('.mdx') ? '{/* truncate */}' : '<!-- truncate -->';
  if (!document.bodyLines.some((bodyLine) => bodyLine.text.trim() === marker)) {
    problems.push(
      problemAt(document, document.bodyStartLine, `목록에 보일 요약 끝에 \`${marker}\` 줄이 없습니다.`),
    );
  }
  return problems;
}

/** 판마다 chapters.ts의 모든 장이 있어야 합니다 */
export function checkEditionHasChapters(
  edition: Edition,
  chapters: readonly ChapterDefinition[],
): ContentProblem[] {
  const docIds = new Set(edition.docFiles.map((file) => docIdOf(edition, file)));
  return chapters
    .filter((chapter) => !docIds.has(chapter.id))
    .map((chapter) => ({
      file: path.join(edition.directory, `${chapter.id}.mdx`),
      line: 1,
      message: `장 \`${chapter.id}\`(src/data/chapters.ts)의 파일이 ${edition.name} 판에 없습니다.`,
    }));
}

export function chapterOf(
  edition: Edition,
  docFile: string,
  chapters: readonly ChapterDefinition[],
): ChapterDefinition | undefined {
  const docId = docIdOf(edition, docFile);
  return chapters.find((chapter) => chapter.id === docId);
}

/** 같은 파일을 여러 규칙이 읽으므로 한 번만 읽습니다 */
export function createDocumentLoader(): DocumentLoader & { readonly cache: Map<string, MarkdownDocument> } {
  const cache = new Map<string, MarkdownDocument>();
  const load = (filePath: string) => {
    const absolute = path.resolve(filePath);
    if (!existsSync(absolute)) return undefined;
    let document = cache.get(absolute);
    if (!document) {
      document = readMarkdownDocument(absolute);
      cache.set(absolute, document);
    }
    return document;
  };
  return Object.assign(load, { cache });
}

function chapterMaximum(edition: Edition, options: ContentRuleOptions): number | null {
  return options.revisedLength?.edition === edition.name
    ? options.revisedLength.maximumChapterHangulSyllables
    : null;
}

/** 개정판 장들의 본문 한글을 합친 수가 상한을 넘는지. 장마다의 수를 함께 알려 어디를 줄일지 보이게 합니다 */
export function checkRevisedTotalLength(
  edition: Edition,
  options: Pick<ContentRuleOptions, 'chapters' | 'revisedLength'>,
  loadDocument: DocumentLoader,
): ContentProblem[] {
  const limits = options.revisedLength;
  if (!limits || limits.edition !== edition.name) return [];
  const counts = edition.docFiles.flatMap((file) => {
    const chapter = chapterOf(edition, file, options.chapters);
    const document = chapter ? loadDocument(file) : undefined;
    return chapter && document
      ? [{ id: chapter.id, syllables: countHangulSyllables(proseText(document)) }]
      : [];
  });
  const total = counts.reduce((sum, { syllables }) => sum + syllables, 0);
  if (total <= limits.maximumTotalHangulSyllables) return [];
  const format = (value: number) => value.toLocaleString('en-US');
  return [
    {
      file: edition.directory,
      line: 1,
      message: `개정판 장 ${counts.length}개의 본문 한글이 합쳐 ${format(total)}자입니다. 합계는 ${format(limits.maximumTotalHangulSyllables)}자(${limits.totalBasis}) 이하여야 합니다: ${format(total - limits.maximumTotalHangulSyllables)}자를 줄이세요. 장별: ${counts.map(({ id, syllables }) => `${id} ${format(syllables)}자`).join(', ')}`,
    },
  ];
}

export interface ContentRuleRun {
  readonly problems: ContentProblem[];
  readonly checkedDocs: number;
  readonly checkedPosts: number;
}

/**
 * 사이트 전체(또는 `onlyFiles`에 든 파일만)에 문서 규칙을 적용합니다.
 * 판에 장 파일이 빠졌는지는 전체를 검사할 때만 봅니다.
 */
export function checkContentRules(
  content: SiteContent,
  options: ContentRuleOptions = defaultContentRuleOptions,
  onlyFiles?: ReadonlySet<string>,
  loadDocument: DocumentLoader = createDocumentLoader(),
): ContentRuleRun {
  const selected = (file: string) => !onlyFiles || onlyFiles.has(path.resolve(file));
  const problems: ContentProblem[] = [];
  let checkedDocs = 0;
  if (!onlyFiles && allDocFiles(content).length === 0) {
    problems.push({
      file: path.join(content.root, 'docs'),
      line: 1,
      message: '검사할 문서가 하나도 없습니다 (docs/**/*.mdx). 검사 대상 폴더를 확인하세요.',
    });
  }
  for (const edition of content.editions) {
    if (!onlyFiles) problems.push(...checkEditionHasChapters(edition, options.chapters));
    const declaredTags = edition.tagsFile ? readDeclaredKeys(edition.tagsFile) : null;
    const tagsFileName = edition.tagsFile ? path.relative(content.root, edition.tagsFile) : 'docs/tags.yml';
    for (const docFile of edition.docFiles.filter(selected)) {
      const document = loadDocument(docFile);
      if (!document) continue;
      checkedDocs += 1;
      const chapter = chapterOf(edition, docFile, options.chapters);
      problems.push(
        ...checkDocFrontMatter(document, { chapter, declaredTags, tagsFileName }),
        ...checkHeadings(document),
        ...checkCodeBlocks(document),
        ...checkRelativeLinks(document, loadDocument, edition),
        ...(chapter ? checkChapterStructure(document, options, chapterMaximum(edition, options)) : []),
        ...(chapter && edition.name === options.practiceRulesEdition
          ? [
              ...checkQuestionHeadings(document),
              ...checkPracticeRules(document),
              ...checkVersionClaimSources(document),
            ]
          : []),
      );
    }
    if (!onlyFiles) problems.push(...checkRevisedTotalLength(edition, options, loadDocument));
  }
  const blogContext: BlogPostContext = {
    declaredTags: content.blogTagsFile ? readDeclaredKeys(content.blogTagsFile) : null,
    declaredAuthors: content.blogAuthorsFile ? readDeclaredKeys(content.blogAuthorsFile) : null,
  };
  let checkedPosts = 0;
  for (const postFile of content.blogPostFiles.filter(selected)) {
    const document = loadDocument(postFile);
    if (!document) continue;
    checkedPosts += 1;
    problems.push(
      ...checkBlogPost(document, blogContext),
      ...checkHeadings(document),
      ...checkCodeBlocks(document),
      ...checkRelativeLinks(document, loadDocument, undefined),
    );
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { problems, checkedDocs, checkedPosts };
}
