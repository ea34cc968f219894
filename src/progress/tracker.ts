/**
 * 장 페이지에서 독자가 어느 절을 지나갔는지 관찰합니다. 마운트 뒤에 한 번, 본문의 `##` 제목과 장 끝 표시를
 * IntersectionObserver 하나로 보고, 제목이 기준선을 넘나들 때(그리고 스크롤이 멈출 때)만 제목 열몇 개의 위치를
 * 잽니다. MDX 렌더링에는 아무것도 더하지 않고, 저장은 모아서 드물게 합니다.
 */
import type { ChapterId } from '../data/chapters';
import {
  readingLines,
  readingSnapshot,
  sectionsPassedSince,
  withLastPosition,
  withSectionsRead,
  type EditionKey,
  type ReadingSnapshot,
} from './model';
import { updateProgress } from './store';

/** 저장 사이의 최소 간격 (ms). 페이지를 떠날 때는 기다리지 않고 저장합니다. */
const writeInterval = 1000;

function headingTitle(heading: HTMLElement): string {
  // 제목 옆의 고정 링크(`hash-link`)는 너비 없는 공백 하나만 담고 있습니다.
  return (heading.textContent ?? '').replace(/\u200b/g, '').trim();
}

/** 화면 맨 위나 그 위에 있는 마지막 제목과, 그 제목에서 화면 맨 위까지의 거리. 첫 제목 전이면 빈 객체 */
function stoppingPoint(anchors: readonly HTMLElement[]): { anchor?: string; offset?: number } {
  let found: { anchor: string; offset: number } | undefined;
  for (const heading of anchors) {
    const top = heading.getBoundingClientRect().top;
    if (top > 1) break;
    found = { anchor: heading.id, offset: Math.round(-top) };
  }
  return found ?? {};
}

export interface ChapterTracker {
  /**
   * 관찰을 멈추고 남은 기록을 저장합니다. 장의 DOM이 바뀌기 전에 불러야 합니다(여러 번 불러도 됩니다). 그 뒤에는
   * 아무것도 재거나 저장하지 않습니다.
   */
  stop(): void;
  /**
   * 아직 저장하지 않은 "지나간 절"을 버리고, 다음 측정을 새 기준으로 삼습니다("다 읽음"을 끄며 장의 기록을 지울 때).
   * 그러지 않으면 장 끝에 있는 독자의 화면에서 모든 절이 곧바로 다시 읽은 것이 됩니다.
   */
  forget(): void;
}

/**
 * `article` 안의 `##` 제목을 관찰하기 시작합니다. `end`는 장의 끝(마지막 절이 끝나는 곳)에 놓인 요소입니다.
 */
export function trackChapterReading(
  article: HTMLElement,
  end: HTMLElement,
  edition: EditionKey,
  chapter: ChapterId,
): ChapterTracker {
  const headings = [...article.querySelectorAll<HTMLElement>('.theme-doc-markdown h2[id]')];
  if (headings.length === 0 || typeof IntersectionObserver === 'undefined') {
    return { stop: () => undefined, forget: () => undefined };
  }
  const sectionIds = headings.map((heading) => heading.id);
  /** 멈춘 자리를 잘게 기록할 때 쓰는 제목(`##`, `###`). 저장할 때(1초에 한 번 이하)만 위치를 잽니다. */
  const anchors = [...article.querySelectorAll<HTMLElement>('.theme-doc-markdown :is(h2, h3)[id]')];

  let latest: ReadingSnapshot | undefined;
  /** 직전 측정에서 기준선 위에 있던 절. 아래에서 위로 넘은 절만 지나간 것으로 셉니다(`sectionsPassedSince`). */
  let abovePreviously: ReadonlySet<string> | undefined;
  const passed = new Set<string>();
  let dirty = false;
  let writeTimer: ReturnType<typeof setTimeout> | undefined;
  let measureFrame: number | undefined;
  let stopped = false;
  /**
   * 장이 아직 문서에 있는지. 클라이언트 이동으로 장의 DOM이 떼어지면 모든 제목의 위치가 0으로 읽혀, 모든 절을 지나고
   * 마지막 제목("참고 자료")에 멈춘 것처럼 보입니다. 그런 측정은 기록하지 않습니다.
   */
  const onPage = () => !stopped && end.isConnected && article.isConnected;

  const flush = () => {
    if (writeTimer !== undefined) clearTimeout(writeTimer);
    writeTimer = undefined;
    if (!dirty || latest === undefined) return;
    dirty = false;
    const currentIndex = latest.currentIndex;
    const current = currentIndex === null ? undefined : headings[currentIndex];
    const newlyPassed = [...passed];
    passed.clear();
    // 멈춘 자리는 저장할 때 잽니다. 장이 이미 떼어졌다면 잴 수 없으므로 앞서 저장한 자리를 그대로 둡니다.
    const measurable = end.isConnected && article.isConnected;
    const stop = measurable ? stoppingPoint(anchors) : undefined;
    updateProgress((progress) => {
      const withRead = withSectionsRead(progress, edition, chapter, sectionIds, newlyPassed);
      if (stop === undefined) return withRead;
      return withLastPosition(withRead, {
        edition,
        chapter,
        section: current?.id ?? null,
        sectionTitle: current === undefined ? null : headingTitle(current),
        at: Date.now(),
        ...stop,
      });
    });
  };

  const measure = () => {
    measureFrame = undefined;
    if (!onPage()) return;
    latest = readingSnapshot({
      headings: headings.map((heading) => ({ id: heading.id, top: heading.getBoundingClientRect().top })),
      endTop: end.getBoundingClientRect().top,
      viewportHeight: window.innerHeight,
    });
    for (const id of sectionsPassedSince(abovePreviously, latest.passed)) passed.add(id);
    abovePreviously = new Set(latest.passed);
    dirty = true;
    writeTimer ??= setTimeout(flush, writeInterval);
  };

  const scheduleMeasure = () => {
    if (!onPage()) return;
    measureFrame ??= requestAnimationFrame(measure);
  };

  // 화면 아래 30%를 뺀 영역: 제목이 "지나간 절" 기준선을 넘을 때와 화면 위로 나갈 때 알림이 옵니다.
  const observer = new IntersectionObserver(scheduleMeasure, {
    rootMargin: `0px 0px -${Math.round((1 - readingLines.passed) * 100)}% 0px`,
  });
  for (const heading of headings) observer.observe(heading);
  observer.observe(end);
  // 빠르게 멀리 스크롤하면 기준선을 건너뛴 제목은 알림을 내지 않으므로 스크롤이 멈출 때 한 번 더 잽니다.
  window.addEventListener('scrollend', scheduleMeasure, { passive: true });
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  document.addEventListener('visibilitychange', onHide);
  window.addEventListener('pagehide', flush);

  return {
    stop: () => {
      if (stopped) return;
      observer.disconnect();
      window.removeEventListener('scrollend', scheduleMeasure);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', flush);
      if (measureFrame !== undefined) cancelAnimationFrame(measureFrame);
      measureFrame = undefined;
      flush();
      stopped = true;
    },
    forget: () => {
      passed.clear();
      abovePreviously = undefined;
    },
  };
}
