import * as cheerio from 'cheerio';

/**
 * 빌드한 페이지 HTML에서 검색할 글을 꺼냅니다. 화면에 보이는 본문(`article .markdown`)만 읽고,
 * 제목 옆의 `#` 링크, 복사 버튼 같은 장식은 뺍니다. 본문은 `##`/`###` 제목을 기준으로 절로 나눕니다.
 */
export interface ExtractedSection {
  readonly heading: string;
  readonly anchor: string;
  readonly text: string;
}

export interface ExtractedPage {
  readonly title: string;
  readonly sections: readonly ExtractedSection[];
}

/** 내용 사이에 공백을 넣어야 하는 블록 요소. 넣지 않으면 표의 칸끼리 단어가 붙습니다(`bridge기본`). */
const blockElements =
  'p, li, td, th, tr, div, pre, br, table, ul, ol, dl, dt, dd, blockquote, summary, details, figcaption, h1, h2, h3, h4, h5, h6';
const decorations = '.hash-link, button, svg, script, style, noscript, .theme-edit-this-page';

function cleanText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u200b\u00a0]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function extractPage(html: string): ExtractedPage | undefined {
  const $ = cheerio.load(html);
  const article = $('article').first();
  const markdown = article.find('.markdown').first();
  if (markdown.length === 0) return undefined;
  const title = cleanText(article.find('h1').first().text()) || cleanText($('title').text());
  markdown.find(decorations).remove();
  markdown.find(blockElements).each((_, element) => {
    $(element).prepend(' ').append(' ');
  });

  const sections: { heading: string; anchor: string; parts: string[] }[] = [
    { heading: '', anchor: '', parts: [] },
  ];
  markdown.children().each((_, child) => {
    const node = $(child);
    if (node.is('header')) return;
    if (node.is('h2, h3') && node.attr('id')) {
      sections.push({ heading: cleanText(node.text()), anchor: node.attr('id') ?? '', parts: [] });
      return;
    }
    sections.at(-1)?.parts.push(node.text());
  });
  return {
    title,
    sections: sections
      .map((section) => ({
        heading: section.heading,
        anchor: section.anchor,
        text: cleanText(section.parts.join(' ')),
      }))
      .filter((section) => section.heading !== '' || section.text !== ''),
  };
}
