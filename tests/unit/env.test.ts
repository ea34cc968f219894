import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defaultBuildEnv, defaultSiteEnv, parseBuildEnv, parseSiteEnv, SiteEnvError } from '../../config/env';

test('환경 변수가 없으면 기본값을 쓴다', () => {
  assert.deepEqual(parseSiteEnv({}), defaultSiteEnv);
});

test('GitHub Pages 배포 값을 읽는다', () => {
  assert.deepEqual(
    parseSiteEnv({
      SITE_URL: 'https://octo.github.io/',
      BASE_URL: '/study/',
      GITHUB_REPOSITORY: 'octo/study',
    }),
    { url: 'https://octo.github.io', baseUrl: '/study/', organizationName: 'octo', projectName: 'study' },
  );
  assert.equal(parseSiteEnv({ BASE_URL: '/' }).baseUrl, '/');
});

test('앞뒤 슬래시가 빠진 BASE_URL은 고치는 법을 알려 주며 거부한다', () => {
  for (const bad of ['docker-study/', '/docker-study', 'docker-study', '//x/', '/a b/']) {
    assert.throws(
      () => parseSiteEnv({ BASE_URL: bad }),
      (error: unknown) =>
        error instanceof SiteEnvError &&
        error.message.includes(`BASE_URL="${bad}"`) &&
        error.message.includes('/docker-study/'),
    );
  }
});

test('경로가 붙었거나 URL이 아닌 SITE_URL은 거부한다', () => {
  for (const bad of ['octo.github.io', 'https://octo.github.io/docker-study', 'ftp://octo.github.io']) {
    assert.throws(() => parseSiteEnv({ SITE_URL: bad }), SiteEnvError);
  }
});

test('형식이 틀린 GITHUB_REPOSITORY는 거부한다', () => {
  assert.throws(() => parseSiteEnv({ GITHUB_REPOSITORY: 'just-a-name' }), /소유자\/저장소/);
});

test('DOCUSAURUS_FASTER는 기본으로 켜지고 true/false/1/0만 받는다', () => {
  assert.deepEqual(parseBuildEnv({}), defaultBuildEnv);
  assert.equal(parseBuildEnv({ DOCUSAURUS_FASTER: '' }).faster, true);
  assert.equal(parseBuildEnv({ DOCUSAURUS_FASTER: 'false' }).faster, false);
  assert.equal(parseBuildEnv({ DOCUSAURUS_FASTER: '0' }).faster, false);
  assert.equal(parseBuildEnv({ DOCUSAURUS_FASTER: 'TRUE' }).faster, true);
  assert.equal(parseBuildEnv({}).bookPdf, false);
  assert.equal(parseBuildEnv({ BOOK_PDF: 'true' }).bookPdf, true);
  assert.equal(parseBuildEnv({ BOOK_PDF: '0' }).bookPdf, false);
  assert.throws(() => parseBuildEnv({ BOOK_PDF: 'auto' }), /BOOK_PDF="auto"는 true 또는 false/);
  assert.throws(
    () => parseBuildEnv({ DOCUSAURUS_FASTER: 'off' }),
    (error: unknown) => error instanceof SiteEnvError && error.message.includes('DOCUSAURUS_FASTER="off"'),
  );
});
