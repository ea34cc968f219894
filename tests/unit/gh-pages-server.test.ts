import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { acceptsGzip, startGhPagesServer, type GhPagesServer } from '../../scripts/lib/ghPagesServer';

let root: string;
let server: GhPagesServer;
const page = '<!doctype html><title>t</title>' + '<p>컨테이너</p>'.repeat(200);
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);

before(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'gh-pages-server-'));
  await writeFile(path.join(root, 'page.html'), page);
  await writeFile(path.join(root, 'logo.png'), png);
  await writeFile(path.join(root, '404.html'), '<p>없음</p>');
  server = await startGhPagesServer(root, '/base/');
});

after(async () => {
  await server.close();
  await rm(root, { recursive: true, force: true });
});

interface RawResponse {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: Buffer;
}

/** fetch는 gzip을 저절로 풀므로, 서버가 실제로 보낸 바이트를 보려고 http로 요청합니다. */
function rawGet(pathname: string, acceptEncoding?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    http
      .get(`${server.origin}${pathname}`, { headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
      })
      .on('error', reject);
  });
}

test('acceptsGzip: gzip이나 *를 받고, q=0은 거절로 읽습니다', () => {
  assert.equal(acceptsGzip('gzip, deflate, br'), true);
  assert.equal(acceptsGzip('br;q=1.0, GZIP;q=0.5'), true);
  assert.equal(acceptsGzip('*'), true);
  assert.equal(acceptsGzip('gzip;q=0'), false);
  assert.equal(acceptsGzip('br, deflate'), false);
  assert.equal(acceptsGzip(undefined), false);
});

test('HTML은 gzip을 받는 요청에 압축해 Content-Encoding, Vary와 함께 답합니다', async () => {
  const response = await rawGet('/base/page', 'gzip, deflate');
  assert.equal(response.status, 200);
  assert.equal(response.headers['content-encoding'], 'gzip');
  assert.equal(response.headers.vary, 'Accept-Encoding');
  assert.ok(response.body.length < Buffer.byteLength(page) / 4, `압축된 크기 ${response.body.length}`);
  assert.equal(gunzipSync(response.body).toString(), page);
});

test('gzip을 받지 않는 요청에는 압축하지 않은 원본을 보냅니다', async () => {
  const response = await rawGet('/base/page');
  assert.equal(response.headers['content-encoding'], undefined);
  assert.equal(response.headers.vary, 'Accept-Encoding');
  assert.equal(response.body.toString(), page);
});

test('이미지는 압축하지 않고, 404 페이지도 압축해 보냅니다', async () => {
  const image = await rawGet('/base/logo.png', 'gzip');
  assert.equal(image.headers['content-encoding'], undefined);
  assert.deepEqual(image.body, png);
  const missing = await rawGet('/base/nothing', 'gzip');
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(missing.body).toString(), '<p>없음</p>');
});
