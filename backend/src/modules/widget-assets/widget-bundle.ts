import { Inject, Injectable } from '@nestjs/common';
import { AppException } from '../../common/errors/app.exception';
import { BuiltFile, BuiltFiles, distPath } from '../../common/http/built-files';

export const WIDGET_BUNDLE_FILE = Symbol('WIDGET_BUNDLE_FILE');

/** Where `nx run widget-lit:build` writes the widget. */
export function defaultWidgetBundleFile(): string {
  return distPath('widget', 'support-chat.js');
}

export type WidgetAsset = BuiltFile;

/** The built widget, read and compressed once per build (a rebuild is picked up without a restart). */
@Injectable()
export class WidgetBundle {
  private readonly files = new BuiltFiles();

  constructor(@Inject(WIDGET_BUNDLE_FILE) private readonly file: string) {}

  async get(): Promise<WidgetAsset> {
    const asset = await this.files.read(this.file);
    if (!asset) throw new AppException('NOT_FOUND', 'The widget is not built: run `npx nx run widget-lit:build` (npm start does)');
    return asset;
  }
}
