import nx from '@nx/eslint-plugin';

/**
 * Apps talk to each other only through the shared contracts and the network; `forTests` are the
 * extra tags that test code of the apps may use.
 */
function moduleBoundaries(forTests) {
  const app = ['scope:shared', ...forTests];
  return [
    'error',
    {
      enforceBuildableLibDependency: true,
      allow: [],
      depConstraints: [
        { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
        { sourceTag: 'scope:testing', onlyDependOnLibsWithTags: ['scope:shared'] },
        { sourceTag: 'scope:backend', onlyDependOnLibsWithTags: app },
        { sourceTag: 'scope:admin', onlyDependOnLibsWithTags: app },
        { sourceTag: 'scope:widget', onlyDependOnLibsWithTags: app },
        { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:shared', 'scope:testing'] },
      ],
    },
  ];
}

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/node_modules', '**/coverage', 'backend/migrations', 'tmp', '.nx'],
  },
  {
    files: ['**/*.ts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries([]) },
  },
  {
    // Tests may also use the shared test helpers; application code may not.
    files: ['backend/test/**/*.ts', 'widget-lit/test/**/*.ts', 'widget-lit/src/**/*.test.ts'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries(['scope:testing']) },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
];
