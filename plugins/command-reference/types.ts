/**
 * 명령어 사전(`/docs/commands`, `/docs/2025.02/commands`)이 빌드 때 받는 데이터의 모양.
 * `plugins/command-reference`가 판마다 만들고, 그 판의 `commands.mdx`가 불러 `src/components/CommandReference`에 넘깁니다.
 */

/** 명령을 쓰거나 설명하는 절 하나 */
export interface CommandSectionLink {
  /** baseUrl과 `#앵커`를 포함한 주소 */
  readonly href: string;
  readonly docTitle: string;
  /** 절 제목. 문서 첫 제목 앞이면 `null` */
  readonly heading: string | null;
}

/** 시리즈에서 쓴 플래그 하나와 그 뜻, 그 판에서 처음 쓴 절 */
export interface CommandFlagNote {
  /** `-p, --publish` */
  readonly flag: string;
  /** 한 줄 뜻(`src/data/commands.ts`의 `flagMeanings`). 적지 않았으면 `null` */
  readonly meaning: string | null;
  /** 그 판의 장에서 이 명령과 함께 이 플래그를 처음 쓴 절 */
  readonly firstUse: CommandSectionLink | null;
}

export interface CommandReferenceEntry {
  /** 페이지 안의 앵커(`container-run`) */
  readonly id: string;
  /** `docker container run`처럼 `docker`부터 쓴 이름 */
  readonly command: string;
  /** 같은 명령의 다른 이름(`docker run`) */
  readonly otherNames: readonly string[];
  readonly usage: string;
  /** 플러그인 명령 usage 줄의 출처. CLI 참조에서 온 것은 `null` */
  readonly usageSource: string | null;
  readonly summary: string;
  /** 시리즈가 이 명령과 함께 쓰는 플래그(`-p, --publish`) */
  readonly flags: readonly string[];
  /** `flags`와 같은 순서로, 플래그마다 뜻과 처음 쓴 절 */
  readonly flagNotes: readonly CommandFlagNote[];
  readonly sections: readonly CommandSectionLink[];
}

export interface CommandReferenceCategory {
  readonly id: string;
  readonly label: string;
  readonly description: string;
  readonly entries: readonly CommandReferenceEntry[];
}

export interface CommandReferenceData {
  /** 문서 버전 이름(`current`, `2025.02`) */
  readonly version: string;
  /** 참조를 만든 docker CLI 버전 */
  readonly dockerVersion: string;
  readonly categories: readonly CommandReferenceCategory[];
}
