// Analytics and export over 1,000,000 messages in 50,000 sessions on PostgreSQL, through the real
// application over HTTP. Run: npm run bench:analytics (BENCH_DATABASE_URL, default below).
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { Client } = require('pg');

const serverUrl = new URL(process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
const name = `parley_bench_${randomBytes(4).toString('hex')}`;
const databaseUrl = new URL(serverUrl);
databaseUrl.pathname = `/${name}`;
const PASSWORD = 'bench-password-long-enough';
const REPORTS = ['overview', 'messages-over-time', 'confidence-histogram', 'response-times', 'agent-performance'];

async function withClient(url, run) {
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const ms = (start) => (performance.now() - start).toFixed(1).padStart(8);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);

async function main(server, base) {
  let start = performance.now();
  await withClient(databaseUrl, async (client) => {
    await client.query(readFileSync(join(import.meta.dirname, 'seed.sql'), 'utf8'));
    await client.query('vacuum analyze');
  });
  const counts = await withClient(databaseUrl, async (client) =>
    (await client.query('select (select count(*) from sessions) as sessions, (select count(*) from messages) as messages, (select count(*) from ai_accuracy) as answers')).rows[0],
  );
  console.log(`seeded ${counts.sessions} sessions, ${counts.messages} messages, ${counts.answers} answers in ${ms(start).trim()} ms`);

  const login = await fetch(`${base}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'bench@parley.test', password: PASSWORD }) });
  const { accessToken } = await login.json();
  const auth = { authorization: `Bearer ${accessToken}` };
  const get = async (path) => {
    const begin = performance.now();
    const response = await fetch(`${base}${path}`, { headers: auth });
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    await response.json();
    return ms(begin);
  };
  // A running server has its pool connected: open the connections before timing (no report data read).
  await Promise.all(Array.from({ length: 10 }, () => fetch(`${base}/health`)));
  server.send('rss');
  const [{ rss: idle }] = await once(server, 'message');

  const year = new URLSearchParams({ from: new Date(Date.now() - 366 * 86_400_000).toISOString(), to: new Date().toISOString() });
  console.log('\nreport                 range            cold ms   cached ms');
  for (const [label, query] of [['last 30 days', ''], ['whole year (1M)', `?${year}`]]) {
    for (const report of REPORTS) {
      const path = `/admin/analytics/${report}${query}`;
      console.log(`${report.padEnd(22)} ${label.padEnd(16)} ${await get(path)}  ${await get(path)}`);
    }
  }

  console.log(`\nexport of every session with its messages (RSS of the server process: ${mb(idle)} MB idle, before the reports)`);
  console.log('format   size    time       rows/s   RSS before  peak  growth over idle');
  for (const format of ['csv', 'ndjson', 'json']) {
    server.send('measure');
    start = performance.now();
    const response = await fetch(`${base}/admin/sessions/export`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ format, includeMessages: true }),
    });
    let bytes = 0;
    for await (const chunk of response.body) bytes += chunk.length;
    const seconds = (performance.now() - start) / 1000;
    server.send('report');
    const [{ baseline, peak }] = await once(server, 'message');
    const rows = Number(counts.sessions) + Number(counts.messages);
    console.log(
      `${format.padEnd(6)} ${mb(bytes).padStart(4)} MB ${seconds.toFixed(1).padStart(6)} s ${Math.round(rows / seconds).toLocaleString('en').padStart(9)}  ` +
        `${mb(baseline).padStart(6)} MB ${mb(peak).padStart(5)} MB ${`+${mb(peak - idle)}`.padStart(6)} MB`,
    );
  }
}

/** The Node flags `npm start` runs the server with (the serve target's command), so the bench measures that process. */
function serveFlags() {
  const project = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'backend', 'project.json'), 'utf8'));
  const [node, ...words] = project.targets.serve.command.split(' ');
  if (node !== 'node') throw new Error(`backend:serve does not start node: ${project.targets.serve.command}`);
  return words.filter((word) => word.startsWith('--'));
}

await withClient(serverUrl, (client) => client.query(`create database "${name}"`));
// BENCH_SERVER_NODE_OPTIONS (e.g. --max-old-space-size=64) adds flags after those of `npm start`.
const execArgv = [...serveFlags(), ...(process.env.BENCH_SERVER_NODE_OPTIONS ?? '').split(' ').filter(Boolean)];
const server = fork(join(import.meta.dirname, 'server.mjs'), {
  execArgv,
  env: { ...process.env, BENCH_APP_DATABASE_URL: databaseUrl.toString(), BENCH_PASSWORD: PASSWORD },
});
try {
  const [{ port }] = await once(server, 'message');
  console.log(`PostgreSQL ${name} on ${serverUrl.host}; server on Node ${process.version} ${execArgv.join(' ')}`);
  await main(server, `http://127.0.0.1:${port}`);
} finally {
  server.send('stop');
  await once(server, 'exit');
  await withClient(serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
}
