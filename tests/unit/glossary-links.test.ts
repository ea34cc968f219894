import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Link, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { VFile } from 'vfile';
import remarkGlossaryLinks from '../../plugins/remark-glossary-links';

const text = (value: string): PhrasingContent => ({ type: 'text', value });
const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });

function run(children: RootContent[], filePath = '/site/docs/01-concepts.mdx'): Root {
  const tree: Root = { type: 'root', children };
  remarkGlossaryLinks()(tree, new VFile({ path: filePath }));
  return tree;
}

/** 플러그인이 만든 용어집 링크 */
function links(node: Nodes): Link[] {
  if (node.type === 'link') return node.url.includes('/glossary#') ? [node] : [];
  return 'children' in node ? (node.children as Nodes[]).flatMap(links) : [];
}

const linkSummary = (tree: Root) =>
  links(tree).map((link) => ({
    url: link.url,
    text: link.children.map((child) => ('value' in child ? child.value : '')).join(''),
  }));

test('장에서 용어가 처음 나오는 곳만 그 판의 용어집 항목으로 연결하고, 조사가 붙어도 찾는다', () => {
  const tree = run([
    paragraph(text('컨테이너를 만들고 다시 컨테이너를 지웁니다.')),
    paragraph(text('컨테이너는 …')),
  ]);
  assert.deepEqual(linkSummary(tree), [{ url: '/docs/glossary#container', text: '컨테이너' }]);
  const first = tree.children[0] as Paragraph;
  assert.deepEqual(
    first.children.map((child) => child.type),
    ['link', 'text'],
  );
  assert.equal((first.children[1] as { value: string }).value, '를 만들고 다시 컨테이너를 지웁니다.');
});

test('초판의 장은 초판의 용어집으로 연결한다', () => {
  const tree = run(
    [paragraph(text('이미지를 받습니다.'))],
    '/site/versioned_docs/version-2025.02/01-concepts.mdx',
  );
  assert.deepEqual(linkSummary(tree), [{ url: '/docs/2025.02/glossary#image', text: '이미지' }]);
});

test('장이 아닌 문서(용어집, 시리즈 소개)는 건드리지 않는다', () => {
  assert.deepEqual(linkSummary(run([paragraph(text('컨테이너'))], '/site/docs/glossary.mdx')), []);
  assert.deepEqual(linkSummary(run([paragraph(text('컨테이너'))], '/site/docs/index.mdx')), []);
});

test('제목, 링크, 코드 블록, 셀프 체크 질문, 상자의 제목은 건너뛰고 그 뒤 본문의 첫 쓰임을 연결한다', () => {
  const tree = run([
    { type: 'heading', depth: 2, children: [text('볼륨은 무엇인가')] },
    paragraph({ type: 'link', url: '/x', children: [text('볼륨 설명')] }),
    { type: 'code', lang: 'text', value: '볼륨' },
    {
      type: 'mdxJsxFlowElement',
      name: 'details',
      attributes: [],
      children: [
        { type: 'mdxJsxFlowElement', name: 'summary', attributes: [], children: [paragraph(text('볼륨?'))] },
      ],
    },
    {
      type: 'containerDirective',
      name: 'note',
      attributes: {},
      children: [{ type: 'mdxAdmonitionTitle', children: [text('볼륨')] } as unknown as Paragraph],
    },
    paragraph(text('여기서 처음 볼륨을 씁니다.')),
  ]);
  assert.deepEqual(linkSummary(tree), [{ url: '/docs/glossary#volume', text: '볼륨' }]);
  assert.equal(links(tree.children[5] as Nodes).length, 1);
});

test('낱말의 처음에서만 맞추고, 영문자로 끝나는 표기는 뒤에 영문자가 이어지면 맞추지 않는다', () => {
  assert.deepEqual(linkSummary(run([paragraph(text('해시태그와 containers'))])), []);
  assert.deepEqual(linkSummary(run([paragraph(text('containerd가'))])), [
    { url: '/docs/glossary#containerd', text: 'containerd' },
  ]);
});

test('같은 자리에서는 긴 표기가 이긴다', () => {
  assert.deepEqual(linkSummary(run([paragraph(text('Type 1 하이퍼바이저와 하이퍼바이저'))])), [
    { url: '/docs/glossary#type-1-hypervisor', text: 'Type 1 하이퍼바이저' },
    { url: '/docs/glossary#hypervisor', text: '하이퍼바이저' },
  ]);
});

test('코드 글꼴로 쓰는 용어는 인라인 코드 전체가 그 표기일 때만 연결하고, 다른 인라인 코드는 건드리지 않는다', () => {
  const tree = run([
    paragraph({ type: 'inlineCode', value: 'docker run --name container' }, text(' 그리고 '), {
      type: 'inlineCode',
      value: 'namespace',
    }),
  ]);
  assert.deepEqual(
    links(tree).map((link) => [link.url, link.children[0]?.type]),
    [['/docs/glossary#namespace', 'inlineCode']],
  );
});
