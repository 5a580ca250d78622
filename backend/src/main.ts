import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.setup';
import { describeDatabase, loadConfig } from './config/app-config';
import { exitOnStartupError } from './startup-error';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  new Logger('Parley').log(
    `Listening on ${config.tls.certFile ? 'https' : 'http'}://${shown}:${config.port} (console at /console/, API docs at /docs) with ${describeDatabase(config.database)}`,
  );
}

main().catch(exitOnStartupError);
