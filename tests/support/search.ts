import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { SearchIndexFile } from '../../src/search/indexFormat';
import { buildDir, siteEnv } from '../../scripts/lib/site';

/** 빌드에 들어 있는 판별 검색 색인 (`build/search-index/<판>.json`) */
export async function readSearchIndexes(): Promise<Map<string, SearchIndexFile>> {
  const dir = path.join(buildDir, 'search-index');
  const indexes = new Map<string, SearchIndexFile>();
  for (const name of (await readdir(dir)).filter((file) => file.endsWith('.json')).sort()) {
    indexes.set(
      name.replace(/\.json$/, ''),
      JSON.parse(await readFile(path.join(dir, name), 'utf8')) as SearchIndexFile,
    );
  }
  return indexes;
}

/** base 경로, 쿼리, 해시를 뺀 경로: `/docker-study/docs/network?highlight=x#y` → `/docs/network` */
export function sitePath(url: string): string {
  const { pathname } = new URL(url, 'http://localhost');
  return `/${pathname.slice(siteEnv.baseUrl.length)}`.replace(/\/$/, '') || '/';
}

export function searchInput(page: Page): Locator {
  return page.getByRole('combobox', { name: '검색' });
}

/**
 * Ctrl+K로 검색 상자에 초점을 둡니다. 페이지가 막 열렸을 때는 React가 아직 이벤트를 붙이지 않았을 수 있어
 * 초점이 올 때까지 몇 번 다시 누릅니다.
 */
export async function focusSearchWithShortcut(page: Page): Promise<void> {
  const input = searchInput(page);
  for (let attempt = 0; attempt < 20; attempt += 1) {
    await page.keyboard.press('Control+KeyK');
    if (await input.evaluate((element) => element === document.activeElement)) return;
    await page.waitForTimeout(250);
  }
  throw new Error('Ctrl+K를 눌러도 검색 상자에 초점이 오지 않습니다');
}

/** 드롭다운이 `query`의 결과를 다 그릴 때까지 기다린 뒤, 결과 링크의 주소를 순서대로 돌려줍니다. */
export async function dropdownResults(page: Page, query: string): Promise<string[]> {
  const listbox = page.getByRole('listbox', { name: '검색 결과' });
  await listbox
    .and(page.locator(`[data-query="${query.trim().replace(/"/g, '\\"')}"]`))
    .waitFor({ state: 'attached' });
  await page
    .getByRole('search')
    .filter({ has: listbox })
    .getByRole('status')
    .filter({ hasText: /결과 \d+개|검색 결과가 없습니다/ })
    .waitFor();
  return listbox
    .getByRole('option')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
}

/** 진짜 검색 상자에 검색어를 입력하고 결과 주소를 돌려줍니다. */
export async function searchFromNavbar(page: Page, query: string): Promise<string[]> {
  const input = searchInput(page);
  await input.click();
  await input.fill(query);
  return dropdownResults(page, query);
}
