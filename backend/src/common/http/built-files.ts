import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

/**
 * A path inside the workspace's dist/ folder, where Nx writes the builds. Compiled, this file sits in
 * dist/backend/src/common/http; under ts-jest it is still in backend/src/common/http.
 */
export function distPath(...parts: string[]): string {
  const distDir = __filename.endsWith('.ts') ? '../../../../dist' : '../../../..';
  return resolve(__dirname, distDir, ...parts);
}

export interface BuiltFile {
  identity: Buffer;
  gzipped: Buffer;
  /** A content hash (22 base64url characters), for ETags. */
  hash: string;
}

interface Cached {
  version: string;
  file: Promise<BuiltFile>;
}

/**
 * Files of a build (the widget, the console) read and gzip-compressed once per build rather than
 * per request. A rebuild (same path, new size or modification time) is picked up by the next
 * request without a restart.
 */
export class BuiltFiles {
  private readonly cache = new Map<string, Cached>();

  /** The file at this absolute path, or null when there is none. */
  async read(path: string): Promise<BuiltFile | null> {
    const stats = await stat(path).catch(() => null);
    if (!stats?.isFile()) return null;
    const version = `${stats.size}:${stats.mtimeMs}`;
    const cached = this.cache.get(path);
    if (cached?.version === version) return cached.file;
    const file = load(path);
    this.cache.set(path, { version, file });
    // A failed read must not stick: the next request tries again.
    file.catch(() => {
      if (this.cache.get(path)?.file === file) this.cache.delete(path);
    });
    return file;
  }
}

async function load(path: string): Promise<BuiltFile> {
  const identity = await readFile(path);
  const gzipped = await promisify(gzip)(identity, { level: 9 });
  const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 22);
  return { identity, gzipped, hash };
}
