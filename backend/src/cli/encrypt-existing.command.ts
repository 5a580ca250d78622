import type { CliCommand } from './cli-command';
import { takeFlags, withEncryption } from './encryption-context';
import { parseOptions } from './options';
import { Progress, createProgress } from './progress';

export const encryptExistingCommand: CliCommand = {
  name: 'encrypt-existing',
  summary: 'Encrypt every field still stored in plaintext',
  help: [
    'Usage: parley encrypt-existing [--dry-run]',
    '',
    'Encrypts message texts and metadata, visitor meta and AI answers written before encryption was',
    'enabled (or imported), under the active master key, in batches of ENCRYPTION_BATCH_SIZE.',
    'The desk may keep running. --dry-run only counts the plaintext rows per table.',
  ].join('\n'),
  async run(args) {
    const { rest, set } = takeFlags(args, ['dry-run']);
    parseOptions(rest, []);
    return withEncryption(async ({ encryption, config }) => {
      // One bar per table: the counts of each are known before its first batch.
      let current: { table: string; progress: Progress } | undefined;
      const report = await encryption.cleanupPlaintext(null, set.has('dry-run'), config.encryption.batchSize, (table, done, total) => {
        if (current?.table !== table) {
          current?.progress.finish();
          current = { table, progress: createProgress(`encrypting ${table}`) };
        }
        current.progress.update(done, total);
      });
      current?.progress.finish();
      for (const table of report.tables) {
        const done = report.dryRun ? '' : `, encrypted ${table.encrypted}, unreadable ${table.unreadable}`;
        process.stdout.write(`${table.table}: plaintext rows ${table.plaintextRows}${done}\n`);
      }
      return 0;
    });
  },
};
