/**
 * 검색 색인을 불러오지 못했을 때의 한 줄. 색인은 빌드할 때(`postBuild`) 만들어지므로 개발 서버(`npm start`)에는 없습니다.
 * 그때는 다시 시도하라고 하지 않고 빌드한 사이트에서 확인하라고 알립니다. 두 검색 화면(상자, 페이지)이 같은 문구를 씁니다.
 */
export interface IndexErrorMessage {
  readonly id: string;
  readonly message: string;
}

export function indexErrorMessage(isDevelopment: boolean): IndexErrorMessage {
  return isDevelopment
    ? {
        id: 'searchLocalKo.indexError.development',
        message:
          '검색 색인은 빌드할 때 만들어져 개발 서버에는 없습니다. npm run build 뒤 npm run serve에서 검색하세요.',
      }
    : {
        id: 'searchLocalKo.indexError.production',
        message: '검색 색인을 불러오지 못했습니다. 잠시 뒤 다시 시도해 주세요.',
      };
}

/** Docusaurus는 개발 서버의 번들에 `process.env.NODE_ENV`를 `development`로 넣습니다 */
export const isDevelopmentBuild = process.env.NODE_ENV === 'development';
