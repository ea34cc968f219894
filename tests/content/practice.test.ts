import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseMarkdownDocument, type ContentProblem } from '../../src/lib/content/markdown';
import { checkQuestionHeadings } from '../support/contentRules';
import { checkContainersNamedBeforeUse, checkTryItMakesAndRemoves } from '../support/practiceRules';
import { checkVersionClaimSources, versionClaimsInText } from '../support/versionClaims';

const chapter = (body: string) =>
  parseMarkdownDocument('/virtual/docs/01-chapter.mdx', `---\ntitle: t\n---\n\n${body}`);
const fence = '```';
const bash = (script: string) => `${fence}bash\n${script}\n${fence}\n`;
const lineMessages = (problems: readonly ContentProblem[]) =>
  problems.map((problem) => `${problem.line}: ${problem.message}`);

describe('실습 규칙: 이름으로 부르는 컨테이너는 같은 절에서 먼저 만든다', () => {
  test('다른 절에서 만든 컨테이너를 부르면 줄과 고치는 법을 알린다', () => {
    const document = chapter(
      [
        '## 어떻게 띄우는가 {/* #run */}',
        bash('docker run -d --name web -p 8080:80 nginx:1.30'),
        '## 어떻게 들여다보는가 {/* #inspect */}',
        bash('docker logs --tail 5 web\ndocker exec -it web sh'),
      ].join('\n'),
    );
    const messages = lineMessages(checkContainersNamedBeforeUse(document));
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.match(
      messages[0] ?? '',
      /^12: `docker logs`가 컨테이너 `web`를 부르지만 이 절\("## 어떻게 들여다보는가"\)/,
    );
    assert.match(messages[0] ?? '', /docker run -d --name web/);
    assert.match(messages[1] ?? '', /^13: `docker exec`/);
  });

  test('같은 절에서 먼저 만들면 통과하고, 관리 명령·별칭·플래그 안의 이름도 같은 이름으로 본다', () => {
    const document = chapter(
      [
        '## 어떻게 들여다보는가 {/* #inspect */}',
        bash(
          [
            'docker container run -d --name=web nginx:1.30',
            'docker container logs web',
            'docker inspect --format "{{.State.Status}}" web',
            'docker run --rm --pid container:web alpine:3.22 ps',
            'docker cp web:/etc/nginx/nginx.conf ./nginx.conf',
            'docker container rm -f web',
          ].join('\n'),
        ),
      ].join('\n'),
    );
    assert.deepEqual(checkContainersNamedBeforeUse(document), []);
  });

  test('플래그 안에서 부르는 컨테이너(`--network container:`, `--volumes-from`)도 본다', () => {
    const document = chapter(
      [
        '## 네임스페이스를 어떻게 나누는가 {/* #share */}',
        bash(
          'docker run --rm --network container:db alpine:3.22 ip addr\ndocker run --rm --volumes-from data:ro alpine:3.22 ls',
        ),
      ].join('\n'),
    );
    const messages = lineMessages(checkContainersNamedBeforeUse(document));
    assert.deepEqual(
      messages.map((message) => /`([a-z]+)`를 부르지만/.exec(message)?.[1]),
      ['db', 'data'],
    );
  });

  test('만들기 전의 `docker rm -f`는 정리 단계로 보고, 변수와 Compose 서비스 이름은 보지 않는다', () => {
    const document = chapter(
      [
        '## 직접 해보기 {/* #try-it */}',
        bash('docker rm -f web 2>/dev/null\ndocker logs "$CID"\ndocker compose exec web sh'),
      ].join('\n'),
    );
    assert.deepEqual(checkContainersNamedBeforeUse(document), []);
  });
});

describe('실습 규칙: 직접 해보기는 쓰는 것을 만들고, 만든 것을 지운다', () => {
  const tryIt = (...parts: string[]) => chapter(['## 직접 해보기 {/* #try-it */}', ...parts].join('\n'));

  test('만들지 않은 폴더를 바인드 마운트하면 알린다', () => {
    const document = tryIt(
      bash('docker run -d --name site -v ./site:/usr/share/nginx/html:ro nginx:1.30\ndocker rm -f site'),
    );
    const messages = lineMessages(checkTryItMakesAndRemoves(document));
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(
      messages[0] ?? '',
      /^7: 직접 해보기의 `-v \.\/site:\/usr\/share\/nginx\/html:ro`가 호스트의 `site`를 쓰지만/,
    );
  });

  test('`mkdir`과 리디렉션으로 만들고 `rm -r`로 지우면 통과한다(`--mount`, `$PWD` 경로 포함)', () => {
    const document = tryIt(
      bash(
        [
          'mkdir -p site',
          "echo '<h1>site</h1>' > site/index.html",
          'docker run -d --name site --mount type=bind,src="$PWD"/site,dst=/usr/share/nginx/html,readonly nginx:1.30',
          'docker rm -f site',
          'rm -r site',
        ].join('\n'),
      ),
    );
    assert.deepEqual(lineMessages(checkTryItMakesAndRemoves(document)), []);
  });

  test('지우지 않은 컨테이너, 네트워크, 볼륨, 이미지, 폴더를 하나씩 알린다', () => {
    const document = tryIt(
      bash(
        [
          'mkdir demo',
          'docker network create lab-net',
          'docker volume create app-data',
          'docker build -t demo:1.0 demo',
          'docker run -d --name web --network lab-net -v app-data:/data demo:1.0',
        ].join('\n'),
      ),
    );
    const messages = lineMessages(checkTryItMakesAndRemoves(document));
    for (const expected of [
      /파일이나 폴더 `demo`를 끝에서 지우지 않습니다.*`rm -r demo`/,
      /네트워크 `lab-net`.*`docker network rm lab-net`/,
      /볼륨 `app-data`.*`docker volume rm app-data`/,
      /이미지 `demo:1\.0`.*`docker image rm demo:1\.0`/,
      /컨테이너 `web`.*`docker rm -f web`/,
    ]) {
      assert.ok(
        messages.some((message) => expected.test(message)),
        `${expected}가 없습니다:\n${messages.join('\n')}`,
      );
    }
  });

  test('`--rm`으로 띄운 컨테이너는 끝나거나(전경) 멈출 때(-d) 지워진 것으로 본다', () => {
    const foreground = tryIt(bash('docker run --rm --name once alpine:3.22 echo hi'));
    assert.deepEqual(checkTryItMakesAndRemoves(foreground), []);
    const detachedNeverStopped = tryIt(bash('docker run -d --rm --name hello -p 3000:3000 hello:1'));
    assert.match(lineMessages(checkTryItMakesAndRemoves(detachedNeverStopped))[0] ?? '', /컨테이너 `hello`/);
    const detachedStopped = tryIt(
      bash('docker run -d --rm --name hello -p 3000:3000 hello:1\ndocker stop hello'),
    );
    assert.deepEqual(checkTryItMakesAndRemoves(detachedStopped), []);
  });

  test('저장하라고 이름을 댄 파일은 그 단계의 폴더 안에 만든 것으로 보고, COPY의 원본이 된다', () => {
    const document = tryIt(
      '1. 폴더 `app`을 만들고 들어가 본문의 `server.js`와 `Dockerfile`을 저장합니다.\n',
      bash('mkdir app\ncd app'),
      '2. 빌드합니다.\n',
      `${fence}dockerfile\nFROM node:24-slim\nCOPY server.js package*.json ./\n${fence}\n`,
      bash('docker build -t app:1 .\ndocker image rm app:1\ncd ..\nrm -r app'),
    );
    const messages = lineMessages(checkTryItMakesAndRemoves(document));
    assert.equal(messages.length, 1, messages.join('\n'));
    assert.match(messages[0] ?? '', /`COPY package\*\.json`가 호스트의 `package\*\.json`를 쓰지만/);
  });

  test('일부러 없는 경로는 주석으로 밝히면 경로 검사에서 빠진다', () => {
    const step = bash('docker run --rm --mount type=bind,src="$PWD"/no-such-dir,dst=/data alpine:3.22 true');
    assert.equal(checkTryItMakesAndRemoves(tryIt(step)).length, 1);
    assert.deepEqual(checkTryItMakesAndRemoves(tryIt('{/* 일부러 없는 경로: no-such-dir */}\n', step)), []);
  });
});

describe('버전 출처 규칙: 동작이 바뀐 버전을 말하면 참고 자료에 그 버전의 링크가 있다', () => {
  test('이름 있는 버전, 이름 없는 Engine 버전, 괄호 뒤 조사를 찾고 다른 제품의 버전은 건너뛴다', () => {
    const phrases = (text: string) => versionClaimsInText(text, 1).map((claim) => claim.phrase);
    assert.deepEqual(phrases('Engine 29.5부터 컨테이너마다 time `namespace`가 생깁니다.'), [
      'Engine 29.5부터',
    ]);
    assert.deepEqual(phrases('최소 버전은 29.3.0에서 다시 내려갔습니다.'), ['29.3.0에서']);
    assert.deepEqual(phrases('API 1.45(Engine 26)부터 씁니다.'), ['API 1.45(Engine 26)부터']);
    assert.deepEqual(phrases('`runc` 1.3.2부터는 100이 됩니다.'), ['runc 1.3.2부터']);
    assert.deepEqual(phrases('Ubuntu 24.04부터, 커널 5.6 이상에서, Node 24 이후'), []);
    assert.deepEqual(phrases('1024가 100으로, 최대 1분까지'), []);
    assert.deepEqual(
      phrases('[릴리스 노트](https://github.com/moby/moby/releases/tag/docker-v29.5.0)에서'),
      [],
    );
  });

  const withReferences = (sentence: string, references: string) =>
    chapter(
      `## 무엇이 바뀌었나 {/* #what */}\n\n${sentence}\n\n## 참고 자료 {/* #references */}\n\n${references}\n`,
    );

  test('참고 자료에 그 버전의 링크가 없으면 파일, 줄, 고치는 법을 알린다', () => {
    const document = withReferences(
      'Engine 29.5부터 컨테이너마다 time `namespace`가 생깁니다.',
      '- [Docker Engine 29 release notes](https://docs.docker.com/engine/release-notes/29/)',
    );
    const problems = checkVersionClaimSources(document);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.line, 7);
    assert.match(
      problems[0]?.message ?? '',
      /"Engine 29\.5부터".*참고 자료.*29\.5 버전의 링크가 없습니다.*docker-v29\.5\.0/,
    );
  });

  test('주소나 글에 버전이 있거나 점을 뺀 앵커가 있으면 통과하고, 더 긴 버전은 같은 버전으로 치지 않는다', () => {
    const sentence = 'Engine 29.5부터 컨테이너마다 time `namespace`가 생깁니다.';
    for (const reference of [
      '- [moby 29.5.0](https://github.com/moby/moby/releases/tag/docker-v29.5.0)',
      '- [Engine 29 릴리스 노트, 29.5.0](https://docs.docker.com/engine/release-notes/29/)',
      '- [Engine 29 릴리스 노트](https://docs.docker.com/engine/release-notes/29/#2950)',
    ]) {
      assert.deepEqual(checkVersionClaimSources(withReferences(sentence, reference)), [], reference);
    }
    const tooLong = withReferences(sentence, '- [moby 29.51](https://example.org/29.51)');
    assert.equal(checkVersionClaimSources(tooLong).length, 1);
  });
});

describe('제목 규칙: 개정판 장의 제목은 그 절이 답하는 질문이다', () => {
  test('이름만 쓴 제목을 줄과 함께 알리고, 질문·부제·고정 절은 통과시킨다', () => {
    const document = chapter(
      [
        '## 드라이버는 무엇이 있는가 {/* #drivers */}',
        '### bridge {/* #bridge */}',
        '### host 드라이버는 언제 쓰는가: 성능과 격리 {/* #host */}',
        '## 예제: 웹과 데이터베이스를 어떻게 잇는가 {/* #example */}',
        '## 직접 해보기 {/* #try-it */}',
      ].join('\n'),
    );
    const messages = lineMessages(checkQuestionHeadings(document));
    assert.deepEqual(messages.length, 1, messages.join('\n'));
    assert.match(messages[0] ?? '', /^6: 제목 `### bridge`: 질문 꼴이 아닙니다/);
  });
});
