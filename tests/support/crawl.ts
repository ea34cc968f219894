import * as cheerio from 'cheerio';
import type { SiteEnv } from '../../config/env';
import type { GhPagesServer } from './ghPagesServer';

/**
 * GitHub Pages처럼 서빙한 빌드(`server`)의 사이트맵에서 시작해 모든 페이지와 그 페이지가 부르는 모든 내부 링크, 이미지,
 * 스크립트, 스타일시트를 따라가 깨진 것(200이 아님, 없는 앵커)과 base 경로를 벗어나는 것을 찾습니다.
 * `npm test`의 빌드(tests/built/github-pages-crawl.test.ts)와 다른 base 경로로 만든 빌드(tests/full/base-paths.test.ts)가
 * 함께 씁니다.
 */
export interface CrawlResult {
  readonly pageCount: number;
  readonly checkedReferences: number;
  /** 사이트 안을 가리키는 모든 참조의 경로 (예: `/docker-study/pdf/docker-study-revised.pdf`) */
  readonly referencedPaths: ReadonlySet<string>;
  readonly problems: readonly string[];
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

export async function crawlServedSite(server: GhPagesServer, site: SiteEnv): Promise<CrawlResult> {
  const pageCache = new Map<string, Promise<FetchedPage>>();
  const fetchOnce = (url: URL): Promise<FetchedPage> => {
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
  };
  /** 배포 주소(`SITE_URL`)로 적힌 URL을 로컬 서버 주소로 바꿉니다. */
  const toLocal = (url: URL): URL =>
    url.origin === site.url ? new URL(`${url.pathname}${url.search}${url.hash}`, server.origin) : url;

  const problems: string[] = [];
  const referencedPaths = new Set<string>();
  const sitemapUrl = new URL(`${site.baseUrl}sitemap.xml`, server.origin);
  const sitemapResponse = await fetch(sitemapUrl, { headers: { 'Accept-Encoding': 'identity' } });
  if (sitemapResponse.status !== 200) {
    await sitemapResponse.arrayBuffer();
    return {
      pageCount: 0,
      checkedReferences: 0,
      referencedPaths,
      problems: [`${sitemapUrl.pathname}: 상태 ${sitemapResponse.status} (sitemap.xml이 없습니다)`],
    };
  }
  const sitemapXml = await sitemapResponse.text();
  const pageUrls = [...sitemapXml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc = '']) =>
    toLocal(new URL(loc)),
  );

  let checkedReferences = 0;
  for (const pageUrl of pageUrls) {
    if (pageUrl.origin !== server.origin) {
      problems.push(`사이트맵의 ${pageUrl.href}가 SITE_URL(${site.url})이 아닌 곳을 가리킵니다`);
      continue;
    }
    if (!pageUrl.pathname.startsWith(site.baseUrl)) {
      problems.push(`사이트맵의 ${pageUrl.pathname}이 base 경로 ${site.baseUrl} 밖에 있습니다`);
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
      referencedPaths.add(target.pathname);
      if (!target.pathname.startsWith(site.baseUrl)) {
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
  return { pageCount: pageUrls.length, checkedReferences, referencedPaths, problems };
}
