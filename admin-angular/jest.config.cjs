/** Component and service tests: Angular's TestBed in jsdom, HTTP through HttpTestingController. */
module.exports = {
  displayName: 'admin-angular',
  rootDir: __dirname,
  preset: 'jest-preset-angular',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: { '^@parley/contracts$': '<rootDir>/../libs/contracts/src/index.ts' },
  transform: {
    '^.+\\.(ts|mjs|js|html)$': ['jest-preset-angular', { tsconfig: '<rootDir>/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' }],
  },
  transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$|@swimlane|d3-|internmap|marked)'],
};
