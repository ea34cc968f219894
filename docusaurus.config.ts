import { fileURLToPath } from 'node:url';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { parseBuildEnv, parseSiteEnv } from './config/env';
import { vcsOption } from './config/gitHistory';
import { createNavbar } from './config/navbar';
import { createFooter } from './config/footer';
import { blogOptions } from './config/blog';
import { docsVersionOptions } from './config/docsVersions';
import { chapterSidebarItems } from './config/sidebarItems';
import { createPlugins, createThemes, docsRehypePlugins, docsRemarkPlugins } from './config/plugins';
import { additionalPrismLanguages, darkCodeTheme, lightCodeTheme } from './config/prism';

const siteDir = fileURLToPath(new URL('.', import.meta.url));
const site = parseSiteEnv(process.env);
const build = parseBuildEnv(process.env);
const repository = `https://github.com/${site.organizationName}/${site.projectName}`;

const presetOptions = {
  docs: {
    sidebarPath: './sidebars.ts',
    sidebarItemsGenerator: chapterSidebarItems,
    editUrl: `${repository}/edit/main/`,
    showLastUpdateTime: true,
    tags: 'tags.yml',
    onInlineTags: 'throw',
    remarkPlugins: docsRemarkPlugins,
    rehypePlugins: docsRehypePlugins,
    ...docsVersionOptions,
  },
  blog: blogOptions,
  theme: {
    customCss: './src/css/custom.css',
  },
  sitemap: {
    lastmod: 'date',
    changefreq: null,
    priority: null,
  },
} satisfies Preset.Options;

const themeConfig = {
  image: 'img/social-card.png',
  metadata: [{ name: 'keywords', content: 'Docker, 도커, 컨테이너, Dockerfile, cgroups, namespace' }],
  colorMode: {
    defaultMode: 'light',
    respectPrefersColorScheme: true,
  },
  navbar: createNavbar(site),
  footer: createFooter(site),
  docs: {
    sidebar: { hideable: true },
  },
  tableOfContents: {
    minHeadingLevel: 2,
    maxHeadingLevel: 3,
  },
  prism: {
    // vsLight와 dracula에서 대비가 모자란 토큰 색만 고친 테마 (config/prism.ts).
    theme: lightCodeTheme,
    darkTheme: darkCodeTheme,
    additionalLanguages: additionalPrismLanguages,
  },
  mermaid: {
    theme: { light: 'neutral', dark: 'dark' },
  },
} satisfies Preset.ThemeConfig;

const config = {
  title: '도커 스터디',
  tagline: '커널부터 이해하는 Docker: 개념, 컨테이너, 네트워크, 워크플로, Dockerfile, 심화',
  favicon: 'img/favicon.svg',

  url: site.url,
  baseUrl: site.baseUrl,
  organizationName: site.organizationName,
  projectName: site.projectName,
  deploymentBranch: 'gh-pages',
  // GitHub Pages는 `/x`를 `x.html`로 답하므로 `/x/` 대신 `/x` 주소를 씁니다.
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',

  future: {
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      // Rspack 빌드는 CSS 레이어를 선택자 가중치로 바꾸는데, 그러면 Infima가 custom.css의 색을 덮어씁니다.
      useCssCascadeLayers: false,
      siteStorageNamespacing: true,
      // `DOCUSAURUS_FASTER=false`이면 webpack으로 빌드합니다(`npm run bench`의 비교용). 배포는 늘 Faster입니다.
      fasterByDefault: build.faster,
      mdx1CompatDisabledByDefault: true,
    },
    faster: build.faster,
    experimental_vcs: vcsOption(siteDir),
  },

  i18n: {
    defaultLocale: 'ko',
    locales: ['ko'],
    localeConfigs: {
      ko: { label: '한국어', htmlLang: 'ko-KR' },
    },
  },

  markdown: {
    mermaid: true,
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },
  themes: createThemes(),

  presets: [['classic', presetOptions]],
  plugins: createPlugins(),
  themeConfig,
  // 책 PDF로 링크할지(config/env.ts의 BuildEnv.bookPdf). src/components/BookDownloads가 읽습니다.
  customFields: { bookPdf: build.bookPdf },
} satisfies Config;

export default config;
