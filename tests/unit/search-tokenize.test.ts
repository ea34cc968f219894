import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  analyzeQuery,
  asksDifference,
  commandPhrases,
  highlightTerms,
  indexForms,
  indexTerms,
  queryIntents,
  spokenVerbForms,
} from '../../src/search/tokenize';

test('색인 형태에는 원래 단어와 조사를 뗀 형태가 함께 들어간다', () => {
  assert.deepEqual(indexForms('컨테이너를').sort(), ['컨테이너', '컨테이너를']);
  assert.deepEqual(indexForms('네트워크').sort(), ['네트워크']);
});

test('영어에 붙은 한글 조사는 떼어 영어 형태로도 찾게 한다', () => {
  const { terms } = indexTerms('cgroups를 쓰고 WSL2에서 docker0과 연결합니다');
  for (const term of ['cgroups', 'cgroups를', 'wsl2', 'wsl2에서', 'docker0', '쓰고']) {
    assert.ok(terms.includes(term), `${term}이 없습니다: ${terms.join(' ')}`);
  }
});

test('대소문자와 전각 문자를 정규화한다', () => {
  const { terms } = indexTerms('Docker ＯＣＩ Hyper-V');
  assert.ok(terms.includes('docker'));
  assert.ok(terms.includes('oci'));
  assert.ok(terms.includes('hyper-v'));
  assert.ok(terms.includes('hyper'));
});

test('이어 쓴 단어는 통째로도, 조각으로도 색인한다', () => {
  const { terms } = indexTerms('docker-proxy와 memory.max, .dockerignore');
  for (const term of ['docker-proxy', 'docker', 'proxy', 'memory.max', 'memory', 'max', 'dockerignore']) {
    assert.ok(terms.includes(term), term);
  }
});

test('영어 뒤에 띄어 쓴 숫자는 붙인 형태도 색인한다 (WSL 2 → wsl2)', () => {
  const { terms, wordCount } = indexTerms('WSL 2 백엔드와 Type 1');
  assert.ok(terms.includes('wsl2'));
  assert.ok(terms.includes('type1'));
  assert.equal(wordCount, 5);
});

test('검색어의 조사는 뗀 형태를 대안으로 더한다', () => {
  const [container, run] = analyzeQuery('컨테이너를 실행');
  assert.equal(container?.text, '컨테이너를');
  assert.deepEqual(
    container?.alternatives.map((alternative) => [alternative.term, alternative.match]),
    [
      ['컨테이너를', 'prefix'],
      ['컨테이너', 'exact'],
      ['container', 'plural'],
    ],
  );
  assert.equal(run?.alternatives[0]?.term, '실행');
});

test('한 글자 영어와 숫자는 앞부분 일치로 찾지 않는다', () => {
  const [pid, one] = analyzeQuery('PID 1');
  assert.equal(pid?.alternatives[0]?.match, 'prefix');
  assert.equal(one?.alternatives[0]?.match, 'exact');
});

test('음차한 용어는 영어 표기도 찾는다', () => {
  const [namespace] = analyzeQuery('네임스페이스');
  assert.ok(namespace?.alternatives.some((alternative) => alternative.term === 'namespace'));
});

test('표시할 문자열은 긴 것부터 나온다', () => {
  const terms = highlightTerms('컨테이너를 실행');
  assert.ok(terms.includes('컨테이너'));
  assert.ok(terms.indexOf('컨테이너를') < terms.indexOf('컨테이너'));
});

test('플래그는 앞의 -/--까지 한 형태로도 색인하고, 검색어의 플래그는 그 형태로 찾는다', () => {
  const { terms } = indexTerms('docker run -d로 띄우고 --init과 함께 씁니다. build-d는 플래그가 아닙니다');
  assert.ok(terms.includes('-d'), terms.join(' '));
  assert.ok(terms.includes('--init'), terms.join(' '));
  assert.ok(!terms.includes('-build'));
  const [, , detached] = analyzeQuery('docker run -d', () => true);
  assert.deepEqual(
    detached?.alternatives.map((alternative) => [alternative.term, alternative.weight]),
    [
      ['-d', 1],
      ['d', 0.3],
    ],
  );
});

test('명사형(받침 ㅁ)으로 친 검색어는 받침을 뗀 형태로 시작하는 단어도 찾는다 (깨짐 → 깨지는)', () => {
  const [broken] = analyzeQuery('깨짐');
  assert.ok(
    broken?.alternatives.some((alternative) => alternative.term === '깨지' && alternative.match === 'prefix'),
  );
  const [cache] = analyzeQuery('캐시');
  assert.deepEqual(
    cache?.alternatives.map((alternative) => alternative.term),
    ['캐시', 'cache'],
  );
});

test('단어에 붙여 쓴 ~란도 "무엇인가"를 묻는다', () => {
  assert.deepEqual(queryIntents('이미지란'), [['무엇인가']]);
  assert.deepEqual(queryIntents('이미지'), []);
});

test('검색어에 이어 친 영어 단어는 명령으로 본다 (한글이 끼면 끊는다)', () => {
  assert.deepEqual(commandPhrases('docker ps 와 docker container ls'), ['docker ps', 'docker container ls']);
  assert.deepEqual(commandPhrases('docker run -d'), ['docker run -d']);
  assert.deepEqual(commandPhrases('컨테이너 로그 보기'), []);
  assert.deepEqual(commandPhrases('docker 로그'), []);
});

test('물음 말은 검색어 끝에 있을 때만 물음이고, 가운데에서는 용어의 일부다 (사용자 정의 네트워크)', () => {
  assert.deepEqual(
    analyzeQuery('사용자 정의 네트워크').map((word) => word.text),
    ['사용자', '정의', '네트워크'],
  );
  assert.deepEqual(queryIntents('사용자 정의 네트워크'), []);
  assert.deepEqual(
    analyzeQuery('copy-on-write 정의').map((word) => word.text),
    ['copy-on-write'],
  );
  assert.deepEqual(queryIntents('ENV ARG 차이가 뭐야').length, 2);
  assert.ok(asksDifference('볼륨 vs 바인드마운트'));
});

test('받침 ㅁ을 뗀 형태는 그 형태로 시작하는 단어가 색인에 있을 때만 찾는다 (단점 → 단저는 없음)', () => {
  const indexed = new Set(['깨지는가', '단']);
  const known = (term: string): boolean => [...indexed].some((word) => word.startsWith(term));
  const [weakness] = analyzeQuery('단점', known);
  assert.deepEqual(
    weakness?.alternatives.map((alternative) => alternative.term),
    ['단점'],
  );
  const [broken] = analyzeQuery('깨짐', known);
  assert.ok(broken?.alternatives.some((alternative) => alternative.term === '깨지'));
});

test('학습자의 군말(뜸, 안 됨, 했는데, 자꾸)은 검색어에서 빠지고, 뭐가 다름은 차이를 묻는다', () => {
  const words = (query: string): string[] => analyzeQuery(query).map((word) => word.text);
  assert.deepEqual(words('Is the docker daemon running? 뜸'), ['docker', 'daemon', 'running']);
  assert.deepEqual(words('빌드했는데 자꾸 캐시 안 됨'), ['빌드했는데', '캐시']);
  assert.ok(asksDifference('볼륨 바인드 마운트 뭐가 다름'));
});

test('복합어를 나눈 조각 중 군말은 빠진다 (접근하는 → 접근)', () => {
  const known = (term: string): boolean => ['접근', '하는'].includes(term);
  assert.deepEqual(
    analyzeQuery('접근하는', known).map((word) => word.text),
    ['접근'],
  );
});

test('음차한 말과 학습자의 동사는 책의 말로도 찾는다 (씨그룹 → cgroups, 타입1 → type1, 들어가서 → exec)', () => {
  const terms = (query: string): string[] =>
    analyzeQuery(query).flatMap((word) => word.alternatives.map((alternative) => alternative.term));
  assert.ok(terms('씨그룹').includes('cgroups'));
  assert.ok(terms('파워쉘').includes('powershell'));
  assert.ok(terms('디제스트').includes('다이제스트'));
  assert.ok(terms('타입1').includes('type1'));
  assert.ok(terms('들어가서').includes('exec'));
  assert.ok(terms('지우기').includes('prune'));
  assert.ok(terms('카피온라이트').includes('copy-on-write'));
  assert.ok(terms('도커이그노어').includes('dockerignore'));
  assert.deepEqual(queryIntents('다이제스트 뜻하나요'), [['무엇인가']]);
});

test('붙여 쓴 두 말 사이의 조사(이랑, 과)에서도 나누고 조사는 뺀다 (볼륨이랑바인드마운트)', () => {
  const known = (term: string): boolean => ['볼륨', '바인드', '마운트'].some((word) => word.startsWith(term));
  assert.deepEqual(
    analyzeQuery('볼륨이랑바인드마운트', known).map((word) => word.text),
    ['볼륨', '바인드', '마운트'],
  );
});

test('색인에 없는 붙여 쓴 영어는 색인에 있는 단어로 나눈다 (cgroupv2 → cgroup v2)', () => {
  const known = new Set(['cgroup', 'v2', 'docker', 'compose', 'macvlan']);
  const words = (query: string): string[] =>
    analyzeQuery(query, (term) => [...known].some((word) => word.startsWith(term))).map((word) => word.text);
  assert.deepEqual(words('cgroupv2'), ['cgroup', 'v2']);
  assert.deepEqual(words('dockercompose'), ['docker', 'compose']);
  assert.deepEqual(words('macvlan'), ['macvlan']);
  // 세 조각 이상으로만 나뉘는 영어는 오타이지 붙여 쓴 말이 아닙니다(오타는 검색 엔진이 고칩니다).
  const prefixes = (term: string): boolean =>
    ['entrypoint', 'io', 'nt'].some((word) => word.startsWith(term));
  assert.deepEqual(
    analyzeQuery('entrypiont', prefixes).map((word) => word.text),
    ['entrypiont'],
  );
});

test('붙여 쓴 부정(`안열림`)은 띄어 쓴 `안 열림`처럼 `안`을 뗀다', () => {
  const known = (term: string): boolean => ['열리', '열림', '포트'].some((word) => word.startsWith(term));
  assert.deepEqual(
    analyzeQuery('포트 안열림', known).map((word) => word.text),
    analyzeQuery('포트 안 열림', known).map((word) => word.text),
  );
});

test('붙여 쓴 말 끝의 한 글자 군말(`줄이는법`의 `법`)은 떼고 나눈다', () => {
  const known = (term: string): boolean => ['이미지', '용량', '줄이는'].some((word) => word.startsWith(term));
  assert.deepEqual(
    analyzeQuery('이미지용량줄이는법', known).map((word) => word.text),
    ['이미지', '용량', '줄이는'],
  );
});

test('영어와 한글을 두 번 이상 오가며 붙여 쓴 말은 글자 종류가 바뀌는 곳에서 나눈다', () => {
  const known = (term: string): boolean =>
    ['sudo', '없이', 'docker', '쓰기', '타입'].some((word) => word.startsWith(term));
  assert.deepEqual(
    analyzeQuery('sudo없이docker쓰기', known).map((word) => word.text),
    ['sudo', '없이', 'docker', '쓰기'],
  );
  assert.deepEqual(
    analyzeQuery('docker를', known).map((word) => word.text),
    ['docker를'],
  );
});

test('`~ 안 될 때`의 `될`, `때`와 띄어 쓴 조사·말끝(`랑`, `만`, `둘 다`, `뭐예요`)은 군말이다', () => {
  assert.deepEqual(
    analyzeQuery('브라우저 접속이 안 될 때').map((word) => word.text),
    ['브라우저', '접속이'],
  );
  assert.deepEqual(
    analyzeQuery('environment 랑 env_file 둘 다 적으면 뭐가 이겨요').map((word) => word.text),
    ['environment', 'env_file', '적으면', '이겨요'],
  );
  assert.deepEqual(
    analyzeQuery('package.json 만 먼저 복사하는 이유가 뭐예요').map((word) => word.text),
    ['package.json', '먼저', '복사하는', '이유가'],
  );
});

test('영어로 물을 때의 기능어는 빼고, difference는 차이를 묻는 말로 읽는다', () => {
  assert.deepEqual(
    analyzeQuery('what is the docker-proxy process listening on my port').map((word) => word.text),
    ['docker-proxy', 'process', 'listening', 'port'],
  );
  assert.deepEqual(
    analyzeQuery('docker run -it 에서 i 랑 t').map((word) => word.text),
    ['docker', 'run', 'it', 'i', 't'],
  );
  assert.equal(asksDifference('difference between volume and bind mount'), true);
});

test('조사가 붙은 물음 말(의미가, 차이는)도 물음으로 읽는다', () => {
  assert.deepEqual(queryIntents('--memory-swap 값 의미가 뭐예요'), [['무엇인가']]);
  assert.deepEqual(
    analyzeQuery('--memory-swap 값 의미가 뭐예요').map((word) => word.text),
    ['memory-swap', '값'],
  );
  assert.ok(asksDifference('ENV ARG 차이는'));
});

test('말하듯 친 활용형은 줄기와 관형형으로도 찾는다 (보여요 → 보이, 보인)', () => {
  assert.deepEqual(spokenVerbForms('보여요'), ['보이', '보인']);
  assert.deepEqual(spokenVerbForms('바뀌었어'), ['바뀌', '바뀐']);
  assert.deepEqual(spokenVerbForms('지워요'), ['지우', '지운']);
  assert.deepEqual(spokenVerbForms('컨테이너'), []);
  // 줄기와 한 글자로 줄어든 과거 표지와 이어 주는 끝(`~더니`, `~는데`)
  assert.deepEqual(spokenVerbForms('지웠더니'), ['지우', '지운']);
  assert.deepEqual(spokenVerbForms('사라졌어요'), ['사라지', '사라진']);
  assert.deepEqual(spokenVerbForms('꺼졌는데'), ['꺼지', '꺼진']);
  const known = (term: string): boolean => ['보이지', '보인다', '변수'].some((word) => word.startsWith(term));
  const [, shows] = analyzeQuery('변수 보여요', known);
  assert.ok(shows?.alternatives.some((alternative) => alternative.term === '보이'));
  // 활용형 그대로 쓴 말(학습자의 말 `뭐가 바뀌었어`)이 색인에 있어도, 책의 제목(`바뀐 점`)을 줄기로 찾습니다.
  const alsoTyped = (term: string): boolean => ['바뀌었어', '바뀐'].some((word) => word.startsWith(term));
  const [changed] = analyzeQuery('바뀌었어', alsoTyped);
  assert.ok(changed?.alternatives.some((alternative) => alternative.term === '바뀐'));
});
