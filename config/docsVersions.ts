import type { Options as DocsOptions } from '@docusaurus/plugin-content-docs';
import { editions } from '../src/data/editions';

/**
 * 두 판의 문서 설정. 개정판(current)은 `/docs/…`에, 초판(`2025.02`, `versions.json`)은 `/docs/2025.02/…`에 둡니다.
 * 초판에는 `unmaintained` 배너를 붙이고, 그 문구(`i18n/ko/code.json`)가 같은 장의 개정판으로 안내합니다.
 */
export const docsVersionOptions = {
  lastVersion: editions.revised.version,
  versions: {
    [editions.revised.version]: { label: editions.revised.label, path: '', banner: 'none', badge: true },
    [editions.first.version]: {
      label: editions.first.label,
      path: editions.first.version,
      banner: 'unmaintained',
      badge: true,
    },
  },
} satisfies Pick<DocsOptions, 'lastVersion' | 'versions'>;
