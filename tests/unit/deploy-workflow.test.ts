import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseBuildEnv, parseSiteEnv } from '../../config/env';
import { evaluateStepEnv, pagesSites, readDeployBuildStep } from '../support/deployWorkflow';

/**
 * 배포 워크플로가 configure-pages의 출력으로 만드는 `SITE_URL`, `BASE_URL`이 사용자 사이트(`/`)와 프로젝트 사이트
 * (`/<저장소>/`)에서 모두 빌드가 받는 값인지, PDF를 꼭 만드는지(BOOK_PDF=true) 봅니다. 그 값으로 실제로 빌드해 크롤하는
 * 것은 tests/full/base-paths.test.ts입니다.
 */
const step = readDeployBuildStep();

test('배포 워크플로는 npm run build 한 번으로 사이트와 PDF를 build/에 만들어 올린다', () => {
  assert.equal(step.run.trim(), 'npm run build');
  assert.equal(step.artifactPath, 'build');
  assert.notEqual(step.pagesStepId, '', 'actions/configure-pages 단계에 id가 없습니다');
  assert.equal(
    parseBuildEnv(step.env).bookPdf,
    true,
    'BOOK_PDF=true가 아니면 브라우저가 없을 때 PDF 없이 배포됩니다',
  );
});

test('사용자 사이트(<owner>.github.io)는 BASE_URL=/로 빌드된다', () => {
  const env = evaluateStepEnv(step, pagesSites.user);
  const site = parseSiteEnv(env);
  assert.equal(site.baseUrl, '/');
  assert.equal(site.url, pagesSites.user.origin);
});

test('프로젝트 사이트(포크)는 BASE_URL=/<저장소>/로 빌드된다', () => {
  const env = evaluateStepEnv(step, pagesSites.project);
  const site = parseSiteEnv(env);
  assert.equal(site.baseUrl, `${pagesSites.project.base_path}/`);
  assert.equal(site.url, pagesSites.project.origin);
});

test('configure-pages의 출력이 아닌 식은 흉내 내지 않고 멈춘다', () => {
  assert.throws(
    () =>
      evaluateStepEnv({ ...step, env: { BASE_URL: '${{ github.event.repository.name }}' } }, pagesSites.user),
    /configure-pages/,
  );
});
