// ESLint with type information (typescript-eslint): `npm run lint` (`npm run lint -- --fix` repairs layout).
// Base: recommended-type-checked, with the few choices below. The layout block at the end is the format
// check: it states the tree's existing layout (0 changes when it was added), so no whole-tree reformat.
import js from '@eslint/js';
import stylistic from '@stylistic/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// engine/, text/ and rules/ run on any JavaScript platform (tsconfig.core.json has no Node types): the
// Node layer (node/, cli/, lsp/, docx/) registers what needs files or processes.
const PLATFORM_FREE = {
  regex: '^(node:.*|fs|path|os|worker_threads|child_process|vscode.*)$|(^|/)(node|cli|lsp|docx|formatters)(/.*)?$',
  message: 'engine/, text/ and rules/ are platform-free: no Node modules, no Node-layer imports (inject them instead).',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', '.cache/', 'test/e2e/screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // node:test's describe/it return promises that the runner itself awaits.
      '@typescript-eslint/no-floating-promises': ['error', {
        allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite'] }],
      }],
      // A proofreader matches control characters on purpose (NUL, the ASCII range).
      'no-control-regex': 'off',
      // `_name` marks a parameter that an interface requires but this implementation does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Tests, benchmarks and tools read JSON output and page state (JSON.parse, page.evaluate) and
    // assert on its shape; typing each of those reads would add noise, not safety. The product code
    // (client/src, server/src) keeps the no-unsafe-* rules.
    files: ['test/**', 'bench/**', 'tools/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // text/ holds plain text helpers; the engine builds on them, never the other way round.
    files: ['server/src/text/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/engine', '**/engine/**'], message: 'text/ must not import the engine; put shared types in text/ (e.g. script-names.ts).' },
        PLATFORM_FREE,
      ] }],
    },
  },
  {
    // Rules see the engine only through its leaf types module (engine/types.ts).
    files: ['server/src/rules/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { regex: '(^|/)engine(/(?!types$).*)?$', message: 'rules/ may import only engine/types from the engine.' },
        PLATFORM_FREE,
      ] }],
    },
  },
  {
    // The engine takes the rule list as an argument; only its entry (engine/index.ts) wires in the registry.
    files: ['server/src/engine/**'],
    ignores: ['server/src/engine/index.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/rules', '**/rules/**'], message: 'engine modules take the rules as an argument; only engine/index.ts imports the registry.' },
        PLATFORM_FREE,
      ] }],
    },
  },
  {
    // Formatters own their input type (formatters/types.ts); the CLI builds it, never the other way round.
    files: ['server/src/formatters/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/cli', '**/cli/**'], message: 'formatters/ must not import the CLI; their input types live in formatters/types.ts.' }] }],
    },
  },
  {
    // Layout: what .editorconfig says, and the tree's own habits. All of these fix themselves with --fix.
    plugins: { '@stylistic': stylistic },
    rules: {
      '@stylistic/linebreak-style': ['error', 'unix'],
      '@stylistic/eol-last': 'error',
      '@stylistic/no-trailing-spaces': 'error',
      '@stylistic/no-tabs': 'error',
      '@stylistic/no-multiple-empty-lines': ['error', { max: 2, maxEOF: 0, maxBOF: 0 }],
      '@stylistic/indent': ['error', 2, { offsetTernaryExpressions: true }],
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      '@stylistic/semi': ['error', 'always'],
      '@stylistic/member-delimiter-style': 'error',
      '@stylistic/comma-dangle': ['error', 'always-multiline'],
      '@stylistic/comma-spacing': 'error',
      '@stylistic/key-spacing': 'error',
      '@stylistic/keyword-spacing': 'error',
      '@stylistic/space-infix-ops': 'error',
      '@stylistic/space-before-blocks': 'error',
      '@stylistic/type-annotation-spacing': 'error',
      '@stylistic/object-curly-spacing': ['error', 'always'],
      '@stylistic/arrow-parens': ['error', 'always'],
      '@stylistic/brace-style': ['error', '1tbs', { allowSingleLine: true }],
    },
  },
  {
    // The typo table is tab-separated text inside a template literal.
    files: ['server/src/text/typos.ts'],
    rules: { '@stylistic/no-tabs': 'off' },
  },
  {
    files: ['**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },
);
