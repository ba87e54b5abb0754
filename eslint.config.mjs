// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const officeOnlyInAdapters = {
  name: 'Office',
  message:
    'Office.js is used only in src/shared/office/ (adapters) and the composition roots src/taskpane/index.tsx and src/commands/commands.ts. Add or extend an adapter behind a port in src/shared/ports.ts.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'build/',
      'coverage/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      '.certs/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
      sourceType: 'commonjs',
    },
    rules: { ...tseslint.configs.disableTypeChecked.rules, '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['eslint.config.mjs'], languageOptions: { sourceType: 'module' } },
  {
    files: ['scripts/**', 'workbench/server/**', 'test/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'workbench/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Convention 1: Office stays in the adapters and the two composition roots.
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    ignores: ['src/shared/office/**', 'src/taskpane/index.tsx', 'src/commands/commands.ts'],
    rules: { 'no-restricted-globals': ['error', officeOnlyInAdapters] },
  },
  {
    // React and Fluent only in the task pane.
    files: ['src/shared/**', 'src/commands/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react-dom/*', 'react/*', '@fluentui/*'],
              message: 'React and Fluent UI belong in src/taskpane/ only.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure core: no Office, no browser globals that hide time or I/O.
    files: ['src/shared/domain/**', 'src/shared/storage/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        officeOnlyInAdapters,
        { name: 'localStorage', message: 'Storage goes through a port.' },
        { name: 'fetch', message: 'I/O goes through a port.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time is an input: take `now` as a parameter.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time is an input: take `now` as a parameter.',
        },
        {
          selector: "CallExpression[callee.object.name='DateTime'][callee.property.name='now']",
          message: 'Time is an input: take `now` as a parameter.',
        },
      ],
    },
  },
  prettier,
);
