#!/usr/bin/env node
// The operator CLI runs the compiled backend: build it first (npm run build).
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const entry = join(__dirname, '..', '..', 'dist', 'backend', 'src', 'cli', 'cli.js');
if (!existsSync(entry)) {
  console.error('The backend is not built yet: run `npm run build` (or `npm start`) first.');
  process.exit(1);
}
require(entry)
  .runCli(process.argv.slice(2))
  .then((code) => process.exit(code));
