import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { boundaries } from './build/lint/boundaries.js';
import { layersPlugin } from './build/lint/layers.js';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench/.data/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  { files: ['scripts/**/*.mjs', 'build/**/*.js', '*.config.{js,ts}'], languageOptions: { globals: globals.node } },
  {
    files: ['app/renderer/**/*.tsx', 'app/renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // Tests may use `!` after an assertion has proved the value exists.
  { files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**/*.ts', 'bench/**/*.ts'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
  // Files stay small enough to read in one sitting: split by step or by area past this.
  { files: ['**/*.ts', '**/*.tsx'], rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] } },
  ...boundaries,
  { files: ['app/core/**/*.ts', 'app/renderer/**/*.{ts,tsx}'], plugins: { layers: layersPlugin }, rules: { 'layers/imports': 'error' } },
);
