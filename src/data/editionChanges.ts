import type { ChapterIn } from './chapters';
import type { EditionChange } from './editionChange';
import { changes as concepts } from './edition-changes/01-concepts';
import { changes as containers } from './edition-changes/02-containers';
import { changes as network } from './edition-changes/03-network';
import { changes as workflow } from './edition-changes/04-workflow';
import { changes as commandsAndDockerfile } from './edition-changes/05-commands-and-dockerfile';
import { changes as deepDive } from './edition-changes/06-deep-dive';

/**
 * 두 판에 실린 장마다 초판(2025.02)에서 개정판으로 무엇이 바뀌었는지. 변경 내역 페이지가 이 데이터로 그려집니다.
 * 키는 `src/data/chapters.ts`에서 `editions`에 `'first'`가 든 장이라, 그런 장을 더하고 여기를 빠뜨리면 `npm run typecheck`가
 * 실패합니다. 개정판에만 실린 장(`editions: ['revised']`)은 여기에 적지 않고, 변경 내역 페이지가 "개정판에 새로 실린 장"으로 보여 줍니다.
 */
export const editionChanges: Readonly<Record<ChapterIn<'first'>['id'], readonly EditionChange[]>> = {
  '01-concepts': concepts,
  '02-containers': containers,
  '03-network': network,
  '04-workflow': workflow,
  '05-commands-and-dockerfile': commandsAndDockerfile,
  '06-deep-dive': deepDive,
};
