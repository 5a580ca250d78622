import { randomBytes } from 'node:crypto';
import type { CliCommand } from './cli-command';

export const keysCommand: CliCommand = {
  name: 'keys',
  summary: 'keys generate: print a new random master key (64 hex characters)',
  help: [
    'Usage: parley keys generate',
    '',
    'Prints a new 256-bit master key as 64 hexadecimal characters, for MASTER_KEY or one entry of',
    'MASTER_KEYS (id:hex,id:hex). Nothing is stored: keep it in your secret manager.',
  ].join('\n'),
  async run(args) {
    if (args.length !== 1 || args[0] !== 'generate') throw new Error('the only subcommand is `keys generate` (see --help)');
    process.stdout.write(`${randomBytes(32).toString('hex')}\n`);
    return 0;
  },
};
