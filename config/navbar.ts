import type { ThemeConfig } from '@docusaurus/preset-classic';
import type { SiteEnv } from './env';

export function createNavbar(site: SiteEnv): NonNullable<ThemeConfig['navbar']> {
  return {
    title: '도커 스터디',
    logo: {
      alt: '도커 스터디 로고',
      src: 'img/logo.svg',
      width: 32,
      height: 32,
    },
    hideOnScroll: false,
    items: [
      { type: 'docSidebar', sidebarId: 'series', position: 'left', label: '시리즈' },
      { to: '/blog', label: '블로그', position: 'left' },
      { to: '/tags', label: '태그', position: 'left' },
      { type: 'docsVersionDropdown', position: 'right', dropdownActiveClassDisabled: true },
      { type: 'search', position: 'right' },
      {
        href: `https://github.com/${site.organizationName}/${site.projectName}`,
        position: 'right',
        className: 'header-github-link',
        'aria-label': 'GitHub 저장소',
      },
    ],
  };
}
