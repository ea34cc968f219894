import type { ChapterId } from './chapters';
import type { EditionChange } from './editionChange';
import { changes as concepts } from './edition-changes/01-concepts';
import { changes as containers } from './edition-changes/02-containers';
import { changes as network } from './edition-changes/03-network';
import { changes as workflow } from './edition-changes/04-workflow';
import { changes as commandsAndDockerfile } from './edition-changes/05-commands-and-dockerfile';
import { changes as deepDive } from './edition-changes/06-deep-dive';

/** 장마다 초판(2025.02)에서 개정판으로 무엇이 바뀌었는지. 변경 내역 페이지가 이 데이터로 그려집니다. */
export const editionChanges: Readonly<Record<ChapterId, readonly EditionChange[]>> = {
  '01-concepts': concepts,
  '02-containers': containers,
  '03-network': network,
  '04-workflow': workflow,
  '05-commands-and-dockerfile': commandsAndDockerfile,
  '06-deep-dive': deepDive,
};
