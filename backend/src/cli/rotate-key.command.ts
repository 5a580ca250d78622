import type { CliCommand } from './cli-command';
import { takeFlags, withEncryption } from './encryption-context';
import { parseOptions } from './options';
import { createProgress } from './progress';

export const rotateKeyCommand: CliCommand = {
  name: 'rotate-key',
  summary: 'Re-wrap every data key under another master key (and optionally re-encrypt all rows)',
  help: [
    'Usage: parley rotate-key --to <keyId> [--rewrite-data]',
    '',
    'MASTER_KEYS must hold both the old key(s) and <keyId>. Every data key is re-wrapped under <keyId>;',
    'with --rewrite-data every field is also re-encrypted under a fresh data key, in batches whose',
    'position is saved with each batch: if the command is interrupted, running it again (or starting',
    'the server) resumes where it stopped. Afterwards set ACTIVE_MASTER_KEY_ID=<keyId> everywhere and',
    'remove the old key from MASTER_KEYS.',
  ].join('\n'),
  async run(args) {
    const { rest, set } = takeFlags(args, ['rewrite-data']);
    const { to } = parseOptions(rest, ['to']);
    if (!to) throw new Error('--to <keyId> is required (see --help)');
    return withEncryption(async ({ reencryption }) => {
      const progress = createProgress('re-encrypting');
      const onProgress = (job: { rowsDone: number; rowsTotal: number }): void => progress.update(job.rowsDone, job.rowsTotal);
      const interrupted = await reencryption.resumeInterrupted(onProgress);
      const jobs = interrupted.length > 0 ? interrupted : [await reencryption.start(null, set.has('rewrite-data'), onProgress)];
      if (interrupted.length > 0) process.stdout.write(`resuming interrupted job ${interrupted.map((job) => job.id).join(', ')}\n`);
      let failed = false;
      for (const job of jobs) {
        const finished = await reencryption.run(job.id, onProgress);
        progress.finish();
        process.stdout.write(`job ${job.id}: ${finished?.status ?? 'unknown'}, ${finished?.keysRewrapped ?? 0} data keys re-wrapped, ${finished?.rowsDone ?? 0} rows re-encrypted\n`);
        if (finished?.status !== 'succeeded') failed = true;
        if (finished?.error) process.stderr.write(`${finished.error}\n`);
      }
      return failed ? 1 : 0;
    }, to);
  },
};
