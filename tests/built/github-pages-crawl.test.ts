import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import * as cheerio from 'cheerio';
import { chapters } from '../../src/data/chapters';
import { buildDir, siteEnv } from '../support/site';
import { startGhPagesServer, type GhPagesServer } from '../support/ghPagesServer';

/**
 * 빌드 결과를 GitHub Pages처럼 서빙하고, 사이트맵의 모든 페이지와 그 페이지가 부르는
 * 모든 내부 링크, 이미지, 스크립트, 스타일시트를 따라가 깨진 것과 base 경로를 벗어나는 것을 찾습니다.
 */

let server: GhPagesServer;

before(async () => {
  server = await startGhPagesServer(buildDir, siteEnv.baseUrl);
});

after(async () => {
  await server.close();
});

/** 배포 주소(`SITE_URL`)로 적힌 URL을 로컬 서버 주소로 바꿉니다. */
function toLocal(url: URL): URL {
  return url.origin === siteEnv.url ? new URL(`${url.pathname}${url.search}${url.hash}`, server.origin) : url;
}

interface FetchedPage {
  readonly status: number;
  readonly finalUrl: URL;
  readonly body: string;
  readonly contentType: string;
}

async function readBody(response: Response): Promise<string> {
  if ((response.headers.get('content-type') ?? '').includes('html')) return response.text();
  await response.arrayBuffer();
  return '';
}

const pageCache = new Map<string, Promise<FetchedPage>>();

function fetchOnce(url: URL): Promise<FetchedPage> {
  const key = `${url.origin}${url.pathname}${url.search}`;
  let cached = pageCache.get(key);
  if (!cached) {
    // 수백 개의 요청을 잇달아 보내는 동안 undici는 gzip 응답을 푸는 중에 서버가 연결을 닫으면(`Connection: close`)
    // `assert(!this.paused)`로 멈춥니다. 이 검사는 링크를 보므로 압축하지 않은 응답을 받습니다(압축은
    // tests/unit/gh-pages-server.test.ts가 검사합니다).
    cached = fetch(key, { redirect: 'follow', headers: { 'Accept-Encoding': 'identity' } })
      .catch((error: unknown) => {
        throw new Error(`${key}을 가져오지 못했습니다`, { cause: error });
      })
      .then(async (response) => ({
        status: response.status,
        finalUrl: new URL(response.url),
        contentType: response.headers.get('content-type') ?? '',
        // 본문을 끝까지 읽어야 연결이 풀립니다. 읽지 않은 응답이 쌓이면 이후 요청이 실패합니다.
        body: await readBody(response),
      }));
    pageCache.set(key, cached);
  }
  return cached;
}

function referencesOf(html: string, pageUrl: URL): { readonly url: URL; readonly what: string }[] {
  const $ = cheerio.load(html);
  const found: { url: URL; what: string }[] = [];
  const add = (value: string | undefined, what: string): void => {
    if (!value || /^(mailto|tel|javascript|data):/i.test(value)) return;
    found.push({ url: new URL(value, pageUrl), what: `${what} ${value}` });
  };
  $('a[href]').each((_, element) => add($(element).attr('href'), '<a href>'));
  $('img[src]').each((_, element) => add($(element).attr('src'), '<img src>'));
  $('img[srcset], source[srcset]').each((_, element) => {
    for (const candidate of ($(element).attr('srcset') ?? '').split(',')) {
      add(candidate.trim().split(/\s+/)[0], '<img srcset>');
    }
  });
  $('script[src]').each((_, element) => add($(element).attr('src'), '<script src>'));
  $('link[href]').each((_, element) => {
    const rel = $(element).attr('rel') ?? '';
    // canonical, alternate(hreflang)는 배포 주소를 가리키므로 로컬 서버에서도 같은 경로인지 확인합니다.
    add($(element).attr('href'), `<link rel="${rel}">`);
  });
  return found;
}

test('사이트맵의 모든 페이지와 그 페이지의 모든 내부 참조가 GitHub Pages 방식으로 열린다', async () => {
  const sitemap = await fetchOnce(new URL(`${siteEnv.baseUrl}sitemap.xml`, server.origin));
  assert.equal(sitemap.status, 200, 'sitemap.xml이 없습니다');
  const sitemapXml = await (await fetch(new URL(`${siteEnv.baseUrl}sitemap.xml`, server.origin))).text();
  const pageUrls = [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) =>
    toLocal(new URL(loc)),
  );
  assert.ok(pageUrls.length >= 10, `사이트맵에 페이지가 너무 적습니다: ${pageUrls.length}개`);

  const problems: string[] = [];
  let checkedReferences = 0;
  for (const pageUrl of pageUrls) {
    if (!pageUrl.pathname.startsWith(siteEnv.baseUrl)) {
      problems.push(`사이트맵의 ${pageUrl.pathname}이 base 경로 ${siteEnv.baseUrl} 밖에 있습니다`);
      continue;
    }
    const page = await fetchOnce(pageUrl);
    if (page.status !== 200) {
      problems.push(`${pageUrl.pathname}: 상태 ${page.status}`);
      continue;
    }
    for (const reference of referencesOf(page.body, page.finalUrl)) {
      const target = toLocal(reference.url);
      if (target.origin !== server.origin) continue;
      checkedReferences += 1;
      if (!target.pathname.startsWith(siteEnv.baseUrl)) {
        problems.push(
          `${pageUrl.pathname}: ${reference.what}가 base 경로 밖(${target.pathname})을 가리킵니다`,
        );
        continue;
      }
      const response = await fetchOnce(target);
      if (response.status !== 200) {
        problems.push(`${pageUrl.pathname}: ${reference.what} → 상태 ${response.status}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && response.body) {
        const $ = cheerio.load(response.body);
        if ($(`[id="${fragment.replace(/"/g, '\\"')}"]`).length === 0) {
          problems.push(
            `${pageUrl.pathname}: ${reference.what} → 앵커 #${fragment}가 대상 페이지에 없습니다`,
          );
        }
      }
    }
  }
  assert.ok(
    checkedReferences > pageUrls.length,
    `내부 참조를 ${checkedReferences}개밖에 확인하지 못했습니다`,
  );
  assert.deepEqual(problems, [], `깨진 참조 ${problems.length}개:\n${problems.join('\n')}`);
});

test('없는 주소는 사이트의 404 페이지를 상태 404로 돌려준다', async () => {
  const response = await fetch(new URL(`${siteEnv.baseUrl}no-such-page`, server.origin));
  assert.equal(response.status, 404);
  const $ = cheerio.load(await response.text());
  assert.equal($('html').attr('lang'), 'ko-KR');
  assert.match($('main').text(), /페이지를 찾을 수 없습니다/);
  // 이슈 #19: 기본 404는 "사이트 관리자에게 알려 주세요"뿐이었습니다. 검색 상자와 장 목록이 있어야 합니다(src/theme/NotFound/Content).
  const form = $('search form[method="get"]');
  assert.equal(
    form.attr('action'),
    `${siteEnv.baseUrl}search`,
    '404 페이지에 검색 페이지로 가는 폼이 없습니다',
  );
  assert.equal(form.find('input[name="q"]').length, 1);
  const links = $('nav a')
    .map((_, link) => $(link).attr('href'))
    .get();
  for (const chapter of chapters) {
    assert.ok(
      links.includes(`${siteEnv.baseUrl}docs${chapter.slug}`),
      `404 페이지에 ${chapter.title} 링크가 없습니다`,
    );
  }
});

test('슬래시 없이 요청한 폴더는 슬래시를 붙인 주소로 리디렉션된다', async () => {
  const response = await fetch(new URL(`${siteEnv.baseUrl}assets`, server.origin), { redirect: 'manual' });
  assert.equal(response.status, 301);
  assert.equal(response.headers.get('location'), `${siteEnv.baseUrl}assets/`);
});
