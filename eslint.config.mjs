// Lint rules, including the architecture's borders: shared/ is pure, only main/electron touches
// Electron, and the renderer reaches data only through the API client.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Bare module names go in `paths` (a pattern would also match folders such as main/electron/).
const nodeBuiltins = ['fs', 'path', 'os', 'crypto', 'child_process', 'http', 'url', 'util', 'stream', 'zlib'];
const restrict = (names, message, patterns = []) => [
  'error',
  { paths: names.map((name) => ({ name, message })), patterns: patterns.length > 0 ? [{ group: patterns, message }] : [] },
];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': restrict(['electron'], 'Only main/electron/ may import electron; the core runs in plain Node.'),
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...nodeBuiltins, 'electron', 'react', 'react-dom', 'slate-react', 'better-sqlite3'],
        'shared/ is pure: no Node built-ins, DOM, React or Electron.',
        ['node:*'],
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': restrict([...nodeBuiltins, 'electron', 'better-sqlite3'], 'The renderer reaches data only through the api client.', ['node:*']),
    },
  },
  { files: ['main/electron/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
  // Slate's CustomTypes name the React and history editor types; type-only, nothing runs.
  { files: ['shared/editor/custom-types.d.ts'], rules: { 'no-restricted-imports': 'off' } },
);
