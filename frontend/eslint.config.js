import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = [
  'accounts',
  'profiles',
  'forum',
  'search',
  'mentoring',
  'notifications',
  'moderation',
  'insights',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'target',
      'dist',
      'test-results',
      'playwright-report',
      'e2e/.artifacts',
      // Generated from the OpenAPI document (scripts/api-types.mjs).
      'src/lib/api-types.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.strict,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: { 'import-x/resolver': { typescript: true } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      // The browser's own dialogs are not translated, not styled and hard to use: use FormDialog.
      'no-alert': 'error',
      'no-restricted-globals': [
        'error',
        { name: 'alert', message: 'Use FormDialog (components/ui/form-dialog).' },
        { name: 'confirm', message: 'Use FormDialog (components/ui/form-dialog).' },
        { name: 'prompt', message: 'Use FormDialog (components/ui/form-dialog).' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Shared code must not depend on features; features must not depend on each other.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((f) => ({
              target: `./src/features/${f}`,
              from: './src/features',
              except: [`./${f}`],
              message:
                'Features do not import each other; lift shared code into src/lib or src/components.',
            })),
            { target: ['./src/lib', './src/components'], from: ['./src/features', './src/app'] },
            { target: './src/features', from: './src/app' },
          ],
        },
      ],
    },
  },
  {
    // Schemas take `z` from lib/forms/zod.ts, which makes zod jitless before any schema exists
    // (our CSP forbids the `new Function` zod would otherwise probe for).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/lib/forms/zod.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'zod',
              message: "Import { z } from '@/lib/forms/zod' (jitless, for our CSP).",
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    // Playwright fixtures call their own `use`, which is not React's.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
