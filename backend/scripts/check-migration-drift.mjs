// Fails when the Drizzle schemas in code and the committed migrations disagree: it generates
// migrations into a scratch copy of backend/migrations and expects nothing new.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const committed = join(root, 'backend', 'migrations');
// drizzle-kit only takes an output folder relative to the working directory.
mkdirSync(join(root, 'tmp'), { recursive: true });
const scratch = mkdtempSync(join(root, 'tmp', 'drift-'));
try {
  cpSync(committed, scratch, { recursive: true });
  const before = new Set(readdirSync(scratch));
  const output = execFileSync(join(root, 'node_modules', '.bin', 'drizzle-kit'), ['generate', '--config', 'backend/drizzle.config.ts'], {
    cwd: root,
    env: { ...process.env, DRIZZLE_OUT: `./${relative(root, scratch)}` },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const added = readdirSync(scratch).filter((name) => !before.has(name));
  if (added.length > 0) {
    console.error(`Migration drift: the schema has changes with no committed migration (${added.join(', ')}).`);
    console.error('Run `npm run db:generate -- --name <change>` and commit backend/migrations.');
    process.exitCode = 1;
  } else if (!output.includes('No schema changes')) {
    // drizzle-kit exits 0 even when it fails to read the migrations: require its all-clear.
    console.error(`Migration drift check could not run drizzle-kit generate:\n${output}`);
    process.exitCode = 1;
  } else {
    console.warn('Migrations match the schema.');
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
