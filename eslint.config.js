// One lint setup for the whole repo. The import rules keep services independent:
// a service may import only @bazaar/platform and @bazaar/contracts, never another service.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const betweenServices = {
  group: [
    '@bazaar/*',
    '!@bazaar/platform',
    '!@bazaar/platform/*',
    '!@bazaar/contracts',
    '!@bazaar/contracts/*',
  ],
  message: 'A service imports only @bazaar/platform and @bazaar/contracts, never another service or app.',
};
const outOfPackage = {
  group: ['../../*', '!../../src', '!../../src/*'],
  message: 'Relative imports must stay inside the package; share through @bazaar/contracts instead.',
};

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.data/**',
      '.test-data/**',
      'bench/results/**',
      'deploy/images/.context/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['services/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [betweenServices, outOfPackage] }] },
  },
  {
    // the gateway reads its upstreams from the system declaration
    files: ['apps/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { ...betweenServices, group: [...betweenServices.group, '!@bazaar/system'] },
            outOfPackage,
          ],
        },
      ],
    },
  },
  {
    // the storefront runs in the browser
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // every package's vitest config shares the root's test settings
    files: ['**/vitest.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['packages/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@bazaar/*', '!@bazaar/contracts', '!@bazaar/contracts/*', '!@bazaar/system'],
              message: 'platform depends on nothing but contracts and the system declaration.',
            },
          ],
        },
      ],
    },
  },
);
