import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';

/**
 * 빌드한 페이지 HTML에서 검색할 글을 꺼냅니다. 화면에 보이는 본문(`article .markdown`)만 읽고,
 * 제목 옆의 `#` 링크, 복사 버튼 같은 장식은 뺍니다. 본문은 id가 있는 `##`/`###` 제목을 기준으로 절로 나누고,
 * 명령어 사전의 명령 항목(`li[id]`)과 용어집의 용어 행(`tr[id]`)도 각각 하나의 절로 봅니다.
 *
 * 절 본문은 블록(문단, 목록 항목, 표의 칸, 코드 줄) 사이를 줄바꿈(`\n`)으로 나눠 둡니다. 발췌문이 한 블록 안에서만
 * 잘리게 하려는 것입니다(블록을 공백으로 이으면 앞 문단의 끝과 표의 첫 칸이 한 문장처럼 붙습니다).
 */
export interface ExtractedSection {
  readonly heading: string;
  readonly anchor: string;
  /** 2: `##`, 3: `###` 또는 사전·용어집의 항목. 도입부는 1. */
  readonly level: 1 | 2 | 3;
  readonly text: string;
}

export interface ExtractedPage {
  readonly title: string;
  readonly sections: readonly ExtractedSection[];
}

/** 안의 글이 따로 한 덩어리인 요소. 앞뒤에서 블록을 끊습니다. */
const blockTags = new Set([
  'p',
  'li',
  'td',
  'th',
  'tr',
  'div',
  'pre',
  'table',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'summary',
  'details',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'section',
]);
/** 장식과, 여러 페이지에 똑같이 되풀이되어 색인하지 않는 부분(`data-search-skip`) */
const decorations =
  '.hash-link, button, svg, script, style, noscript, .theme-edit-this-page, [data-search-skip]';

function cleanText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 블록들을 `\n`으로 잇고, 빈 블록은 버립니다. */
function joinBlocks(blocks: readonly string[]): string {
  return blocks
    .map(cleanText)
    .filter((block) => block !== '')
    .join('\n');
}

/** cheerio가 돌려주는 노드(cheerio가 쓰는 domhandler의 형식) */
type DomNode = AnyNode;

interface Draft {
  heading: string;
  anchor: string;
  level: 1 | 2 | 3;
  blocks: string[];
  current: string;
}

export function extractPage(html: string): ExtractedPage | undefined {
  const $ = cheerio.load(html);
  const article = $('article').first();
  const markdown = article.find('.markdown').first();
  if (markdown.length === 0) return undefined;
  const title = cleanText(article.find('h1').first().text()) || cleanText($('title').text());
  markdown.find(decorations).remove();
  markdown.find('header').first().remove();

  const drafts: Draft[] = [{ heading: '', anchor: '', level: 1, blocks: [], current: '' }];
  const last = (): Draft =>
    drafts[drafts.length - 1] ?? { heading: '', anchor: '', level: 1, blocks: [], current: '' };
  const breakBlock = (): void => {
    const draft = last();
    if (draft.current.trim() !== '') draft.blocks.push(draft.current);
    draft.current = '';
  };
  const start = (heading: string, anchor: string, level: 2 | 3): void => {
    breakBlock();
    drafts.push({ heading: cleanText(heading), anchor, level, blocks: [], current: '' });
  };

  const walk = (element: DomNode): void => {
    if (!('tagName' in element)) {
      if (String(element.type) === 'text' && 'data' in element) last().current += element.data;
      return;
    }
    const tag = element.tagName.toLowerCase();
    const id = element.attribs.id;
    if ((tag === 'h2' || tag === 'h3') && id) {
      start($(element).text(), id, tag === 'h2' ? 2 : 3);
      return;
    }
    if ((tag === 'li' || tag === 'tr') && id) {
      // 사전의 명령 항목은 안의 `h3`, 용어집 행은 첫 칸(`th`)이 제목입니다.
      const heading = $(element)
        .find(tag === 'li' ? 'h3' : 'th')
        .first()
        .text();
      start(heading, id, 3);
    }
    const block = blockTags.has(tag) || tag === 'br';
    if (block) breakBlock();
    for (const child of element.children) walk(child);
    if (block) breakBlock();
  };
  for (const child of markdown.contents().toArray()) walk(child);
  breakBlock();

  return {
    title,
    sections: drafts
      .map((draft) => ({
        heading: draft.heading,
        anchor: draft.anchor,
        level: draft.level,
        text: joinBlocks(draft.blocks),
      }))
      .filter((section) => section.heading !== '' || section.text !== ''),
  };
}
