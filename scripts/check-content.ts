/**
 * 글을 쓰는 동안 쓰는 콘텐츠 검사: 문서 규칙, 용어(src/data/terms.ts)와 -십시오, docker 명령, Dockerfile, YAML(Compose, GitHub Actions),
 * 개정판의 출력 예와 기준을 말하는 글이 기준 버전(src/data/baseline.ts)과 같은지.
 * `npm test`의 콘텐츠 테스트와 같은 검사를 돌리고 문제를 `파일:줄: 메시지`로 출력합니다.
 *
 *   npx tsx scripts/check-content.ts                      # 모든 판의 문서와 블로그 글
 *   npx tsx scripts/check-content.ts docs/03-network.mdx  # 지정한 파일만
 *   npx tsx scripts/check-content.ts src/data/edition-changes/01-concepts.ts  # 데이터 파일은 기준 버전만
 *
 * 문제가 하나라도 있으면 1로 끝납니다.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { baselineTargetFiles, checkBaselineFiles } from '../tests/support/baselineCheck';
import { allDocFiles, findSiteContent, repositoryRoot } from '../tests/support/contentFiles';
import {
  checkContentRules,
  createDocumentLoader,
  defaultContentRuleOptions,
} from '../tests/support/contentRules';
import { checkDockerCommandsInDocument } from '../src/lib/content/dockerCommand';
import { checkDockerfileBlocksInDocument } from '../tests/support/dockerfileCheck';
import { formatProblem, type ContentProblem } from '../src/lib/content/markdown';
import { checkDocumentTerminology } from '../tests/support/terminology';
import { checkYamlBlocksInDocument } from '../tests/support/yamlCheck';

export interface ContentCheckReport {
  readonly problems: readonly ContentProblem[];
  readonly fileCount: number;
  readonly dockerCommandsChecked: number;
  readonly pluginCommandsSkipped: ReadonlyMap<string, number>;
  readonly uncheckedBuildxArguments: readonly { file: string; line: number; argument: string }[];
  readonly dockerfileBlocks: number;
  readonly yamlBlocks: number;
  readonly baselineOutputBlocks: number;
}

export function runContentChecks(
  root: string = repositoryRoot,
  files?: readonly string[],
): ContentCheckReport {
  const content = findSiteContent(root);
  const loadDocument = createDocumentLoader();
  const siteFiles = [...allDocFiles(content), ...content.blogPostFiles];
  const requested = files?.map((file) => path.resolve(file));
  const baselineDataFiles = baselineTargetFiles(root).dataFiles;
  const problems: ContentProblem[] = [];
  for (const file of requested ?? []) {
    if (!existsSync(file)) {
      problems.push({ file, line: 1, message: '파일이 없습니다.' });
    } else if (!siteFiles.includes(file) && !baselineDataFiles.includes(file)) {
      problems.push({
        file,
        line: 1,
        message:
          '문서(docs/, versioned_docs/, edition-2025.02/)나 블로그 글(blog/)이 아니라서 문서 규칙은 건너뛰고 코드 블록만 검사했습니다.',
      });
    }
  }
  const targetFiles = (requested ? requested.filter((file) => existsSync(file)) : siteFiles).filter(
    (file) => !baselineDataFiles.includes(file),
  );
  const rules = checkContentRules(
    content,
    defaultContentRuleOptions,
    requested ? new Set(requested) : undefined,
    loadDocument,
  );
  problems.push(...rules.problems);
  const baselineReport = checkBaselineFiles(root, requested ? new Set(requested) : undefined, loadDocument);
  problems.push(...baselineReport.problems);

  let dockerCommandsChecked = 0;
  let dockerfileBlocks = 0;
  let yamlBlocks = 0;
  const pluginCommandsSkipped = new Map<string, number>();
  const uncheckedBuildxArguments: { file: string; line: number; argument: string }[] = [];
  for (const file of targetFiles) {
    const document = loadDocument(file);
    if (!document) continue;
    const docker = checkDockerCommandsInDocument(document);
    dockerCommandsChecked += docker.checkedCount;
    for (const [plugin, count] of docker.pluginCounts) {
      pluginCommandsSkipped.set(plugin, (pluginCommandsSkipped.get(plugin) ?? 0) + count);
    }
    uncheckedBuildxArguments.push(...docker.uncheckedArguments);
    const dockerfiles = checkDockerfileBlocksInDocument(document);
    dockerfileBlocks += dockerfiles.blockCount;
    const yaml = checkYamlBlocksInDocument(document);
    yamlBlocks += yaml.blockCount;
    const terminology = siteFiles.includes(file) ? checkDocumentTerminology(document) : [];
    problems.push(...docker.problems, ...dockerfiles.problems, ...yaml.problems, ...terminology);
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return {
    problems,
    fileCount: targetFiles.length,
    dockerCommandsChecked,
    pluginCommandsSkipped,
    uncheckedBuildxArguments,
    dockerfileBlocks,
    yamlBlocks,
    baselineOutputBlocks: baselineReport.outputBlocks,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const report = runContentChecks(
    repositoryRoot,
    process.argv.length > 2 ? process.argv.slice(2) : undefined,
  );
  for (const problem of report.problems) console.log(formatProblem(problem));
  const plugins = [...report.pluginCommandsSkipped].map(([plugin, count]) => `${plugin} ${count}`).join(', ');
  console.log(
    [
      `파일 ${report.fileCount}개`,
      `docker 명령 ${report.dockerCommandsChecked}개 검사`,
      `플러그인 명령 ${[...report.pluginCommandsSkipped.values()].reduce((sum, count) => sum + count, 0)}개 건너뜀${plugins ? ` (${plugins})` : ''}`,
      `buildx 전용일 수 있어 확인 못 한 인자 ${report.uncheckedBuildxArguments.length}개`,
      `Dockerfile ${report.dockerfileBlocks}개`,
      `YAML ${report.yamlBlocks}개`,
      `기준 버전 출력 예 ${report.baselineOutputBlocks}개`,
      `문제 ${report.problems.length}개`,
    ].join(', '),
  );
  process.exitCode = report.problems.length > 0 ? 1 : 0;
}
