import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/** The Node flags before the script in `node <flags> dist/backend/src/main.js`. */
function serveFlags(): string[] {
  const project = JSON.parse(readFileSync(join(root, 'backend', 'project.json'), 'utf8')) as { targets: { serve: { command: string } } };
  return project.targets.serve.command.split(' ').filter((word) => word.startsWith('--'));
}

describe('runtime flags', () => {
  // The export's memory figures (docs/analytics.md) hold for these heap limits: `npm start` and the
  // image must run the server with the same ones, and bench:analytics reads them from the serve target.
  it('are the same for npm start and the docker image', () => {
    const dockerfile = readFileSync(join(root, 'docker', 'backend.Dockerfile'), 'utf8');
    const nodeOptions = /^ENV NODE_OPTIONS="([^"]*)"$/m.exec(dockerfile)?.[1];
    expect(serveFlags()).toEqual(expect.arrayContaining([expect.stringMatching(/^--max-old-space-size=\d+$/), expect.stringMatching(/^--max-semi-space-size=\d+$/)]));
    expect(nodeOptions?.split(' ')).toEqual(serveFlags());
  });
});
