/** Unit tests: one rule at a time, repositories replaced by typed fakes. */
module.exports = {
  ...require('./jest.preset.cjs'),
  displayName: 'backend:unit',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
