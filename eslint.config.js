import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';
import { readdirSync } from 'node:fs';

// Boundaries (bulletproof-react's import zones, with ESLint's own no-restricted-imports): a feature
// never imports another feature, and the shared layers below never import a feature or the app.
// Only src/app combines features.
const features = readdirSync('src/features', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const NO_OTHER_FEATURE =
  'A feature never imports another feature: move the shared part down (components, lib, data, view-state) or combine the two in src/app.';
const NO_UPWARD = 'Shared code (lib, components, data, view-state, i18n) never imports a feature or the app.';
const featureZone = (name) => ({
  files: [`src/features/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['@/features/*', `!@/features/${name}`], message: NO_OTHER_FEATURE },
          { group: ['../*', '!../../*'], message: NO_OTHER_FEATURE },
          { group: ['@/app', '@/app/*', '../../app/*'], message: 'Features never import the app.' },
        ],
      },
    ],
  },
});

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', '.tmp', 'screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  jsxA11y.flatConfigs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'jsx-a11y/label-has-associated-control': ['error', { assert: 'either', depth: 3 }],
    },
  },
  ...features.map(featureZone),
  {
    files: ['src/{lib,components,data,view-state,i18n}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['@/features/*', '@/app/*', '**/features/*', '**/app/*'], message: NO_UPWARD }],
        },
      ],
    },
  },
  // Scripts run in Node and hand functions to the browser (Playwright's page.evaluate).
  { files: ['scripts/**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  // Classic scripts the page loads as they are (public/first-screen-view.js).
  { files: ['public/**/*.js'], languageOptions: { sourceType: 'script', globals: globals.browser } },
);
