import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { buildDir } from '../support/site';

test('스타일시트는 다른 호스트의 글꼴이나 이미지를 불러오지 않는다', async () => {
  const cssDir = path.join(buildDir, 'assets/css');
  const cssFiles = (await readdir(cssDir)).filter((name) => name.endsWith('.css'));
  assert.ok(cssFiles.length > 0, `${cssDir}에 CSS가 없습니다`);
  for (const name of cssFiles) {
    const css = await readFile(path.join(cssDir, name), 'utf8');
    const remote = [...css.matchAll(/(?:url\(\s*['"]?|@import\s+['"])((?:https?:)?\/\/[^'")\s]+)/g)].map(
      (m) => m[1],
    );
    assert.deepEqual(remote, [], `${name}이 외부 자원을 부릅니다`);
  }
});
