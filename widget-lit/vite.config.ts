import { resolve } from 'node:path';
import { defineConfig, transformWithEsbuild, type Plugin } from 'vite';
import { litWithoutGlobals, minifyCssLiterals, socketTransports } from './build/bundle-plugins';

// Vite replaces __dirname with this file's folder when it loads the config.
const root = __dirname;

/**
 * Library mode: one self-registering ES module, `dist/widget/support-chat.js`, that any page loads
 * with a module script tag. Everything (Lit, socket.io-client, the contracts' constants) is inlined.
 */
export default defineConfig({
  root,
  resolve: {
    alias: {
      '@parley/contracts': resolve(root, '../libs/contracts/src/index.ts'),
      // JSON-only, wire-compatible packet parser: see src/core/socket-parser.ts.
      'socket.io-parser': resolve(root, 'src/core/socket-parser.ts'),
    },
  },
  plugins: [socketTransports(), litWithoutGlobals(), minifyCssLiterals(), minifyFully()],
  build: {
    outDir: resolve(root, '../dist/widget'),
    emptyOutDir: true,
    target: 'es2021',
    // Full minification happens in minifyFully(); Vite's own keeps whitespace in ES libraries.
    minify: false,
    sourcemap: false,
    reportCompressedSize: false,
    lib: {
      entry: resolve(root, 'src/index.ts'),
      formats: ['es'],
      fileName: () => 'support-chat.js',
    },
  },
});

/**
 * Vite keeps whitespace in ES-format libraries (so that `@__PURE__` annotations survive for a
 * consumer's bundler); this file goes to browsers as it is, so every byte counts against the budget.
 */
function minifyFully(): Plugin {
  return {
    name: 'parley:minify-fully',
    apply: 'build',
    // After every renderChunk hook: Vite's own transpile step would print the code out again.
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const result = await transformWithEsbuild(chunk.code, chunk.fileName, {
          minify: true,
          format: 'esm',
          target: 'es2021',
          legalComments: 'none',
          // Keep non-ASCII text (the Arabic and Spanish strings) as UTF-8, not \u escapes.
          charset: 'utf8',
        });
        chunk.code = result.code;
      }
    },
  };
}
