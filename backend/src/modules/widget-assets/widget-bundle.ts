import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { AppException } from '../../common/errors/app.exception';

export const WIDGET_BUNDLE_FILE = Symbol('WIDGET_BUNDLE_FILE');

/**
 * Where `nx run widget-lit:build` writes the widget: `dist/widget/support-chat.js`. Compiled, this
 * file sits in dist/backend/src/modules/widget-assets; under ts-jest it is still in backend/src.
 */
export function defaultWidgetBundleFile(): string {
  const distDir = __filename.endsWith('.ts') ? '../../../../dist' : '../../../..';
  return resolve(__dirname, distDir, 'widget', 'support-chat.js');
}

export interface WidgetAsset {
  identity: Buffer;
  gzipped: Buffer;
  /** A content hash; the gzip variant's ETag adds `-gz` (a different representation). */
  hash: string;
}

interface Loaded {
  version: string;
  asset: Promise<WidgetAsset>;
}

/**
 * The built widget, read and gzip-compressed once per build rather than per request. A rebuild
 * (same path, new size or time) is picked up by the next request without a restart.
 */
@Injectable()
export class WidgetBundle {
  private loaded?: Loaded;

  constructor(@Inject(WIDGET_BUNDLE_FILE) private readonly file: string) {}

  async get(): Promise<WidgetAsset> {
    const stats = await stat(this.file).catch(() => null);
    if (!stats?.isFile()) {
      throw new AppException('NOT_FOUND', 'The widget is not built: run `npx nx run widget-lit:build` (npm start does)');
    }
    const version = `${stats.size}:${stats.mtimeMs}`;
    if (this.loaded?.version !== version) {
      const asset = this.read();
      this.loaded = { version, asset };
      // A failed read must not stick: the next request tries again.
      asset.catch(() => {
        if (this.loaded?.asset === asset) this.loaded = undefined;
      });
    }
    return this.loaded.asset;
  }

  private async read(): Promise<WidgetAsset> {
    const identity = await readFile(this.file);
    const gzipped = await promisify(gzip)(identity, { level: 9 });
    const hash = createHash('sha256').update(identity).digest('base64url').slice(0, 22);
    return { identity, gzipped, hash };
  }
}
