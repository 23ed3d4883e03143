// ESLint flat config (ESLint 9).
//
// - TypeScript: typescript-eslint's recommended rules with type information.
// - Office.js: the rules of eslint-plugin-office-addins (load before read, sync after load,
//   no sync in loops, isNullObject). Its own presets bundle a second typescript-eslint and turn
//   Prettier into lint errors, so its rules are used directly instead.
// - React: hooks rules and jsx-a11y on the task pane and the preview.
// Formatting is Prettier's job (`npm run prettier`), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const TS = ['**/*.ts', '**/*.tsx'];

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'test-output/**', 'examples/**', 'coverage/**'],
  },
  js.configs.recommended,
  {
    // Chinese text may hold the ideographic space (U+3000) in strings and templates.
    rules: {
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipComments: true }],
    },
  },

  // TypeScript everywhere, type-aware.
  ...tseslint.configs.recommendedTypeChecked.map((config) => ({ ...config, files: TS })),
  {
    files: TS,
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // An async method that implements a Promise-returning interface without awaiting is fine
      // (adapters and fakes do it); floating and misused promises stay errors.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },

  // Office.js usage in the add-in's code.
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },

  // React UI: hooks and accessibility.
  {
    files: ['src/**/*.tsx', 'tests/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
    languageOptions: {
      ...jsxA11y.flatConfigs.recommended.languageOptions,
      globals: { ...globals.browser },
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'tests/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },

  // Tests: `expect(mock.method)` reads a method unbound, and Jest's asymmetric matchers
  // (expect.any, expect.stringMatching …) are typed `any` by @types/jest.
  {
    files: ['tests/**/*.ts', 'tests/**/*.tsx'],
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },

  // Plain JavaScript: Node scripts and configs (CommonJS), no type information.
  {
    files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module', globals: { ...globals.node } },
  },

  // The inline webview gate runs in Internet Explorer 11: an ES5 browser script.
  {
    files: ['src/web/webviewGate.js'],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: 'script',
      globals: { ...globals.browser },
    },
    rules: {
      'no-var': 'off',
      'no-new-func': 'off',
      'no-new': 'off',
    },
  },
);
