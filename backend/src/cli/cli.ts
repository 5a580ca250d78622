import 'reflect-metadata';
import { ConfigError } from '../config/config.error';
import { createAdminCommand } from './create-admin.command';
import { decryptSampleCommand } from './decrypt-sample.command';
import { encryptExistingCommand } from './encrypt-existing.command';
import { importKnowledgeCommand } from './import-knowledge.command';
import { keysCommand } from './keys.command';
import { migrateCommand } from './migrate.command';
import { rotateKeyCommand } from './rotate-key.command';
import type { CliCommand } from './cli-command';

const COMMANDS: readonly CliCommand[] = [
  migrateCommand,
  createAdminCommand,
  keysCommand,
  encryptExistingCommand,
  rotateKeyCommand,
  decryptSampleCommand,
  importKnowledgeCommand,
];

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return ['Usage: parley <command> [options]', '', 'Commands:', ...lines, '', 'Run `parley <command> --help` for its options.'].join('\n');
}

/** The operator CLI: `parley <command>`. Returns the process exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    console.error(usage());
    return 1;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${usage()}`);
    return 1;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : `parley ${name} failed: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then((code) => process.exit(code));
}
