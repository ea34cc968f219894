/**
 * `.github/workflows/deploy.yml`이 사이트를 빌드하는 단계와 그 단계에 넘기는 환경 변수를 읽습니다. 배포 위치(원점과
 * base 경로)는 `actions/configure-pages`의 출력(`steps.pages.outputs.origin`, `base_path`)에서 오므로, 그 출력을 넣어
 * 워크플로가 실제로 넘길 값을 만들어 봅니다. 포크의 프로젝트 사이트(`/<저장소>/`)와 사용자 사이트(`/`) 모두 그 값으로
 * 빌드되어야 합니다.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export const deployWorkflowFile = path.resolve(import.meta.dirname, '../../.github/workflows/deploy.yml');

/** `actions/configure-pages`가 내는 값. `base_path`는 사용자 사이트에서 빈 문자열, 프로젝트 사이트에서 `/<저장소>` */
export interface PagesOutputs {
  readonly origin: string;
  readonly base_path: string;
}

export interface DeployBuildStep {
  /** 단계의 `run` 명령 */
  readonly run: string;
  /** 워크플로에 적힌 그대로의 `env` */
  readonly env: Readonly<Record<string, string>>;
  /** 빌드 결과를 올리는 단계(`actions/upload-pages-artifact`)의 `path` */
  readonly artifactPath: string;
  /** `actions/configure-pages` 단계의 `id` */
  readonly pagesStepId: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** 워크플로의 build 작업에서 `npm run build`를 부르는 단계를 찾습니다. 없거나 여럿이면 멈춥니다. */
export function readDeployBuildStep(file = deployWorkflowFile): DeployBuildStep {
  const workflow: unknown = parse(readFileSync(file, 'utf8'));
  const jobs = isRecord(workflow) && isRecord(workflow.jobs) ? workflow.jobs : {};
  const steps =
    isRecord(jobs.build) && Array.isArray(jobs.build.steps) ? jobs.build.steps.filter(isRecord) : [];
  const builds = steps.filter((step) => typeof step.run === 'string' && /\bnpm run build\b/.test(step.run));
  if (builds.length !== 1) {
    throw new Error(`${file}: build 작업에 npm run build 단계가 ${builds.length}개입니다(하나여야 합니다).`);
  }
  const [build] = builds as [Record<string, unknown>];
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(isRecord(build.env) ? build.env : {})) env[key] = String(value);
  const pages = steps.find(
    (step) => typeof step.uses === 'string' && step.uses.startsWith('actions/configure-pages@'),
  );
  const upload = steps.find(
    (step) => typeof step.uses === 'string' && step.uses.startsWith('actions/upload-pages-artifact@'),
  );
  const uploadWith = upload !== undefined && isRecord(upload.with) ? upload.with : {};
  return {
    run: String(build.run),
    env,
    artifactPath: String(uploadWith.path ?? ''),
    pagesStepId: String(pages?.id ?? ''),
  };
}

/**
 * 워크플로의 `env` 값에 든 `${{ steps.<id>.outputs.<이름> }}`을 configure-pages의 출력으로 바꿉니다. 다른 식이 있으면
 * 여기서 흉내 낼 수 없으므로 멈춥니다.
 */
export function evaluateStepEnv(
  step: DeployBuildStep,
  outputs: PagesOutputs,
): Readonly<Record<string, string>> {
  const values: Readonly<Record<string, string>> = { origin: outputs.origin, base_path: outputs.base_path };
  const evaluated: Record<string, string> = {};
  for (const [key, value] of Object.entries(step.env)) {
    evaluated[key] = value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (expression, inner: string) => {
      const match = /^steps\.([\w-]+)\.outputs\.(\w+)$/.exec(inner);
      const output = match?.[2] === undefined ? undefined : values[match[2]];
      if (match?.[1] !== step.pagesStepId || output === undefined) {
        throw new Error(`${key}: ${expression}는 configure-pages(${step.pagesStepId})의 출력이 아닙니다.`);
      }
      return output;
    });
  }
  return evaluated;
}

/** 이 테스트들이 흉내 내는 두 가지 Pages 사이트 */
export const pagesSites = {
  /** `<owner>.github.io` 저장소: 사이트가 도메인의 뿌리에 놓임 */
  user: { origin: 'https://someone.github.io', base_path: '' },
  /** 다른 이름의 포크: `https://<owner>.github.io/<저장소>/` */
  project: { origin: 'https://someone.github.io', base_path: '/docker-study-fork' },
} as const satisfies Record<string, PagesOutputs>;
