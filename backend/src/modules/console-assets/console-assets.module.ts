import { Module } from '@nestjs/common';
import { ConsoleAssetsController } from './console-assets.controller';
import { CONSOLE_DIR, ConsoleFiles, defaultConsoleDir } from './console-files';

/** Serves the built Angular console at /console/. */
@Module({
  controllers: [ConsoleAssetsController],
  providers: [ConsoleFiles, { provide: CONSOLE_DIR, useFactory: defaultConsoleDir }],
})
export class ConsoleAssetsModule {}
