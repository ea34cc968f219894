import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * GitHub Pages가 정적 파일에 답하는 방식을 흉내 내는 서버입니다.
 * - 폴더는 그 안의 `index.html`로 답합니다.
 * - `/x`는 파일 `x`, 없으면 `x.html`로 답합니다.
 * - 슬래시 없이 요청한 폴더는 `/x/`로 301 리디렉션합니다.
 * - 그 밖의 모든 요청과 base 경로 밖의 요청은 사이트의 `404.html`을 상태 404로 돌려줍니다.
 * - 글자로 된 파일(HTML, JS, CSS, JSON, SVG …)은 요청이 `Accept-Encoding: gzip`을 보낼 때 gzip으로 압축해
 *   `Content-Encoding: gzip`, `Vary: Accept-Encoding`과 함께 답합니다. 압축하지 않고 재면 Lighthouse가 실제
 *   배포보다 몇 배 큰 전송량으로 점수를 매깁니다.
 */
export interface GhPagesServer {
  /** 사이트의 루트 URL, 예: `http://127.0.0.1:43210/docker-study/` */
  readonly siteUrl: string;
  readonly origin: string;
  close(): Promise<void>;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

/** GitHub Pages(Fastly)가 gzip으로 압축해 보내는 종류: 글자로 된 파일 */
const compressibleExtensions: ReadonlySet<string> = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.xml',
  '.svg',
  '.txt',
]);

/** `Accept-Encoding`이 gzip을 받는지: `gzip`이나 `*`가 있고 `q=0`이 아니어야 합니다. */
export function acceptsGzip(acceptEncoding: string | undefined): boolean {
  if (acceptEncoding === undefined) return false;
  return acceptEncoding.split(',').some((entry) => {
    const [coding = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
    if (coding !== 'gzip' && coding !== '*') return false;
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return quality === undefined || Number(quality.slice(2)) > 0;
  });
}

async function kindOf(filePath: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    const stats = await stat(filePath);
    return stats.isDirectory() ? 'directory' : 'file';
  } catch {
    return 'missing';
  }
}

type Resolution =
  | { readonly kind: 'file'; readonly filePath: string }
  | { readonly kind: 'redirect'; readonly location: string }
  | { readonly kind: 'not-found' };

async function resolveRequest(rootDir: string, basePath: string, pathname: string): Promise<Resolution> {
  if (!pathname.startsWith(basePath)) return { kind: 'not-found' };
  const relative = pathname.slice(basePath.length);
  const target = path.join(rootDir, relative);
  if (!target.startsWith(rootDir)) return { kind: 'not-found' };

  if (pathname.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return (await kindOf(index)) === 'file' ? { kind: 'file', filePath: index } : { kind: 'not-found' };
  }
  const targetKind = await kindOf(target);
  if (targetKind === 'file') return { kind: 'file', filePath: target };
  if ((await kindOf(`${target}.html`)) === 'file') return { kind: 'file', filePath: `${target}.html` };
  if (targetKind === 'directory') return { kind: 'redirect', location: `${pathname}/` };
  return { kind: 'not-found' };
}

export async function startGhPagesServer(rootDir: string, basePath: string): Promise<GhPagesServer> {
  const notFoundPage = path.join(rootDir, '404.html');
  // 같은 파일을 여러 번 요청하는 측정(Lighthouse 반복)에서 매번 다시 압축하지 않습니다.
  const gzipped = new Map<string, Promise<Buffer>>();
  const gzippedFile = (filePath: string): Promise<Buffer> => {
    let content = gzipped.get(filePath);
    if (content === undefined) {
      content = readFile(filePath).then((raw) => gzipSync(raw));
      gzipped.set(filePath, content);
    }
    return content;
  };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    resolveRequest(rootDir, basePath, pathname)
      .then((resolution) => {
        if (resolution.kind === 'redirect') {
          response
            .writeHead(301, {
              Connection: 'close',
              Location: `${encodeURI(resolution.location)}${url.search}`,
            })
            .end();
          return;
        }
        const [status, filePath] =
          resolution.kind === 'file' ? [200, resolution.filePath] : [404, notFoundPage];
        const extension = path.extname(filePath);
        const headers: http.OutgoingHttpHeaders = {
          // 테스트가 수백 개의 요청을 보내는 동안 닫힌 keep-alive 연결을 다시 쓰다 끊기지 않게 합니다.
          Connection: 'close',
          'Content-Type': contentTypes[extension] ?? 'application/octet-stream',
        };
        const compressible = compressibleExtensions.has(extension);
        if (compressible) headers.Vary = 'Accept-Encoding';
        if (!compressible || !acceptsGzip(request.headers['accept-encoding'])) {
          response.writeHead(status, headers);
          if (request.method === 'HEAD') response.end();
          else createReadStream(filePath).pipe(response);
          return undefined;
        }
        return gzippedFile(filePath).then((body) => {
          response.writeHead(status, {
            ...headers,
            'Content-Encoding': 'gzip',
            'Content-Length': body.length,
          });
          response.end(request.method === 'HEAD' ? undefined : body);
        });
      })
      .catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    siteUrl: `${origin}${basePath}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
