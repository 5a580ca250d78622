import { Inject, Injectable } from '@nestjs/common';
import { readFile, stat } from 'node:fs/promises';
import { extname, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

export const CONSOLE_DIR = Symbol('CONSOLE_DIR');

/**
 * Where `nx run admin-angular:build` writes the console. Compiled, this file sits in
 * dist/backend/src/modules/console-assets; under ts-jest it is still in backend/src.
 */
export function defaultConsoleDir(): string {
  const distDir = __filename.endsWith('.ts') ? '../../../../dist' : '../../../..';
  return resolve(__dirname, distDir, 'admin-angular', 'browser');
}

export interface ConsoleFile {
  body: Buffer;
  gzipped: Buffer | null;
  type: string;
  /** Angular puts a content hash in every bundle name; those never change, index.html does. */
  immutable: boolean;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt']);
const HASHED = /-[A-Z0-9]{8}\.(js|css)$/;

interface Cached {
  version: string;
  file: Promise<ConsoleFile>;
}

/**
 * The built console's files, read and gzip-compressed once per build. A rebuild is picked up by
 * the next request (the cache is keyed by size and modification time).
 */
@Injectable()
export class ConsoleFiles {
  private readonly cache = new Map<string, Cached>();

  constructor(@Inject(CONSOLE_DIR) private readonly dir: string) {}

  /** A file of the build, or null when there is none at that path (or it points outside). */
  async find(path: string): Promise<ConsoleFile | null> {
    const full = resolve(this.dir, path);
    const inside = relative(this.dir, full);
    if (inside === '' || inside.startsWith('..') || inside.startsWith(sep)) return null;
    const stats = await stat(full).catch(() => null);
    if (!stats?.isFile()) return null;
    const version = `${stats.size}:${stats.mtimeMs}`;
    const cached = this.cache.get(full);
    if (cached?.version === version) return cached.file;
    const file = this.read(full);
    this.cache.set(full, { version, file });
    // A failed read must not stick: the next request tries again.
    file.catch(() => this.cache.delete(full));
    return file;
  }

  /** Whether a path names a file (has an extension) rather than a console route. */
  static looksLikeFile(path: string): boolean {
    return extname(path) !== '';
  }

  private async read(full: string): Promise<ConsoleFile> {
    const body = await readFile(full);
    const extension = extname(full);
    return {
      body,
      gzipped: COMPRESSIBLE.has(extension) ? await promisify(gzip)(body) : null,
      type: TYPES[extension] ?? 'application/octet-stream',
      immutable: HASHED.test(full),
    };
  }
}
