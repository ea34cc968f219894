import { editions } from './editions';

/**
 * 판마다 한 권씩 만드는 책(인쇄용 한 페이지와 그 PDF). 플러그인, `npm run pdf`, 내려받기 링크, 테스트가
 * 같은 주소와 파일 이름을 쓰도록 한곳에 둡니다. 플러그인(Node)도 읽으므로 상대 경로로 가져옵니다.
 */
export interface BookEdition {
  /** `src/data/editions.ts`의 키 */
  readonly edition: keyof typeof editions;
  /** Docusaurus 문서 버전 이름 */
  readonly version: string;
  /** 책 페이지의 주소 (baseUrl 제외) */
  readonly routePath: string;
  /** `build/pdf/` 안의 PDF 파일 이름 */
  readonly pdfFile: string;
  /**
   * 여섯 장 앞에 싣는 문서의 파일 이름(확장자 제외), 이 순서대로. 첫째는 시리즈 소개(`index`)입니다.
   * 개정판은 그 뒤에 시작하기(`getting-started`)를 싣고, 초판에는 그런 페이지가 없습니다.
   */
  readonly frontDocs: readonly string[];
}

export const bookEditions = [
  {
    edition: 'revised',
    version: editions.revised.version,
    routePath: '/book',
    pdfFile: 'docker-study-revised.pdf',
    frontDocs: ['index', 'getting-started'],
  },
  {
    edition: 'first',
    version: editions.first.version,
    routePath: '/book/2025.02',
    pdfFile: 'docker-study-2025.02.pdf',
    frontDocs: ['index'],
  },
] as const satisfies readonly BookEdition[];

export type BookEditionKey = (typeof bookEditions)[number]['edition'];

/** PDF가 놓이는 곳: 빌드 폴더 안의 `pdf/`. 사이트와 함께 배포됩니다. */
export const pdfDir = 'pdf';
export const pdfManifestFile = 'manifest.json';

/** `npm run pdf`가 PDF와 함께 쓰는 목록. 내려받기 링크가 크기와 날짜를 여기서 읽습니다. */
export interface PdfManifest {
  readonly files: readonly PdfManifestEntry[];
}

export interface PdfManifestEntry {
  readonly edition: BookEditionKey;
  readonly file: string;
  readonly bytes: number;
  /** 만든 날 (UTC, YYYY-MM-DD) */
  readonly date: string;
}
