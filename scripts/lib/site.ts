import path from 'node:path';
import { parseSiteEnv } from '../../config/env';

/** 테스트가 읽는 빌드 결과 폴더. `npm test`는 `BASE_URL=/docker-study/`로 빌드한 `build/`를 씁니다. */
export const buildDir = path.resolve(process.env.BUILD_DIR ?? 'build');

/** 빌드할 때와 같은 규칙으로 읽은 사이트 위치 */
export const siteEnv = parseSiteEnv(process.env);
