import type { ThemeConfig } from '@docusaurus/preset-classic';
import type { SiteEnv } from './env';

export function createFooter(site: SiteEnv): NonNullable<ThemeConfig['footer']> {
  const repository = `https://github.com/${site.organizationName}/${site.projectName}`;
  return {
    style: 'dark',
    links: [
      {
        title: '읽기',
        items: [
          { label: '시리즈 소개', to: '/docs' },
          { label: '블로그', to: '/blog' },
          { label: '태그로 찾기', to: '/tags' },
        ],
      },
      {
        title: '프로젝트',
        items: [
          { label: 'GitHub 저장소', href: repository },
          { label: 'Docker 공식 문서', href: 'https://docs.docker.com/' },
        ],
      },
    ],
    copyright: `글은 <a href="https://creativecommons.org/licenses/by/4.0/deed.ko">CC BY 4.0</a>, 코드는 <a href="${repository}/blob/main/LICENSE">MIT 라이선스</a>로 공개합니다. © ${new Date().getFullYear()} 도커 스터디`,
  };
}
