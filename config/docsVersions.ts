import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import { editions } from '../src/data/editions';

type VersionOptions = Pick<DocsOptions, 'lastVersion' | 'versions'>;

/**
 * 문서의 판 설정. `versions.json`에 초판(`2025.02`)이 있으면 개정판(current)을 `/docs/…`에,
 * 초판을 `/docs/2025.02/…`에 둡니다. 아직 판을 나누기 전이면(versions.json 없음) 아무 설정도 하지 않아
 * 문서 플러그인의 기본값대로 current만 `/docs/…`에 나옵니다.
 */
export function createDocsVersionOptions(siteDir: string): VersionOptions {
  const versionsFile = path.join(siteDir, 'versions.json');
  if (!existsSync(versionsFile)) return {};
  const versionNames: unknown = JSON.parse(readFileSync(versionsFile, 'utf8'));
  if (!Array.isArray(versionNames) || !versionNames.every((name) => typeof name === 'string')) {
    throw new Error(`${versionsFile}는 버전 이름(문자열)의 배열이어야 합니다.`);
  }
  const versions: NonNullable<DocsOptions['versions']> = {
    [editions.revised.version]: { label: editions.revised.label, path: '' },
  };
  for (const name of versionNames) {
    versions[name] = {
      label: name === editions.first.version ? editions.first.label : name,
      path: name,
    };
  }
  return { lastVersion: editions.revised.version, versions };
}
