import type { CliCommand } from './cli-command';
import { takeFlags, withEncryption } from './encryption-context';
import { parseOptions } from './options';

export const decryptSampleCommand: CliCommand = {
  name: 'decrypt-sample',
  summary: 'Decrypt N random rows per table and report what reads',
  help: [
    'Usage: parley decrypt-sample [--n 20] [--show]',
    '',
    'Decrypts up to N random rows of each encrypted table with the configured master keys and prints',
    'per table how many read, how many did not and how many are still plaintext. No content is',
    'printed unless --show is given. Exits with 1 when any row is unreadable.',
  ].join('\n'),
  async run(args) {
    const { rest, set } = takeFlags(args, ['show']);
    const { n } = parseOptions(rest, ['n']);
    const size = Number(n ?? 20);
    if (!Number.isInteger(size) || size < 1 || size > 10000) throw new Error('--n must be a whole number from 1 to 10000');
    return withEncryption(async ({ encryption }) => {
      const reports = await encryption.decryptSample(size, set.has('show'));
      for (const report of reports) {
        const verdict = report.unreadable === 0 ? 'ok' : 'FAILED';
        process.stdout.write(`${report.table}: ${verdict} (${report.readable}/${report.checked} readable, ${report.unreadable} unreadable, ${report.plaintext} plaintext)\n`);
        for (const sample of report.samples ?? []) process.stdout.write(`  ${sample.id} ${JSON.stringify(sample.values)}\n`);
      }
      return reports.some((report) => report.unreadable > 0) ? 1 : 0;
    });
  },
};
