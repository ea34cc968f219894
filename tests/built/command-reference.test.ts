import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type * as cheerio from 'cheerio';
import { collectCommandReference } from '../../plugins/command-reference/collect';
import { commandCategories, commandDescriptions, pluginOptionsWithValue } from '../../src/data/commands';
import { editions } from '../../src/data/editions';
import { loadDockerCliReference } from '../../src/lib/content/dockerCommand';
import { readMarkdownDocument } from '../../src/lib/content/markdown';
import { docIdOf, findSiteContent, repositoryRoot } from '../../scripts/lib/content/contentFiles';
import { loadBuiltPage } from '../support/builtPage';
import { readSearchIndexes, sitePath } from '../support/search';
import { buildDir } from '../../scripts/lib/site';

const reference = loadDockerCliReference();
const pages = new Map<string, Promise<cheerio.CheerioAPI>>();
const builtPage = (pagePath: string) => {
  const loaded = pages.get(pagePath) ?? loadBuiltPage(pagePath);
  pages.set(pagePath, loaded);
  return loaded;
};

/** 빌드와 같은 수집기로 원본 MDX에서 그 판의 명령 목록을 얻습니다(빌드가 장을 빠뜨리지 않았는지 대조). */
function commandsInSource(version: string): string[] {
  const edition = findSiteContent(repositoryRoot).editions.find((candidate) =>
    version === 'current' ? candidate.name === 'current' : candidate.name === `version-${version}`,
  );
  assert.ok(edition, `판 ${version}의 문서 폴더가 없습니다`);
  const docs = edition.docFiles
    .filter((file) => docIdOf(edition, file) !== 'commands')
    .map((file) => ({ title: '', permalink: '/', document: readMarkdownDocument(file) }));
  const { data } = collectCommandReference(
    version,
    docs,
    { categories: commandCategories, descriptions: commandDescriptions, pluginOptionsWithValue },
    reference,
  );
  return data.categories.flatMap((category) => category.entries.map((entry) => entry.command)).sort();
}

for (const edition of Object.values(editions)) {
  const pagePath = `${edition.basePath}/commands`;

  test(`${edition.label} 명령어 사전은 장에 나온 명령을 모두 싣고, docker run에 사용법과 다른 이름이 있다`, async () => {
    assert.ok(
      existsSync(path.join(buildDir, `${pagePath.slice(1)}.html`)),
      `${pagePath}.html이 빌드되지 않았습니다`,
    );
    const $ = await builtPage(pagePath);
    const listed = $('li[data-command]')
      .map((_, element) => $(element).attr('data-command') ?? '')
      .get()
      .sort();
    assert.deepEqual(listed, commandsInSource(edition.version));

    const run = $('li[data-command="docker container run"]');
    assert.equal(run.length, 1, '`docker container run` 항목이 없습니다');
    assert.equal(run.attr('id'), 'container-run');
    assert.ok(run.text().includes(reference.commands['container run']?.usage ?? '(참조에 없음)'));
    assert.ok(
      run.find('code').filter((_, code) => $(code).text() === 'docker run').length === 1,
      '짧은 형태 `docker run`이 없습니다',
    );
    assert.ok(
      run.find('code').filter((_, code) => $(code).text() === '-p, --publish').length === 1,
      '쓴 플래그 -p가 없습니다',
    );
    assert.equal($('li[data-command="docker run"]').length, 0, '`docker run`이 따로 항목이 되었습니다');
    // 자바스크립트 없이 받은 HTML에서도 분류 제목이 모두 있습니다.
    for (const category of commandCategories.filter(
      (candidate) => $(`#category-${candidate.id}`).length > 0,
    )) {
      assert.equal($(`#category-${category.id}`).text(), category.label);
    }
    assert.ok($('h2[id^="category-"]').length >= 5, '분류 제목이 다섯 개보다 적습니다');
  });

  test(`${edition.label} 명령어 사전의 모든 절 링크는 같은 판의 있는 페이지와 앵커를 가리킨다`, async () => {
    const $ = await builtPage(pagePath);
    const hrefs = new Set(
      $('li[data-command] a[href]')
        .map((_, link) => $(link).attr('href') ?? '')
        .get(),
    );
    assert.ok(hrefs.size > 20, `절 링크가 ${hrefs.size}개뿐입니다`);
    const problems: string[] = [];
    for (const href of hrefs) {
      const linkedPath = sitePath(href);
      if (!linkedPath.startsWith(`${edition.basePath}/`) && linkedPath !== edition.basePath) {
        problems.push(`${href}: 다른 판으로 갑니다`);
        continue;
      }
      if (
        !existsSync(path.join(buildDir, linkedPath === '/' ? 'index.html' : `${linkedPath.slice(1)}.html`))
      ) {
        problems.push(`${href}: 페이지가 없습니다`);
        continue;
      }
      const anchorId = href.includes('#') ? decodeURIComponent(href.slice(href.indexOf('#') + 1)) : undefined;
      if (anchorId !== undefined && (await builtPage(linkedPath))(`[id="${anchorId}"]`).length !== 1)
        problems.push(`${href}: ${linkedPath}에 앵커 #${anchorId}가 없습니다`);
    }
    assert.deepEqual(problems, []);
  });

  // 이슈 #19: 플래그는 이름뿐이었고, "나오는 곳"은 63개 링크의 벽이었습니다.
  test(`${edition.label} 명령어 사전의 플래그마다 한 줄 뜻과 절 링크가 있고, 나오는 곳은 개수 뒤에 접혀 있다`, async () => {
    const $ = await builtPage(pagePath);
    const entries = $('li[data-command]');
    assert.ok(entries.length > 20);
    const problems: string[] = [];
    let flags = 0;
    entries.each((_, element) => {
      const entry = $(element);
      const command = entry.attr('data-command') ?? '';
      entry.find('dl > div').each((__, item) => {
        flags += 1;
        const flag = $(item).find('dt').text().trim();
        const meaning = $(item).find('dd').text().trim();
        const href = $(item).find('dd a').attr('href') ?? '';
        if (!/\p{Script=Hangul}/u.test(meaning.replace(/→.*$/, '')))
          problems.push(`${command} ${flag}: 뜻이 없습니다`);
        if (!href.includes('#')) problems.push(`${command} ${flag}: 절 링크가 없습니다`);
      });
      const summary = entry.find('details > summary').text().trim();
      const count = entry.find('details li a').length;
      if (!/^나오는 곳 \d+곳$/.test(summary) || count === 0)
        problems.push(`${command}: 나오는 곳 요약 "${summary}"`);
    });
    assert.ok(flags > 30, `플래그를 ${flags}개밖에 찾지 못했습니다`);
    assert.deepEqual(problems, []);
  });

  // 학습자 둘러보기(2026-12): `-p`가 처음 쓰인 절(실행 중인 컨테이너 살펴보기)로 가서, 플래그를 설명하는 절을 찾지 못했습니다.
  test(`${edition.label} 명령어 사전의 플래그 링크는 제목에서 그 플래그를 다루는 절로 간다`, async () => {
    const $ = await builtPage(pagePath);
    const publish = $('li[data-command="docker container run"] dl > div').filter(
      (_, item) => $(item).find('dt').text().trim() === '-p, --publish',
    );
    const href = publish.find('dd a').attr('href') ?? '';
    assert.equal(
      `${sitePath(href)}${new URL(href, 'http://localhost').hash}`,
      `${edition.basePath}/network#publish-syntax`,
      `-p, --publish가 ${href}로 갑니다`,
    );
  });

  test(`${edition.label} 명령어 사전은 그 판의 검색 색인에 명령마다 한 절로, 분류 아래에 들어 있다`, async () => {
    const index = (await readSearchIndexes()).get(edition.version);
    assert.ok(index, `build/search-index/${edition.version}.json이 없습니다`);
    const pageIndex = index.pages.findIndex((page) => sitePath(page.url) === pagePath);
    assert.ok(pageIndex >= 0, `${pagePath}가 검색 색인에 없습니다`);
    const network = index.sections.findIndex(
      (section) => section.page === pageIndex && section.anchor === 'category-network',
    );
    const create = index.sections.find(
      (section) => section.page === pageIndex && section.anchor === 'network-create',
    );
    assert.equal(create?.heading, 'docker network create', '`docker network create` 항목이 한 절이 아닙니다');
    assert.equal(create.parent, network, '`docker network create` 절이 네트워크 분류 아래에 있지 않습니다');
  });
}
