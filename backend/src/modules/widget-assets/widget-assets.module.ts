import { Module } from '@nestjs/common';
import { WidgetAssetsController } from './widget-assets.controller';
import { WIDGET_BUNDLE_FILE, WidgetBundle, defaultWidgetBundleFile } from './widget-bundle';

/** Serves the built `<support-chat>` widget and a demo page that embeds it. */
@Module({
  controllers: [WidgetAssetsController],
  providers: [WidgetBundle, { provide: WIDGET_BUNDLE_FILE, useFactory: defaultWidgetBundleFile }],
})
export class WidgetAssetsModule {}
