import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'build/',
      '**/.docusaurus/',
      'node_modules/',
      'versioned_docs/',
      'screenshots/',
      'test-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // 나머지 속성만 넘길 때 빼낼 속성을 이름으로 받습니다(`const { line, ...rest } = props`).
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.tsx', 'plugins/**/*.tsx'],
    ...react.configs.flat.recommended,
    ...react.configs.flat['jsx-runtime'],
    settings: { react: { version: 'detect' } },
  },
  {
    files: ['src/**/*.tsx', 'plugins/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react/no-danger': 'error',
    },
  },
  {
    // 배포(deploy.yml의 make-pdf), 스크립트, 플러그인, 사이트 코드는 테스트를 불러오지 않습니다. 테스트와 함께 쓰는 것
    // (빌드 서빙, PDF 책갈피, 빌드 경로, 콘텐츠 규칙)은 scripts/lib/에 두고 양쪽이 그것을 불러옵니다.
    files: ['**/*.{ts,tsx,mts,mjs,cts,cjs}'],
    ignores: ['tests/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)tests/',
              message:
                'tests/ 밖의 파일은 tests/를 불러오지 않습니다. 테스트와 함께 쓰는 코드는 scripts/lib/<이름>.ts로 옮기고 양쪽에서 불러오세요.',
            },
          ],
        },
      ],
    },
  },
);
