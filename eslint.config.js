// Lint rules. Each folder rule says why it exists: the dependency direction is
// renderer → shared ← electron, and shared/ is pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const noImport = (patterns) => ['error', { patterns }];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'build/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Floating promises lose errors silently: a failed save must never go unnoticed.
      '@typescript-eslint/no-floating-promises': 'error',
      // Type-only imports vanish at build time and keep the folder boundaries honest.
      '@typescript-eslint/consistent-type-imports': 'error',
      // any switches the checker off exactly where hostile input arrives.
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': noImport([
        {
          group: [
            'node:*',
            'fs',
            'path',
            'os',
            'electron',
            'react',
            'react-dom',
            'dexie',
            'dexie-react-hooks',
            'antd',
          ],
          message:
            'shared/ is the pure core: it runs in the renderer, in main and in tests alike, so it may import only zod, docx and itself.',
        },
        {
          group: ['**/renderer/**', '**/electron/**'],
          message:
            'shared/ must not depend on renderer/ or electron/: the direction is renderer → shared ← electron.',
        },
      ]),
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': noImport([
        {
          group: ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'antd'],
          message: 'electron/ is the thin shell: UI and IndexedDB live in the renderer.',
        },
        {
          group: ['**/renderer/**'],
          message: 'electron/ must not import renderer/: share code through shared/.',
        },
      ]),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // This rule guards React Compiler's memoisation, which we do not use; react-hook-form's
      // watch() subscription is the documented way to observe every change for autosave.
      'react-hooks/incompatible-library': 'off',
      'no-restricted-imports': noImport([
        {
          group: ['node:*', 'fs', 'path', 'os', 'electron'],
          message:
            'The renderer is sandboxed: reach the desktop only through renderer/platform.ts (window.desktop).',
        },
        {
          group: ['**/electron/**'],
          message: 'renderer/ must not import electron/: share code through shared/.',
        },
      ]),
    },
  },
  // Config files are plain JavaScript outside every tsconfig: linted without type information.
  { files: ['*.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['test/**/*.{ts,tsx}', '*.config.ts'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
