/**
 * 읽기 진행을 브라우저의 `localStorage`에만 둡니다. Docusaurus의 `createStorageSlot`을 쓰므로 키 뒤에 사이트의
 * 이름공간(`future.v4.siteStorageNamespacing`: 사이트 주소와 baseUrl의 해시)이 붙어, 같은 github.io 원점의 다른
 * 사이트와 섞이지 않습니다. 서버 렌더링에서는 저장소를 읽지 않습니다(`useReadingProgress`가 undefined를 돌려줌).
 */
import { useSyncExternalStore } from 'react';
import { createStorageSlot } from '@docusaurus/theme-common';
import { parseProgress, serializeProgress, type ReadingProgress } from './model';
import { progressStorageKey } from './storageKey';

type StorageSlot = ReturnType<typeof createStorageSlot>;

let slot: StorageSlot | undefined;
let cache: { readonly raw: string | null; readonly progress: ReadingProgress } | undefined;
const listeners = new Set<() => void>();
let stopListening: (() => void) | undefined;

function storageSlot(): StorageSlot {
  slot ??= createStorageSlot(progressStorageKey, { persistence: 'localStorage' });
  return slot;
}

/**
 * 지금 저장된 진행. 같은 문자열이면 같은 객체를 돌려주어 `useSyncExternalStore`가 다시 그리지 않게 합니다.
 * 읽을 수 없거나 틀린 값은 예외 없이 빈 진행(또는 틀린 항목을 뺀 진행)으로 읽고, 렌더링이 끝난 뒤 그 값으로 바꿔 씁니다.
 */
export function readProgress(): ReadingProgress {
  const raw = storageSlot().get();
  if (cache?.raw === raw) return cache.progress;
  const { progress, replace } = parseProgress(raw);
  cache = { raw, progress };
  if (replace) {
    // 렌더링 중에 저장하면 저장 이벤트가 다른 컴포넌트를 그리는 중에 다시 그리게 하므로 미룹니다.
    setTimeout(() => {
      if (cache?.raw === raw) writeProgress(progress);
    }, 0);
  }
  return progress;
}

export function writeProgress(progress: ReadingProgress): void {
  const raw = serializeProgress(progress);
  cache = { raw, progress };
  storageSlot().set(raw);
}

/** 현재 진행에 `change`를 적용해 저장합니다. 바뀐 것이 없으면(같은 객체) 쓰지 않습니다. */
export function updateProgress(change: (progress: ReadingProgress) => ReadingProgress): void {
  const current = readProgress();
  const next = change(current);
  if (next !== current) writeProgress(next);
}

export function clearProgress(): void {
  storageSlot().del();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // 사이드바의 장 링크마다 창에 저장 이벤트 핸들러를 달지 않도록 하나만 달고 나눠 씁니다.
  stopListening ??= storageSlot().listen(() => {
    for (const notify of listeners) notify();
  });
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      stopListening?.();
      stopListening = undefined;
    }
  };
}

/**
 * 저장된 진행. 서버 렌더링과 하이드레이션 중에는 undefined이므로 그동안은 자리만 잡아 두고, 마운트 뒤에 채우세요.
 * 그래야 서버가 그린 HTML과 첫 클라이언트 렌더링이 같습니다.
 */
export function useReadingProgress(): ReadingProgress | undefined {
  return useSyncExternalStore(subscribe, readProgress, () => undefined);
}
