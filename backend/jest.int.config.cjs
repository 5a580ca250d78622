/** Integration tests: the real application on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set. */
module.exports = {
  ...require('./jest.preset.cjs'),
  displayName: 'backend:int',
  testMatch: ['<rootDir>/src/**/*.int-spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  // Some tests start real server processes; on a busy two-core machine that takes a while.
  testTimeout: 120000,
  maxWorkers: 2,
};
