import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Packages and layers that pure shared code must never reach (DESIGN §2). */
const NOT_IN_SHARED = [
  { group: ['electron', 'electron/*'], message: 'src/shared is pure: no Electron.' },
  { group: ['node:*'], message: 'src/shared is pure: no Node built-ins (I/O belongs in src/main).' },
  {
    group: [
      'fs',
      'fs/*',
      'path',
      'os',
      'crypto',
      'child_process',
      'http',
      'https',
      'net',
      'url',
      'util',
      'stream',
      'buffer',
      'worker_threads',
    ],
    message: 'src/shared is pure: no Node built-ins (I/O belongs in src/main).',
  },
  { group: ['better-sqlite3'], message: 'src/shared is pure: the database belongs in src/main.' },
  {
    group: ['docx', 'mammoth', 'jszip'],
    message: 'src/shared is pure: documents are read and written in src/main.',
  },
  {
    group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'antd', 'antd/*', 'lexical', '@lexical/*'],
    message: 'src/shared has no UI.',
  },
  {
    group: ['**/main/**', '**/main', '**/renderer/**', '**/renderer'],
    message: 'src/shared may not import main or renderer.',
  },
];

/** SQL lives in src/main/db/repos only (STYLE.md): statements and SQL text are refused anywhere else in main. */
const SQL_KEYWORDS = '^\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|WITH|CREATE|DROP|ALTER|PRAGMA)\\b';
const SQL_MESSAGE = 'SQL belongs in src/main/db/repos: call a repo function instead.';
const SQL_OUTSIDE_REPOS = [
  {
    selector:
      'CallExpression[callee.property.name=/^(prepare|exec|pragma)$/][arguments.0.type=/^(Literal|TemplateLiteral)$/]',
    message: SQL_MESSAGE,
  },
  { selector: `Literal[value=/${SQL_KEYWORDS}/]`, message: SQL_MESSAGE },
  { selector: `TemplateElement[value.raw=/${SQL_KEYWORDS}/]`, message: SQL_MESSAGE },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: NOT_IN_SHARED }],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'sessionStorage',
          'fetch',
          'process',
          'Buffer',
          'require',
        ].map((name) => ({ name, message: 'src/shared is pure: no DOM or Node globals.' })),
      ],
    },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/main/**', '**/main'],
              message: 'The renderer talks to main only through the API client.',
            },
            {
              group: ['electron', 'electron/*', 'node:*', 'better-sqlite3', 'docx', 'mammoth'],
              message: 'The renderer has no Node or Electron access.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', '**/renderer'], message: 'Main never imports the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/**'],
    ignores: ['src/main/db/**'],
    rules: { 'no-restricted-syntax': ['error', ...SQL_OUTSIDE_REPOS] },
  },
);
