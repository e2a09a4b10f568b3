import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      '.scratch/**',
      'dist/**',
      'public/data/**',
      'public/glyphs/**',
      'node_modules/**',
      'test/output/**',
      'dist-public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // One import style: relative imports name the emitted file (`./x.js`), as Node's ESM resolution requires.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^\\.{1,2}\\/(?!.*\\.(js|mjs|json|css)(\\?.*)?$)/]',
          message: 'Relative imports end in .js (one import style; see README, Code style).',
        },
        {
          selector: 'ExportNamedDeclaration[source.value=/^\\.{1,2}\\/(?!.*\\.(js|mjs|json|css)(\\?.*)?$)/]',
          message: 'Relative imports end in .js (one import style; see README, Code style).',
        },
      ],
    },
  },
  {
    // analysis/ is the pure core: no React, no MapLibre, no DOM-bound modules.
    files: ['src/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-dom', 'maplibre-gl', '*/ui/*', '*/map/*', '*/state/*'] },
      ],
    },
  },
);
