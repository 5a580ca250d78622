// The application under benchmark, in a process of its own so that its memory is measured apart
// from the client's. Started by analytics.bench.mjs with the database URL in BENCH_APP_DATABASE_URL;
// it answers over IPC: { port } once listening, { rss } on 'rss', { baseline, peak } (RSS bytes)
// between 'measure' and 'report'. analytics.bench.mjs starts it with the Node flags of `npm start`.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const dist = join(import.meta.dirname, '..', '..', 'dist', 'backend', 'src');
const { createApp } = require(join(dist, 'app.setup.js'));
const { loadConfig } = require(join(dist, 'config', 'app-config.js'));

const config = {
  ...loadConfig({
    NODE_ENV: 'production',
    JWT_SECRET: randomBytes(32).toString('hex'),
    PARLEY_ADMIN_EMAIL: 'bench@parley.test',
    PARLEY_ADMIN_PASSWORD: process.env.BENCH_PASSWORD,
    LOG_LEVEL: 'silent',
    MASTER_KEY: randomBytes(32).toString('hex'),
    // Plain HTTP on the loopback, as behind a proxy that ends TLS.
    TLS_ENFORCE: 'false',
    // The seed spreads open sessions over the year, which no desk has: the idle-session job would
    // spend the run closing them (writing system messages) while the export is measured.
    SESSION_IDLE_MINUTES: '525600',
  }),
  database: { kind: 'postgres', url: process.env.BENCH_APP_DATABASE_URL, poolSize: 10 },
};
const app = await createApp(config);
await app.listen(0, '127.0.0.1');

let sampler;
let baseline = 0;
let peak = 0;
process.on('message', async (message) => {
  if (message === 'rss') {
    process.send({ rss: process.memoryUsage().rss });
  } else if (message === 'measure') {
    baseline = peak = process.memoryUsage().rss;
    sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  } else if (message === 'report') {
    clearInterval(sampler);
    process.send({ baseline, peak });
  } else if (message === 'stop') {
    await app.close();
    process.exit(0);
  }
});
process.send({ port: app.getHttpServer().address().port });
