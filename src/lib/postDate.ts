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
