import js from '@eslint/js';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports flow one way: iam ← mocks; api → features → app. The zones below make a wrong
 * import a lint error rather than a review comment.
 */
const layerZones = [
  { target: './src/iam', from: ['./src/mocks', './src/api', './src/features', './src/app', './src/components', './src/stores'], message: 'The engine is pure: it imports nothing above it.' },
  { target: './src/mocks', from: ['./src/api', './src/features', './src/app', './src/components', './src/stores'], message: 'The mock IAM knows nothing of the console.' },
  { target: './src/api', from: ['./src/mocks', './src/features', './src/app', './src/components'], message: 'The API layer talks to IAM only through the SDK.' },
  { target: './src/features', from: ['./src/mocks', './src/app'], message: 'Features reach IAM through src/api.' },
  { target: './src/components', from: ['./src/mocks', './src/features', './src/app'], message: 'Shared components know no feature.' },
  { target: './src/features/groups', from: ['./src/features/users', './src/features/policies', './src/features/sandbox'], message: 'Features do not import each other.' },
  { target: './src/features/users', from: ['./src/features/groups', './src/features/policies', './src/features/sandbox'], message: 'Features do not import each other.' },
  { target: './src/features/policies', from: ['./src/features/groups', './src/features/users', './src/features/sandbox'], message: 'Features do not import each other.' },
  { target: './src/features/sandbox', from: ['./src/features/groups', './src/features/users', './src/features/policies'], message: 'Features do not import each other.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public', 'src/generated', 'test-results', 'playwright-report', 'demo-output'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures call a `use` callback that is not React's hook.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
