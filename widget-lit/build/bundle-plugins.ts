import { dirname, join } from 'node:path';
import { transformWithEsbuild, type Plugin } from 'vite';

const TRANSPORTS_ID = '\0parley:engine-transports';

/**
 * engine.io-client registers every transport it has (long-polling, WebSocket, WebTransport) in one
 * module its Socket imports, so bundlers cannot drop the unused ones. The desk speaks WebSocket and,
 * as a fallback for networks that block it, long-polling; WebTransport would cost ~1 KB gzip for a
 * transport the server does not offer.
 */
export function socketTransports(): Plugin {
  let engineDir: string | undefined;
  return {
    name: 'parley:socket-transports',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== './transports/index.js' || !importer?.replace(/\\/g, '/').endsWith('engine.io-client/build/esm/socket.js')) return null;
      engineDir = dirname(importer);
      return TRANSPORTS_ID;
    },
    load(id) {
      if (id !== TRANSPORTS_ID || !engineDir) return null;
      const transport = (file: string) => JSON.stringify(join(engineDir as string, 'transports', file));
      return [
        `import { WS } from ${transport('websocket.js')};`,
        `import { XHR } from ${transport('polling-xhr.js')};`,
        'export const transports = { websocket: WS, polling: XHR };',
      ].join('\n');
    },
    buildEnd(error) {
      // An engine.io-client upgrade that moved the module must not silently bring WebTransport back.
      if (!error && !engineDir) this.error('engine.io-client no longer imports ./transports/index.js: update socketTransports()');
    },
  };
}

const VERSION_PUSH = /\(\w+\.(?:litHtml|litElement|reactiveElement)Versions\?\?=\[\]\)\.push\("[^"]*"\)/;
const METADATA_GLOBAL = /\w+\.litPropertyMetadata\?\?=new WeakMap/;
const LIT_MODULE = /\/(lit-html\/lit-html|lit-element\/lit-element|@lit\/reactive-element\/reactive-element)\.js$/;

/**
 * Lit records its versions on `window` (litHtmlVersions, litElementVersions, reactiveElementVersions)
 * and keeps decorator metadata in a `window.litPropertyMetadata` map. The widget promises host pages
 * no globals, and uses no decorators, so both become module-local. The patterns are checked: a Lit
 * upgrade that changes them fails the build instead of leaking globals again.
 */
export function litWithoutGlobals(): Plugin {
  const patched = new Set<string>();
  return {
    name: 'parley:lit-without-globals',
    transform(code, id) {
      const match = LIT_MODULE.exec(id.replace(/\\/g, '/'));
      if (!match) return null;
      if (!VERSION_PUSH.test(code)) this.error(`${match[1]}: Lit's version registration changed; update litWithoutGlobals()`);
      let result = code.replace(VERSION_PUSH, '0');
      if (match[1].endsWith('reactive-element')) {
        if (!METADATA_GLOBAL.test(result)) this.error("reactive-element: Lit's metadata global changed; update litWithoutGlobals()");
        result = `const litPropertyMetadata=new WeakMap;${result.replace(METADATA_GLOBAL, '0')}`;
      }
      patched.add(match[1]);
      return { code: result, map: null };
    },
    buildEnd(error) {
      if (!error && patched.size !== 3) this.error(`litWithoutGlobals() patched ${[...patched].join(', ')}; expected three Lit modules`);
    },
  };
}

const CSS_LITERAL = /\bcss`([^`]*)`/g;

/** Minifies the static CSS of `css` tagged templates in *.styles.ts files with esbuild's CSS minifier. */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'parley:minify-css-literals',
    apply: 'build',
    async transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const literals = [...code.matchAll(CSS_LITERAL)];
      let result = code;
      for (const [whole, body] of literals) {
        if (body.includes('${')) this.error(`${id}: interpolations in css\`\` are not minified; use custom properties`);
        const minified = await transformWithEsbuild(body, 'styles.css', { loader: 'css', minify: true, legalComments: 'none' });
        result = result.replace(whole, () => `css\`${minified.code.trim()}\``);
      }
      return { code: result, map: null };
    },
  };
}

