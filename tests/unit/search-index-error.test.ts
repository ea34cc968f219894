import assert from 'node:assert/strict';
import { test } from 'node:test';
import { indexErrorMessage } from '../../plugins/search-local-ko/client/indexErrorMessage';

test('검색 색인을 못 불러오면 개발 서버에서는 빌드한 사이트에서 검색하라고, 배포된 사이트에서는 다시 시도하라고 한 줄로 알린다', () => {
  const development = indexErrorMessage(true);
  assert.match(development.message, /개발 서버/);
  assert.match(development.message, /npm run build/);
  assert.doesNotMatch(development.message, /다시 시도/);
  assert.doesNotMatch(development.message, /\n/);
  const production = indexErrorMessage(false);
  assert.match(production.message, /다시 시도/);
  assert.notEqual(development.id, production.id);
});
