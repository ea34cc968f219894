/**
 * GitHub Actions 워크플로가 쓰는 액션이 GitHub의 러너에 아직 있는 런타임에서 도는지 확인합니다.
 *
 * GitHub은 2026-09-16에 러너에서 Node 20을 뺐습니다(2025-09-19 예고, 2026-06부터 Node 24가 기본). Node 20 이하에서
 * 도는 JavaScript 액션은 더는 시작하지 않으므로, 워크플로가 그런 릴리스를 쓰면 배포가 멈춥니다.
 * 아래 표는 각 액션 저장소의 태그에서 `action.yml`의 `runs.using`을 읽어 적은 것입니다. 복합(composite) 액션은
 * 안에서 부르는 액션의 런타임이 곧 그 액션의 런타임이므로 그것까지 따라가 적습니다.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument, isMap, isSeq, isScalar, type Node } from 'yaml';

/** 지금 GitHub 호스팅 러너가 제공하는 JavaScript 액션 런타임 */
export const supportedRuntimes: ReadonlySet<string> = new Set(['node24']);

interface KnownAction {
  /** Node 24에서 도는 첫 릴리스(태그). 이보다 낮은 주 버전은 Node 20 이하에서 돕니다. */
  readonly firstNode24Release: string;
  /** 그보다 앞선 릴리스가 도는 런타임 */
  readonly olderRuntime: string;
  /** 표를 확인한 방법 */
  readonly checked: string;
}

export const knownActions: Readonly<Record<string, KnownAction>> = {
  'actions/checkout': {
    firstNode24Release: 'v5.0.0',
    olderRuntime: 'node20 (v4.x)',
    checked: 'action.yml의 runs.using: v4.4.0 node20, v5.0.0~v7.0.1 node24',
  },
  'actions/setup-node': {
    firstNode24Release: 'v5.0.0',
    olderRuntime: 'node20 (v4.x)',
    checked: 'action.yml의 runs.using: v4.4.0 node20, v5.0.0~v7.0.0 node24',
  },
  'actions/configure-pages': {
    firstNode24Release: 'v6.0.0',
    olderRuntime: 'node20 (v5.x)',
    checked:
      'v5.0.0의 action.yml은 node20, v6.0.0 릴리스 노트 "upgrade to node 24"(actions/configure-pages#186)',
  },
  'actions/upload-pages-artifact': {
    firstNode24Release: 'v5.0.0',
    olderRuntime: 'node20 (v4.x는 안에서 actions/upload-artifact v4.6.2를 부름)',
    checked:
      '복합 액션. v4.0.0은 actions/upload-artifact@v4.6.2(node20)를, v5.0.0은 actions/upload-artifact@v7.0.0(node24)을 부름',
  },
  'actions/deploy-pages': {
    firstNode24Release: 'v5.0.0',
    olderRuntime: 'node20 (v4.x)',
    checked: 'action.yml의 runs.using: v4.0.5 node20, v5.0.0 node24',
  },
};

export interface ActionUse {
  readonly file: string;
  readonly line: number;
  /** `actions/checkout@v7` 그대로 */
  readonly uses: string;
}

function collectUses(node: Node | null, lineOf: (offset: number) => number, file: string, out: ActionUse[]) {
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : undefined;
      if (key === 'uses' && isScalar(pair.value) && typeof pair.value.value === 'string') {
        out.push({ file, line: lineOf(pair.value.range?.[0] ?? 0), uses: pair.value.value });
      } else {
        collectUses(pair.value as Node | null, lineOf, file, out);
      }
    }
  } else if (isSeq(node)) {
    for (const item of node.items) collectUses(item as Node | null, lineOf, file, out);
  }
}

/** 워크플로 파일에서 모든 `uses:`를 줄 번호와 함께 꺼냅니다(작업의 `uses:`와 단계의 `uses:` 모두). */
export function readActionUses(file: string): ActionUse[] {
  const source = readFileSync(file, 'utf8');
  const document = parseDocument(source);
  if (document.errors.length > 0) {
    throw new Error(`${file}: YAML 오류: ${document.errors.map((error) => error.message).join('; ')}`);
  }
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  const uses: ActionUse[] = [];
  collectUses(document.contents as Node | null, lineOf, file, uses);
  return uses;
}

const majorOf = (version: string): number | undefined => {
  const match = /^v?(\d+)(?:\.\d+){0,2}$/.exec(version);
  return match?.[1] === undefined ? undefined : Number(match[1]);
};

/**
 * 한 `uses:`가 지금의 러너에서 돌지 못하면 그 까닭과 고치는 법을, 돌면 `null`을 돌려줍니다.
 * 로컬 액션(`./…`)과 컨테이너 이미지(`docker://…`)는 JavaScript 런타임을 쓰지 않으므로 통과합니다.
 */
export function checkActionUse(use: ActionUse, root: string): string | null {
  const where = `${path.relative(root, use.file)}:${use.line}`;
  if (use.uses.startsWith('./') || use.uses.startsWith('docker://')) return null;
  const [name, ref] = use.uses.split('@') as [string, string | undefined];
  if (ref === undefined) {
    return `${where}: ${use.uses}에 버전이 없습니다. \`${name}@v…\`처럼 릴리스를 적으세요.`;
  }
  const known = knownActions[name];
  if (known === undefined) {
    return `${where}: ${use.uses}의 런타임을 모릅니다. 그 액션의 action.yml에서 runs.using을 확인해 tests/support/githubActions.ts의 knownActions에 적으세요.`;
  }
  const major = majorOf(ref);
  if (major === undefined) {
    return `${where}: ${use.uses}의 버전 "${ref}"를 읽을 수 없습니다. \`v7\`이나 \`v7.0.1\`처럼 릴리스 태그를 적으세요.`;
  }
  const firstGoodMajor = majorOf(known.firstNode24Release) ?? Number.POSITIVE_INFINITY;
  if (major < firstGoodMajor) {
    return `${where}: ${use.uses}는 ${known.olderRuntime}에서 돕니다. GitHub 러너에는 이제 ${[...supportedRuntimes].join(', ')}만 있습니다. ${name}@${known.firstNode24Release} 이상(Node 24에서 도는 첫 릴리스)으로 올리세요.`;
  }
  return null;
}
