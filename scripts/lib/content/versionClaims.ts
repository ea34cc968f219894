/**
 * 동작의 시점을 버전으로 말하는 문장("Engine 29.5부터", "29.3.0에서", "Compose 2.32에서", "`runc` 1.3.2부터",
 * "Buildx 0.15 이상", "API 1.45(Engine 26)부터")은 그 버전의 릴리스 노트나 소스 변경을 장의 `## 참고 자료`에 링크로 답니다.
 * 독자가 그 문장을 자기 버전과 맞춰 볼 수 있게 하고, 다음 판에서 고칠 곳을 찾게 하려는 것입니다.
 *
 * 무엇을 찾는가:
 * - Docker 구성 요소의 이름(Engine, Docker, Desktop, Compose, Buildx, BuildKit, runc, containerd, API, CLI) 뒤의 버전,
 *   또는 이름 없이 쓴 Engine 꼴 버전(주 버전 17 이상, 점이 있는 것: `29.0`, `28.5.1`)이
 * - 바로 `부터`, `에서`, `이후`, `이상`, `이전`, `전에는`으로 이어지는 곳(버전 뒤의 괄호 하나는 건너뜁니다).
 * 커널, 배포판, 언어 런타임 같은 다른 제품의 버전(`커널 5.6 이상`, `Node 24`)은 이름이 앞에 있으므로 세지 않습니다.
 *
 * 무엇이 링크가 되는가: 참고 자료 절의 링크 가운데 주소나 글에 그 버전이 들어 있는 것(`docker-v29.5.0`,
 * `releases/tag/v2.32.0`, `release-notes/29/#2950`처럼 점을 뺀 앵커, API 기록의 `#v145-api-changes`).
 */
import {
  proseLines,
  sectionLines,
  type BodyLine,
  type ContentProblem,
  type MarkdownDocument,
} from '../../../src/lib/content/markdown';

export const referencesSectionId = 'references';

const dockerComponents = [
  'Docker Engine',
  'Docker Desktop',
  'Docker CLI',
  'Docker Compose',
  'Engine API',
  'Engine',
  'Desktop',
  'Compose',
  'Buildx',
  'BuildKit',
  'runc',
  'containerd',
  'API',
  'CLI',
  'Docker',
] as const;

/** 이름 없이 쓴 버전 바로 앞에 오면 Docker가 아닌 제품의 버전인 이름들 */
const otherProducts = [
  'Ubuntu',
  'Debian',
  'Fedora',
  'RHEL',
  'CentOS',
  'Alpine',
  'macOS',
  'Windows',
  'Linux',
  'kernel',
  '커널',
  'WSL',
  'Node',
  'Node.js',
  'nginx',
  'PostgreSQL',
  'Go',
  'Python',
  'bash',
  'dash',
  'glibc',
  'systemd',
  'iptables',
  'Kubernetes',
] as const;

const otherProductBefore = new RegExp(
  `(?:^|[^\\w.])(?:${otherProducts.map((name) => name.replace('.', '\\.')).join('|')})\\s*$`,
);

const datingParticles = ['부터', '에서', '이후', '이상', '이전', '전에는'] as const;

const claimPattern = new RegExp(
  String.raw`(?:(${dockerComponents.join('|')})\s*)?v?(\d+(?:\.\d+){0,2})(?:\.x)?\s*(?:버전)?\s*(?:\([^)]*\))?\s*(${datingParticles.join('|')})`,
  'g',
);

export interface VersionClaim {
  readonly line: number;
  /** 문장에 쓴 그대로(`Engine 29.5부터`) */
  readonly phrase: string;
  readonly component: string | null;
  readonly version: string;
}

/** 인라인 코드의 백틱만 걷어 냅니다. "`runc` 1.3.2부터"도 이름 있는 버전으로 읽기 위해서입니다 */
const withoutBackticks = (text: string) => text.replace(/`/g, '');

/** 글의 한 줄에서 버전으로 시점을 말하는 곳을 찾습니다 */
export function versionClaimsInText(text: string, line: number): VersionClaim[] {
  const plain = withoutBackticks(text)
    // 링크 주소 안의 숫자(`…/releases/tag/v29.5.0`)는 문장이 아닙니다.
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]+>/g, '');
  const claims: VersionClaim[] = [];
  for (const match of plain.matchAll(claimPattern)) {
    const [phrase, component, version = ''] = match;
    const before = plain.slice(0, match.index ?? 0);
    // `1.2.3`의 가운데에서 시작한 일치나 다른 낱말에 붙은 숫자(`x86_64`)는 버리고,
    if (/[\d.A-Za-z_]$/.test(before)) continue;
    const major = Number(version.split('.')[0]);
    // 이름 없는 버전은 Engine의 꼴(점이 있고 주 버전 17 이상)일 때만 셉니다.
    if (!component && !(version.includes('.') && major >= 17 && major < 100)) continue;
    if (!component && otherProductBefore.test(before)) continue;
    claims.push({ line, phrase: phrase.trim(), component: component ?? null, version });
  }
  return claims;
}

interface ReferenceLink {
  readonly text: string;
  readonly url: string;
}

function referenceLinks(lines: readonly BodyLine[]): ReferenceLink[] {
  return lines.flatMap(({ text }) =>
    [...text.matchAll(/\[([^\]]*)\]\(([^)\s]+)[^)]*\)|<(https?:\/\/[^>]+)>/g)].map((match) => ({
      text: match[1] ?? '',
      url: match[2] ?? match[3] ?? '',
    })),
  );
}

/** 링크가 그 버전을 가리키는지: 글이나 주소에 버전이 있거나(`29.5` ⊂ `29.5.0`), 점을 뺀 앵커(`#2950`, `#v145`)가 있는지 */
export function linkNamesVersion(link: ReferenceLink, version: string): boolean {
  const exact = new RegExp(`(?<![\\d.])${version.replace(/\./g, '\\.')}(?!\\d)`);
  if (exact.test(link.text) || exact.test(link.url)) return true;
  const withoutDots = version.replace(/\./g, '');
  return version.includes('.') && new RegExp(`#v?${withoutDots}`).test(link.url);
}

/** 장의 본문(참고 자료 절 밖)에서 찾은 시점 표현마다 참고 자료에 그 버전의 링크가 있는지 */
export function checkVersionClaimSources(document: MarkdownDocument): ContentProblem[] {
  const references = document.headings.find(
    (heading) => heading.level === 2 && heading.id === referencesSectionId,
  );
  const referenceLines = references ? sectionLines(document, references) : [];
  const referenceLineNumbers = new Set(referenceLines.map(({ line }) => line));
  const links = referenceLinks(referenceLines);
  const problems: ContentProblem[] = [];
  for (const bodyLine of proseLines(document)) {
    if (referenceLineNumbers.has(bodyLine.line) || /^(?:import|export)\s/.test(bodyLine.text)) continue;
    for (const claim of versionClaimsInText(bodyLine.text, bodyLine.line)) {
      if (links.some((link) => linkNamesVersion(link, claim.version))) continue;
      problems.push({
        file: document.filePath,
        line: claim.line,
        message: `"${claim.phrase}"는 동작이 바뀐 버전을 말하지만 \`## 참고 자료\`에 ${claim.version} 버전의 링크가 없습니다. 그 버전의 릴리스 노트(예: https://github.com/moby/moby/releases/tag/docker-v${claim.version.split('.').length === 2 ? `${claim.version}.0` : claim.version} 또는 https://docs.docker.com/engine/release-notes/)나 소스 변경을 참고 자료에 링크로 더하세요. 주소나 링크 글에 버전이 들어 있어야 합니다.`,
      });
    }
  }
  return problems;
}
