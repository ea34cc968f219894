/**
 * "이어 읽기"로 장을 열 때 멈춘 자리까지 내려가기. 링크는 멈춘 자리 위의 제목(`#id`)으로 가고, 제목에서 더 내려갈
 * 거리는 sessionStorage에 잠깐 두었다가 장 페이지가 마운트된 뒤(`ChapterProgressEnd`) 한 번 적용하고 지웁니다.
 * 주소에 거리를 넣지 않으므로 공유된 링크나 새로 고침은 제목으로만 갑니다.
 */
const pendingKey = 'docker-study-resume-offset';

interface PendingResume {
  readonly anchor: string;
  readonly offset: number;
}

function isPendingResume(value: unknown): value is PendingResume {
  if (typeof value !== 'object' || value === null) return false;
  const { anchor, offset } = value as Record<string, unknown>;
  return typeof anchor === 'string' && typeof offset === 'number' && Number.isFinite(offset);
}

/** "이어 읽기" 링크를 누를 때: 제목 `anchor`에서 `offset` px 더 내려가라고 적어 둡니다. */
export function rememberResumeOffset(anchor: string, offset: number): void {
  try {
    sessionStorage.setItem(pendingKey, JSON.stringify({ anchor, offset }));
  } catch {
    // 저장소를 쓸 수 없으면 제목으로만 갑니다.
  }
}

/**
 * 장 페이지가 마운트된 뒤: 적어 둔 거리가 있고 주소의 `#id`가 그 제목이면, 테마가 제목으로 스크롤한 다음 프레임에
 * 제목에서 그 거리만큼 아래로 갑니다. 적어 둔 것은 한 번 쓰고 지웁니다.
 */
export function applyPendingResumeOffset(article: HTMLElement): void {
  let pending: unknown;
  try {
    const raw = sessionStorage.getItem(pendingKey);
    if (raw === null) return;
    sessionStorage.removeItem(pendingKey);
    pending = JSON.parse(raw);
  } catch {
    return;
  }
  if (!isPendingResume(pending) || window.location.hash !== `#${pending.anchor}`) return;
  const { anchor, offset } = pending;
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const heading = article.querySelector<HTMLElement>(`[id="${CSS.escape(anchor)}"]`);
      if (heading === null) return;
      window.scrollTo({
        top: heading.getBoundingClientRect().top + window.scrollY + offset,
        behavior: 'instant',
      });
    }),
  );
}
