/** What the unit and integration suites of the backend share. */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleNameMapper: {
    '^@parley/contracts$': '<rootDir>/../libs/contracts/src/index.ts',
    '^@parley/testing$': '<rootDir>/../libs/testing/src/index.ts',
  },
};
