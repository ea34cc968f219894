import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repositoryRoot } from '../../scripts/lib/content/contentFiles';

/**
 * 작업 트리를 `.git` 없이 임시 폴더에 복사합니다(Git이 추적하는 파일과 무시하지 않는 새 파일, 지금 작업 트리의 내용).
 * `node_modules`는 복사하지 않고 링크합니다. 빌드가 Git 없이 되는지, README대로 더한 글과 장이 통과하는지 보는 테스트가 씁니다.
 */
export async function copyWorkTreeWithoutGit(prefix: string): Promise<string> {
  const copyDir = await mkdtemp(path.join(tmpdir(), prefix));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file !== '' && file !== 'node_modules');
  for (const file of files) {
    await mkdir(path.dirname(path.join(copyDir, file)), { recursive: true });
    await copyFile(path.join(repositoryRoot, file), path.join(copyDir, file)).catch(
      (error: NodeJS.ErrnoException) => {
        // 작업 트리에서 지웠지만 아직 커밋하지 않은 파일은 git ls-files --cached에 남습니다.
        if (error.code !== 'ENOENT') throw error;
      },
    );
  }
  await symlink(path.join(repositoryRoot, 'node_modules'), path.join(copyDir, 'node_modules'), 'dir');
  return copyDir;
}
