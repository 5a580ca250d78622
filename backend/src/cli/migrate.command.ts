import { describeDatabase, loadConfig } from '../config/app-config';
import { openDatabase } from '../database/database.client';
import type { CliCommand } from './cli-command';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Apply the database migrations (the server also does this at start-up)',
  help: [
    'Usage: parley migrate',
    '',
    'Applies every committed migration that the database does not have yet. The database is the',
    'one the server would use: DATABASE_URL when set, otherwise the embedded PGlite in DATA_DIR.',
  ].join('\n'),
  async run() {
    const config = loadConfig();
    const database = await openDatabase(config.database);
    try {
      await database.migrate();
    } finally {
      await database.close();
    }
    process.stdout.write(`Migrations applied to ${describeDatabase(config.database)}\n`);
    return 0;
  },
};
