import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkDockerCommandsInDocument,
  loadDockerCliReference,
  withDocker29Additions,
  type DockerCli29Additions,
} from '../../src/lib/content/dockerCommand';
import { parseMarkdownDocument } from '../../src/lib/content/markdown';

const noPause = {
  commandPaths: ['commit', 'container commit'],
  long: 'no-pause',
  short: null,
  takesValue: false,
  valueType: null,
  source: 'test',
} as const;

test('Docker 29 추가분의 플래그는 콘텐츠 검사가 아는 플래그가 된다', () => {
  const document = parseMarkdownDocument(
    '/virtual/commit.mdx',
    '---\ntitle: t\n---\n\n```bash\ndocker commit --no-pause web web:snapshot\n```\n',
  );
  const { problems } = checkDockerCommandsInDocument(document, loadDockerCliReference());
  assert.deepEqual(problems, []);
});

test('추가분이 참조에 이미 있는 플래그나 없는 명령을 적으면 파일과 고칠 점을 대며 멈춘다', () => {
  const base = loadDockerCliReference();
  const duplicate: DockerCli29Additions = { options: [{ ...noPause, long: 'author' }], commands: [] };
  assert.throws(
    () => withDocker29Additions(base, duplicate),
    /docker-cli-29-additions\.json: `docker commit`에는 --author가 이미 있습니다/,
  );
  const unknown: DockerCli29Additions = {
    options: [{ ...noPause, commandPaths: ['no-such'] }],
    commands: [],
  };
  assert.throws(
    () => withDocker29Additions(base, unknown),
    /--no-pause를 붙일 명령 `docker no-such`가 참조에 없습니다/,
  );
});
