import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/*.generated.js', 'dist/**', 'node_modules/**', 'lib/**', 'coverage/**', '.cache/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Engines never touch the Actions runtime: the CLI, the actions and the tests share them.
    files: ['src/checks/**/*.ts', 'src/report/**/*.ts', 'src/tools/**/*.ts', 'src/settings/**/*.ts', 'src/images/**/*.ts', 'src/deploy/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['@actions/*'], message: 'Only src/github and src/actions may import @actions/*.' }] }],
    },
  },
);
