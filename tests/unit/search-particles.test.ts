import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stripParticle } from '../../src/search/particles';

test('흔한 조사를 뗀다', () => {
  const cases: readonly (readonly [string, string])[] = [
    ['컨테이너를', '컨테이너'],
    ['컨테이너가', '컨테이너'],
    ['컨테이너에서', '컨테이너'],
    ['컨테이너에서는', '컨테이너'],
    ['네트워크의', '네트워크'],
    ['드라이버를', '드라이버'],
    ['이미지로', '이미지'],
    ['볼륨과', '볼륨'],
    ['다이제스트로', '다이제스트'],
    ['레지스트리까지', '레지스트리'],
    ['값을', '값'],
    ['컨테이너들을', '컨테이너'],
    ['이미지입니다', '이미지'],
    ['컨테이너끼리', '컨테이너'],
  ];
  for (const [word, stem] of cases) assert.equal(stripParticle(word), stem, word);
});

test('한자어 명사에 붙은 하다/되다 활용을 뗀다', () => {
  assert.equal(stripParticle('실행하는'), '실행');
  assert.equal(stripParticle('실행합니다'), '실행');
  assert.equal(stripParticle('생성되는'), '생성');
  assert.equal(stripParticle('제한된'), '제한');
});

test('말하듯 친 하다/되다 활용도 뗀다 (재시작돼요 → 재시작)', () => {
  assert.equal(stripParticle('재시작돼요'), '재시작');
  assert.equal(stripParticle('삭제했는데'), '삭제');
  assert.equal(stripParticle('삭제했더니'), '삭제');
  assert.equal(stripParticle('설치함'), '설치');
  assert.equal(stripParticle('연결되나요'), '연결');
});

test('두 글자 명사의 끝 글자를 활용 어미로 잘못 떼지 않는다', () => {
  for (const noun of ['제한', '이해', '권한', '역할']) assert.equal(stripParticle(noun), undefined, noun);
});

test('조사가 없거나 한글이 아닌 단어는 그대로 둔다', () => {
  for (const word of ['컨테이너', '네트워크', 'docker', 'cgroups를', '가', '']) {
    assert.equal(stripParticle(word), undefined, word);
  }
});
