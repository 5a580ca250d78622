import { Inject, Injectable } from '@nestjs/common';
import { extname, relative, resolve, sep } from 'node:path';
import { BuiltFiles, distPath } from '../../common/http/built-files';

export const CONSOLE_DIR = Symbol('CONSOLE_DIR');

/** Where `nx run admin-angular:build` writes the console. */
export function defaultConsoleDir(): string {
  return distPath('admin-angular', 'browser');
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

/** The built console's files, read and gzip-compressed once per build. */
@Injectable()
export class ConsoleFiles {
  private readonly files = new BuiltFiles();

  constructor(@Inject(CONSOLE_DIR) private readonly dir: string) {}

  /** A file of the build, or null when there is none at that path (or it points outside). */
  async find(path: string): Promise<ConsoleFile | null> {
    const full = resolve(this.dir, path);
    const inside = relative(this.dir, full);
    if (inside === '' || inside.startsWith('..') || inside.startsWith(sep)) return null;
    const file = await this.files.read(full);
    if (!file) return null;
    const extension = extname(full);
    return {
      body: file.identity,
      gzipped: COMPRESSIBLE.has(extension) ? file.gzipped : null,
      type: TYPES[extension] ?? 'application/octet-stream',
      immutable: HASHED.test(full),
    };
  }

  /** Whether a path names a file (has an extension) rather than a console route. */
  static looksLikeFile(path: string): boolean {
    return extname(path) !== '';
  }
}
