import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * The layers of `src/`, lowest first: a folder may import its own files and the folders listed before it, never
 * one listed after it (README, Architecture; ../shared/STYLE.md). `session` and `state` are siblings with one
 * direction: session drives the store, the store knows nothing of the session.
 */
const LAYERS = ['domain', 'analysis', 'data', 'worker', 'state', 'session', 'map', 'ui'];
const LAYER_LINE = 'domain ← analysis ← data ← worker ← session and state ← map ← ui; public and scripts are leaves';

/** Packages that need a DOM, React or a WebGL map: kept out of the pure and headless layers. */
const REACT = { regex: '^(react|react-dom|preact|@testing-library/react)(/|$)', name: 'React' };
const MAPLIBRE = { regex: '^maplibre-gl(/|$)', name: 'MapLibre' };

/**
 * Folders that must not import one another beyond their layer, and the framework packages each may not use.
 * `public` (the static public map, a second app) sits on top like `ui`, whose search box, translations and
 * attributions it reuses rather than copies (one of each helper); it runs no worker and no analysis session,
 * only precomputed files, so `worker` and `session` stay out of it.
 */
const FOLDERS = [
  { dir: 'domain', above: LAYERS.slice(1), packages: [REACT, MAPLIBRE] },
  { dir: 'analysis', above: LAYERS.slice(2), packages: [REACT, MAPLIBRE] },
  { dir: 'data', above: LAYERS.slice(3), packages: [REACT, MAPLIBRE] },
  { dir: 'worker', above: LAYERS.slice(4), packages: [REACT, MAPLIBRE] },
  { dir: 'state', above: ['session', 'map', 'ui'], packages: [MAPLIBRE] },
  { dir: 'session', above: ['map', 'ui'], packages: [REACT, MAPLIBRE] },
  { dir: 'map', above: ['ui'], packages: [REACT] },
  { dir: 'ui', above: [], packages: [] },
  { dir: 'public', above: ['worker', 'session'], packages: [] },
];

/**
 * A relative specifier that climbs out of the importing file's folder into `name/` (`../ui/x.js`,
 * `../../ui/x.js`). No folder inside a layer is named like a layer, `scripts` or `test`, so every such import
 * that resolves lands in `src/<name>/` or the repository's `<name>/`. `./x.js` inside a folder is never matched.
 */
const climbInto = (name) => `^(\\.\\./)+${name}(/|$)`;

/**
 * `no-restricted-imports` options for one folder. In flat config a later block's option for a rule replaces an
 * earlier one for the same files, so each file gets exactly one combined list: layers above, `public`, the
 * framework packages, and `scripts/` (never from `src/`) and `test/` (only from `*.test.ts(x)`, for the shared
 * fixtures and helpers in `test/support/`).
 */
function restrictedImports(dir, above, packages, isTest) {
  const patterns = above.map((layer) => ({
    regex: climbInto(layer),
    message: `src/${dir} may not import src/${layer} (layers: ${LAYER_LINE}). Move what both need down a layer.`,
  }));
  if (dir !== 'public') {
    patterns.push({
      regex: climbInto('public'),
      message: `Nothing imports src/public (the static public map is a leaf) or the static public/ folder.`,
    });
  }
  for (const p of packages) {
    patterns.push({ regex: p.regex, message: `src/${dir} is ${p.name}-free (layers: ${LAYER_LINE}).` });
  }
  patterns.push({ regex: climbInto('scripts'), message: 'Nothing in src/ imports scripts/ (a leaf).' });
  if (!isTest) {
    patterns.push({
      regex: climbInto('test'),
      message: 'Only *.test.ts(x) files in src/ import test/ (fixtures, test/support/); app code never does.',
    });
  }
  return ['error', { patterns }];
}

const TEST_GLOB = '**/*.test.{ts,tsx}';

/** Two blocks per folder: app code, then its unit tests (which may also import test/). */
const layerBlocks = FOLDERS.flatMap(({ dir, above, packages }) => [
  {
    files: [`src/${dir}/**/*.{ts,tsx}`],
    ignores: [TEST_GLOB],
    rules: { 'no-restricted-imports': restrictedImports(dir, above, packages, false) },
  },
  {
    files: [`src/${dir}/${TEST_GLOB}`],
    rules: { 'no-restricted-imports': restrictedImports(dir, above, packages, true) },
  },
]);

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
      // `const { omitted: _omitted, ...rest } = x` drops a key without a helper: the rest's siblings are not unused.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
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
  // The entry files at the top of src/ (main.tsx) sit above every layer: only the leaves are off limits.
  {
    files: ['src/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\./public(/|$)', message: 'Nothing imports src/public (the static public map is a leaf).' },
            { regex: climbInto('(scripts|test)'), message: 'Nothing in src/ imports scripts/ or test/.' },
          ],
        },
      ],
    },
  },
  ...layerBlocks,
  // scripts/ and test/ are leaves that may import any layer, but the public map's modules are its own: what a
  // build script and the page share (row types, result properties) belongs in src/domain or src/analysis.
  {
    files: ['scripts/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/public(/|$)',
              message: 'Nothing imports src/public (a leaf): move what the build and the page share to src/domain.',
            },
          ],
        },
      ],
    },
  },
);
