/**
 * `cem analyze` (run by the build) documents the public element from its JSDoc into
 * custom-elements.json. The nested elements are marked @internal and left out.
 */
export default {
  globs: ['src/**/*.component.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
