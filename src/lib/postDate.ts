/**
 * 원래 블로그처럼 날짜를 `2025.02.22` 꼴로 씁니다.
 * 글 머리의 날짜(Docusaurus가 UTC로 표시)와 어긋나지 않도록 UTC로 계산합니다.
 * 그래서 글의 시각은 한국 시간 09:00 이후로 적습니다(그 전이면 UTC로 전날이 됩니다).
 */
export function formatDotDate(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${date.getUTCFullYear()}.${pad(date.getUTCMonth() + 1)}.${pad(date.getUTCDate())}`;
}

/**
 * 블로그 글 머리와 문서의 마지막 수정 날짜를 `2025년 2월 22일` 꼴로 씁니다. Docusaurus는 같은 글자를
 * `Intl.DateTimeFormat('ko', { year: 'numeric', month: 'long' 또는 'short', day: 'numeric', timeZone: 'UTC' })`로 만드는데,
 * 브라우저가 처음 `Intl`을 쓸 때 한국어 ICU 자료를 읽느라 하이드레이션 한가운데서 20 ms(휴대폰에서는 그 몇 배)를
 * 씁니다. 날짜는 빌드 때 정해지므로 산술로 같은 글자를 만듭니다(`tests/unit/post-date.test.ts`가 `Intl`과 비교).
 */
export function formatKoreanLongDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCFullYear()}년 ${date.getUTCMonth() + 1}월 ${date.getUTCDate()}일`;
}
