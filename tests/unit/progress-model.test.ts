import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  chapterAtPath,
  chapterHref,
  chapterState,
  describeChapterState,
  emptyProgress,
  parseProgress,
  progressVersion,
  serializeProgress,
  withLastPosition,
  withMarkedDone,
  withSectionsRead,
  type ReadingProgress,
} from '../../src/progress/model';

const sections = ['container-lifecycle', 'docker-run', 'inspecting-containers', 'cleanup'];

function stored(value: unknown): string {
  return JSON.stringify(value);
}

test('저장한 진행을 다시 읽으면 같은 값이고 바꿔 쓸 필요가 없다', () => {
  let progress: ReadingProgress = emptyProgress();
  progress = withSectionsRead(progress, 'revised', '02-containers', sections, ['container-lifecycle']);
  progress = withMarkedDone(progress, 'first', '03-network', true);
  progress = withLastPosition(progress, {
    edition: 'revised',
    chapter: '02-containers',
    section: 'docker-run',
    sectionTitle: 'docker run은 무엇을 한꺼번에 하는가',
    at: 1_764_000_000_000,
  });
  const parsed = parseProgress(serializeProgress(progress));
  assert.equal(parsed.replace, false);
  assert.deepEqual(parsed.progress, progress);
  assert.equal(JSON.parse(serializeProgress(progress)).version, progressVersion);
});

test('저장된 값이 없으면 빈 진행이고 쓰지 않는다', () => {
  assert.deepEqual(parseProgress(null), { progress: emptyProgress(), replace: false });
});

test('JSON이 아니거나 다른 모양·다른 판의 값은 예외 없이 빈 진행으로 읽고 바꿔 쓰게 한다', () => {
  const foreign = [
    '{not json',
    '',
    'null',
    '42',
    '"dark"',
    '[]',
    stored({ version: 2, editions: { revised: {}, first: {} }, last: null }),
    stored({ version: '1', editions: { revised: {}, first: {} }, last: null }),
    stored({ editions: { revised: {}, first: {} }, last: null }),
    stored({ version: 1, editions: [], last: null }),
    stored({ version: 1 }),
    stored({ theme: 'dark' }),
  ];
  for (const raw of foreign) {
    const parsed = parseProgress(raw);
    assert.deepEqual(parsed.progress, emptyProgress(), `값: ${raw}`);
    assert.equal(parsed.replace, true, `값: ${raw}`);
  }
});

test('틀린 항목만 빼고 나머지는 살리며 바꿔 쓰게 한다', () => {
  const good = { sectionCount: 4, read: ['docker-run'], markedDone: false };
  const parsed = parseProgress(
    stored({
      version: 1,
      editions: {
        revised: {
          '02-containers': good,
          '99-unknown-chapter': good,
          '03-network': { sectionCount: -1, read: [], markedDone: false },
          '04-workflow': { sectionCount: 3, read: ['<script>'], markedDone: false },
          '05-commands-and-dockerfile': { sectionCount: 3, read: [], markedDone: 'yes' },
          '06-deep-dive': { sectionCount: 2.5, read: [], markedDone: false },
        },
        first: { '01-concepts': 'done' },
        third: {},
      },
      last: { edition: 'third', chapter: '02-containers', section: null, sectionTitle: null, at: 1 },
    }),
  );
  assert.equal(parsed.replace, true);
  assert.deepEqual(parsed.progress, {
    version: 1,
    editions: { revised: { '02-containers': good }, first: {} },
    last: null,
  });
});

test('마지막 위치의 절 id와 제목을 검증한다', () => {
  const base = { edition: 'revised', chapter: '02-containers', sectionTitle: 'x', at: 5 };
  const ok = parseProgress(
    stored({ version: 1, editions: { revised: {}, first: {} }, last: { ...base, section: 'cleanup' } }),
  );
  assert.equal(ok.replace, false);
  assert.equal(ok.progress.last?.section, 'cleanup');
  for (const last of [
    { ...base, section: 'Bad Id' },
    { ...base, section: 'cleanup', at: 'yesterday' },
    { ...base, section: 'cleanup', sectionTitle: 'x'.repeat(201) },
    { ...base, chapter: '07-kubernetes', section: null },
  ]) {
    const parsed = parseProgress(stored({ version: 1, editions: { revised: {}, first: {} }, last }));
    assert.equal(parsed.progress.last, null, JSON.stringify(last));
    assert.equal(parsed.replace, true);
  }
});

test('장의 상태: 읽지 않음, 절 N개 중 M개 읽음, 다 읽음', () => {
  assert.deepEqual(chapterState(undefined), { kind: 'not-started' });
  assert.deepEqual(chapterState({ sectionCount: 12, read: [], markedDone: false }), { kind: 'not-started' });
  assert.deepEqual(chapterState({ sectionCount: 0, read: [], markedDone: false }), { kind: 'not-started' });
  assert.deepEqual(chapterState({ sectionCount: 12, read: ['a'], markedDone: false }), {
    kind: 'in-progress',
    read: 1,
    total: 12,
  });
  assert.deepEqual(chapterState({ sectionCount: 4, read: ['a', 'b', 'c'], markedDone: false }), {
    kind: 'in-progress',
    read: 3,
    total: 4,
  });
  // 200개 중 199개도 "다 읽음"이 아닙니다.
  const many = Array.from({ length: 199 }, (_, index) => `s${index}`);
  assert.deepEqual(chapterState({ sectionCount: 200, read: many, markedDone: false }), {
    kind: 'in-progress',
    read: 199,
    total: 200,
  });
  assert.deepEqual(chapterState({ sectionCount: 4, read: sections, markedDone: false }), { kind: 'done' });
  assert.deepEqual(chapterState({ sectionCount: 12, read: [], markedDone: true }), { kind: 'done' });
  assert.equal(describeChapterState({ kind: 'not-started' }), '읽지 않음');
  // 이슈 #19: 맨 %("읽는 중 27%")는 무엇을 센 것인지 말하지 않았습니다.
  assert.equal(describeChapterState({ kind: 'in-progress', read: 3, total: 11 }), '절 11개 중 3개 읽음');
  assert.equal(describeChapterState({ kind: 'done' }), '다 읽음');
});

test('읽은 절은 판마다 따로 쌓이고, 장에 없는 절 id는 버린다', () => {
  let progress = emptyProgress();
  progress = withSectionsRead(progress, 'revised', '02-containers', sections, ['container-lifecycle']);
  progress = withSectionsRead(progress, 'revised', '02-containers', sections, [
    'docker-run',
    'not-a-section',
  ]);
  assert.deepEqual(progress.editions.revised['02-containers'], {
    sectionCount: 4,
    read: ['container-lifecycle', 'docker-run'],
    markedDone: false,
  });
  assert.deepEqual(progress.editions.first, {});
  // 장이 고쳐져 절이 바뀌면 사라진 절은 읽은 목록에서 빠집니다.
  progress = withSectionsRead(progress, 'revised', '02-containers', ['docker-run', 'new-section'], []);
  assert.deepEqual(progress.editions.revised['02-containers']?.read, ['docker-run']);
  assert.equal(progress.editions.revised['02-containers']?.sectionCount, 2);
});

test('바뀐 것이 없으면 같은 객체를 돌려주어 저장하지 않게 한다', () => {
  const once = withSectionsRead(emptyProgress(), 'first', '01-concepts', sections, ['docker-run']);
  assert.equal(withSectionsRead(once, 'first', '01-concepts', sections, ['docker-run']), once);
  const last = {
    edition: 'first',
    chapter: '01-concepts',
    section: 'docker-run',
    sectionTitle: 't',
    at: 1,
  } as const;
  const withLast = withLastPosition(once, last);
  assert.equal(withLastPosition(withLast, { ...last, at: 2 }), withLast);
  assert.notEqual(withLastPosition(withLast, { ...last, section: 'cleanup' }), withLast);
});

test('"다 읽음"을 켜면 다 읽음, 끄면 그 장의 기록을 지워 읽지 않음으로 돌린다', () => {
  let progress = withSectionsRead(emptyProgress(), 'revised', '02-containers', sections, sections);
  assert.deepEqual(chapterState(progress.editions.revised['02-containers']), { kind: 'done' });
  progress = withMarkedDone(progress, 'revised', '02-containers', false);
  assert.deepEqual(chapterState(progress.editions.revised['02-containers']), { kind: 'not-started' });
  assert.equal(progress.editions.revised['02-containers']?.sectionCount, 4);
  progress = withMarkedDone(progress, 'revised', '02-containers', true);
  assert.deepEqual(chapterState(progress.editions.revised['02-containers']), { kind: 'done' });
  assert.deepEqual(chapterState(progress.editions.first['02-containers']), { kind: 'not-started' });
});

test('문서 주소에서 판과 장을 찾고, 장 주소를 만든다', () => {
  assert.deepEqual(chapterAtPath('/docker-study/docs/network', '/docker-study/'), {
    edition: 'revised',
    chapter: '03-network',
  });
  assert.deepEqual(chapterAtPath('/docker-study/docs/2025.02/deep-dive', '/docker-study/'), {
    edition: 'first',
    chapter: '06-deep-dive',
  });
  assert.deepEqual(chapterAtPath('/docs/concepts', '/'), { edition: 'revised', chapter: '01-concepts' });
  for (const other of [
    '/docker-study/docs',
    '/docker-study/docs/glossary',
    '/docker-study/docs/2025.02',
    '/docs/network',
    '/docker-study/blog/network',
  ]) {
    assert.equal(chapterAtPath(other, '/docker-study/'), null, other);
  }
  assert.equal(chapterHref('first', '03-network', 'bridge'), '/docs/2025.02/network#bridge');
  assert.equal(chapterHref('revised', '01-concepts', null), '/docs/concepts');
});
