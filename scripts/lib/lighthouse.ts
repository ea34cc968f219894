/**
 * Lighthouse 12 프로그램 API. 기본 설정이 곧 모바일 설정입니다: Moto G Power 크기의 화면,
 * 느린 4G와 4배 느린 CPU를 흉내 낸(simulate) 측정.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Result } from 'lighthouse';
import { launchDebuggableChromium } from './browser';

const execFileAsync = promisify(execFile);
const childScript = path.join(import.meta.dirname, 'lighthouse-child.mjs');

export const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof categoryIds)[number];

/** 100점을 요구하는 범주. 성능은 측정하는 기계의 부하에 따라 흔들리므로 출력만 합니다. */
export const assertedCategoryIds = [
  'accessibility',
  'best-practices',
  'seo',
] as const satisfies readonly CategoryId[];

export interface LighthouseReport {
  readonly url: string;
  /** 0~100, 범주가 점수를 내지 못하면 null */
  readonly scores: Readonly<Record<CategoryId, number | null>>;
  /** 범주마다 만점이 아닌 감사 항목: `제목 (id): 대상…` */
  readonly failingAudits: Readonly<Record<CategoryId, readonly string[]>>;
  /** 성능 지표 (ms, CLS는 단위 없음) */
  readonly metrics: {
    readonly firstContentfulPaint: number | null;
    readonly largestContentfulPaint: number | null;
    readonly totalBlockingTime: number | null;
    readonly cumulativeLayoutShift: number | null;
  };
  /**
   * 메인 스레드 시간(ms)을 Lighthouse `mainthread-work-breakdown`의 범주별로: `scriptEvaluation`,
   * `styleLayout`, `parseHTML`, `scriptParseCompile`, `paintCompositeRender`, `garbageCollection`, `other`
   */
  readonly mainThreadByGroup: Readonly<Record<string, number>>;
  /** DOM 요소 수 (`dom-size`) */
  readonly domElements: number | null;
  readonly runWarnings: readonly string[];
}

/** `port`에 떠 있는 Chromium으로 `url`을 모바일 설정으로 검사합니다. */
export interface LighthouseOptions {
  /**
   * `false`면 페이지의 자바스크립트 파일(`*.js`)을 막고 잽니다: 같은 HTML과 CSS만으로 닿는 한계. 브라우저의 스크립트를
   * 통째로 끄면(`scriptEnabled=false`) Lighthouse의 측정 코드도 돌지 않으므로 파일을 막습니다. HTML 안의 짧은 인라인
   * 스크립트(테마, 읽기 진행 표시)는 돕니다.
   */
  readonly javascript?: boolean;
}

export async function runLighthouse(
  url: string,
  port: number,
  options: LighthouseOptions = {},
): Promise<LighthouseReport> {
  // tsx의 로더를 물려받지 않도록 execArgv 없이 node를 직접 부릅니다 (lighthouse-child.mjs의 설명).
  const { stdout } = await execFileAsync(
    process.execPath,
    [
      childScript,
      url,
      String(port),
      categoryIds.join(','),
      ...(options.javascript === false ? ['*.js'] : []),
    ],
    { maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  ).catch((error: unknown) => {
    const detail =
      typeof error === 'object' && error !== null && 'killed' in error && error.killed
        ? '3분 안에 끝나지 않았습니다'
        : String(error instanceof Error ? error.message : error).slice(0, 500);
    throw new Error(`Lighthouse가 ${url}에서 실패했습니다: ${detail}`, { cause: error });
  });
  // LHR은 Lighthouse가 직접 만든 JSON이므로 그 타입을 그대로 씁니다.
  const lhr = JSON.parse(stdout) as Result;
  if (lhr.runtimeError !== undefined) {
    throw new Error(
      `Lighthouse가 ${url}을 검사하지 못했습니다: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`,
    );
  }
  return summarize(lhr);
}

/**
 * 검사마다 Chromium을 새로 띄웁니다. 한 검사가 시간 초과로 끊기면 그 브라우저는 추적(tracing)이 켜진 채 남아
 * 다음 검사까지 실패하게 만들기 때문입니다. 띄우는 데는 1초가 안 걸립니다.
 */
export async function runLighthouseInFreshChromium(
  url: string,
  options: LighthouseOptions = {},
): Promise<LighthouseReport> {
  const chromium = await launchDebuggableChromium();
  try {
    return await runLighthouse(url, chromium.port, options);
  } finally {
    await chromium.close();
  }
}

const numericValue = (lhr: Result, auditId: string): number | null =>
  lhr.audits[auditId]?.numericValue ?? null;

function summarize(lhr: Result): LighthouseReport {
  const scores = {} as Record<CategoryId, number | null>;
  const failingAudits = {} as Record<CategoryId, string[]>;
  for (const id of categoryIds) {
    const category = lhr.categories[id];
    scores[id] = category?.score === null || category === undefined ? null : Math.round(category.score * 100);
    failingAudits[id] = (category?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .flatMap((ref) => {
        const audit = lhr.audits[ref.id];
        if (audit === undefined || audit.score === null || audit.score >= 1) return [];
        const value = audit.displayValue ? ` ${audit.displayValue}` : '';
        const targets = detailTargets(audit.details).slice(0, 5);
        return [`${audit.title} (${ref.id})${value}${targets.length ? `: ${targets.join('; ')}` : ''}`];
      });
  }
  return {
    url: lhr.finalDisplayedUrl,
    scores,
    failingAudits,
    metrics: {
      firstContentfulPaint: numericValue(lhr, 'first-contentful-paint'),
      largestContentfulPaint: numericValue(lhr, 'largest-contentful-paint'),
      totalBlockingTime: numericValue(lhr, 'total-blocking-time'),
      cumulativeLayoutShift: numericValue(lhr, 'cumulative-layout-shift'),
    },
    mainThreadByGroup: mainThreadByGroup(lhr.audits['mainthread-work-breakdown']?.details),
    domElements: numericValue(lhr, 'dom-size'),
    runWarnings: lhr.runWarnings.map(String),
  };
}

function mainThreadByGroup(details: unknown): Record<string, number> {
  const byGroup: Record<string, number> = {};
  if (!isRecord(details) || !Array.isArray(details.items)) return byGroup;
  for (const item of details.items as unknown[]) {
    if (isRecord(item) && typeof item.group === 'string' && typeof item.duration === 'number') {
      byGroup[item.group] = (byGroup[item.group] ?? 0) + item.duration;
    }
  }
  return byGroup;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/** 감사 결과의 표(`details.items`)에서 고칠 대상을 찾기 쉬운 선택자, HTML 조각, URL을 꺼냅니다. */
function detailTargets(details: unknown): string[] {
  if (!isRecord(details) || !Array.isArray(details.items)) return [];
  return details.items.flatMap((item: unknown): string[] => {
    if (!isRecord(item)) return [];
    const node = item.node;
    if (isRecord(node)) {
      const selector = typeof node.selector === 'string' ? node.selector : '';
      const snippet = typeof node.snippet === 'string' ? node.snippet.slice(0, 120) : '';
      return [`${selector} ${snippet}`.trim()];
    }
    if (typeof item.url === 'string') return [item.url];
    if (typeof item.source === 'string') return [item.source];
    if (typeof item.description === 'string') return [item.description];
    return [];
  });
}
