import type { AuditEntryDto, Page } from '@parley/contracts';
import { parse } from 'csv-parse/sync';
import { request as httpRequest } from 'node:http';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { messages } from '../src/modules/messages/messages.schema';
import { sessions } from '../src/modules/sessions/sessions.schema';
import { RANGE, seedAnalyticsFixture } from './analytics-fixtures';
import { listen } from './chat-clients';
import { Staff, createStaff } from './staff';
import { TestApp, startTestApp } from './test-app';

/** Texts that break naive CSV writers and spreadsheets. */
const NAUGHTY = [
  'He said "hi", then left',
  'a,b,c',
  'line one\nline two',
  'windows\r\nline',
  'emoji 😀🎉👩🏽‍💻',
  'مرحبا بالعالم — עברית',
  "=cmd|' /C calc'!A0",
  '+1',
  '-2',
  '@SUM(1)',
  '\tleading tab',
  '\rleading CR',
  "'already quoted",
  '  spaces  ',
];
// In CSV the formula-like cells carry a leading apostrophe; nothing else changes.
const inCsv = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

type Row = Record<string, string>;

describe.each(testDatabaseKinds())('exports on %s', (kind) => {
  let t: TestApp;
  let admin: Staff;
  let viewer: Staff;
  let naughtyId: string;
  const NAUGHTY_WINDOW = { from: '2029-06-01T00:00:00Z', to: '2029-06-02T00:00:00Z' };
  const BULK_WINDOW = { from: '2031-01-01T00:00:00Z', to: '2031-01-02T00:00:00Z' };

  const exportAs = (staff: Staff, body: object) =>
    t.http
      .post('/admin/sessions/export')
      .auth(staff.accessToken, { type: 'bearer' })
      .send(body)
      .buffer(true)
      .parse((response, done) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => done(null, text));
      });
  const audits = async (action: string): Promise<AuditEntryDto[]> =>
    ((await t.http.get(`/admin/audit?action=${action}&limit=100`).auth(admin.accessToken, { type: 'bearer' }).expect(200)).body as Page<AuditEntryDto>).items;

  beforeAll(async () => {
    t = await startTestApp(kind);
    admin = await createStaff(t, ['admin'], 'Ada');
    viewer = await createStaff(t, ['viewer']);
    const ana = await createStaff(t, ['agent'], '=Ana, "the agent"');
    await seedAnalyticsFixture(t, { ana: ana.id, ben: admin.id });
    const [naughty] = await t.db
      .insert(sessions)
      .values({ createdAt: new Date('2029-06-01T10:00:00Z'), userMeta: JSON.stringify({ note: NAUGHTY.join(' | ') }), status: 'closed', assignedAgentId: ana.id })
      .returning({ id: sessions.id });
    naughtyId = (naughty as { id: string }).id;
    await t.db.insert(messages).values(
      NAUGHTY.map((text, index) => ({
        sessionId: naughtyId,
        sender: index % 2 === 0 ? ('visitor' as const) : ('agent' as const),
        text,
        internal: index === 3,
        createdAt: new Date(Date.parse('2029-06-01T10:00:00Z') + index * 1000),
      })),
    );
  });
  afterAll(() => t.close());

  it('streams CSV that round-trips through a CSV parser, naughty strings intact but defused', async () => {
    const response = await exportAs(admin, { format: 'csv', filters: NAUGHTY_WINDOW, includeMessages: true }).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="parley-sessions-[\d-]+\.csv"$/);
    const text = response.body as string;
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parse(text, { bom: true, columns: true }) as Row[];
    expect(rows.map((row) => row['text'])).toEqual(NAUGHTY.map(inCsv));
    expect(rows.every((row) => row['session_id'] === naughtyId)).toBe(true);
    expect(rows[0]).toMatchObject({ status: 'closed', assigned_agent_name: `'=Ana, "the agent"`, sender: 'visitor', internal: 'false' });
    expect(rows[3]?.['internal']).toBe('true');
    expect(JSON.parse(rows[0]?.['user_meta'] as string)).toEqual({ note: NAUGHTY.join(' | ') });
  });

  it('streams JSON as one array and NDJSON as one session a line, texts exact', async () => {
    const json = JSON.parse((await exportAs(admin, { format: 'json', filters: NAUGHTY_WINDOW, includeMessages: true }).expect(200)).body as string);
    expect(json).toHaveLength(1);
    expect(json[0]).toMatchObject({ id: naughtyId, status: 'closed', userMeta: { note: NAUGHTY.join(' | ') }, customer: null });
    expect(json[0].messages.map((message: { text: string }) => message.text)).toEqual(NAUGHTY);
    const response = await exportAs(admin, { format: 'ndjson', filters: RANGE, includeMessages: true }).expect(200);
    expect(response.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const lines = (response.body as string).split('\n');
    expect(lines.pop()).toBe('');
    const items = lines.map((line) => JSON.parse(line) as { createdAt: string; messages: { sender: string }[] });
    expect(items.map((item) => item.createdAt)).toEqual([
      '2025-03-10T09:00:00.000Z',
      '2025-03-10T10:00:00.000Z',
      '2025-03-10T23:30:00.000Z',
      '2025-03-11T12:00:00.000Z',
      '2025-03-11T15:00:00.000Z',
      '2025-03-12T00:00:00.000Z',
      '2025-03-12T08:00:00.000Z',
    ]);
    expect(items.map((item) => item.messages.length)).toEqual([5, 9, 6, 3, 5, 2, 0]);
  });

  it('applies the filters of the sessions list and leaves messages out unless asked', async () => {
    const closed = JSON.parse((await exportAs(admin, { format: 'json', filters: { ...RANGE, status: 'closed' } }).expect(200)).body as string);
    expect(closed.map((session: { status: string }) => session.status)).toEqual(['closed', 'closed', 'closed']);
    expect(closed[0].messages).toBeUndefined();
    const none = await exportAs(admin, { format: 'json', filters: { from: '2000-01-01T00:00:00Z', to: '2000-01-02T00:00:00Z' } }).expect(200);
    expect(JSON.parse(none.body as string)).toEqual([]);
    const csv = parse((await exportAs(admin, { format: 'csv', filters: RANGE }).expect(200)).body as string, { bom: true, columns: true }) as Row[];
    expect(csv).toHaveLength(7);
    expect(Object.keys(csv[0] as Row)).not.toContain('text');
  });

  it('cursors through batches: every session once, each with its own messages, in order', async () => {
    const count = 1203;
    // The first session alone fills more than one message batch (2,000), so the message keyset moves inside a session.
    const perSession = (index: number): number => (index === 0 ? 2100 : index % 3);
    const base = Date.parse(BULK_WINDOW.from);
    const rows = await t.db
      .insert(sessions)
      .values(Array.from({ length: count }, (_, index) => ({ createdAt: new Date(base + index * 1000) })))
      .returning({ id: sessions.id });
    await t.db.insert(messages).values(
      rows.flatMap((row, index) =>
        Array.from({ length: perSession(index) }, (_, n) => ({ sessionId: row.id, sender: 'visitor' as const, text: `${row.id}#${n}`, createdAt: new Date(base + index * 1000 + n / 10) })),
      ),
    );
    const ndjson = (await exportAs(admin, { format: 'ndjson', filters: BULK_WINDOW, includeMessages: true }).expect(200)).body as string;
    const items = ndjson.trim().split('\n').map((line) => JSON.parse(line) as { id: string; messages: { text: string }[] });
    expect(items.map((item) => item.id)).toEqual(rows.map((row) => row.id));
    items.forEach((item, index) => expect(item.messages.map((message) => message.text)).toEqual(Array.from({ length: perSession(index) }, (_, n) => `${item.id}#${n}`)));
    const csv = parse((await exportAs(admin, { format: 'csv', filters: BULK_WINDOW, includeMessages: true }).expect(200)).body as string, { bom: true, columns: true }) as Row[];
    // A row per message (the first session 2,100, then 401 sessions with 1 and 401 with 2); the 400 without messages keep one row each.
    expect(csv).toHaveLength(2100 + 401 + 401 * 2 + 400);
  });

  it('audits every export with who, the filters, the counts and the outcome', async () => {
    await exportAs(admin, { format: 'csv', filters: { ...RANGE, status: 'closed' }, includeMessages: true }).expect(200);
    const [entry] = await audits('export.sessions');
    expect(entry).toMatchObject({
      actorId: admin.id,
      details: {
        format: 'csv',
        includeMessages: true,
        filters: { from: '2025-03-10T00:00:00.000Z', to: '2025-03-13T00:00:00.000Z', status: 'closed' },
        counts: { sessions: 3, messages: 19 },
        outcome: 'completed',
      },
    });
  });

  it('refuses viewers and bad requests before the first byte, as JSON', async () => {
    expect((await t.http.post('/admin/sessions/export').auth(viewer.accessToken, { type: 'bearer' }).send({ format: 'csv' }).expect(403)).body.code).toBe('FORBIDDEN');
    await t.http.get('/admin/analytics/export?report=overview&format=csv').auth(viewer.accessToken, { type: 'bearer' }).expect(403);
    for (const body of [{}, { format: 'xlsx' }, { format: 'csv', filters: { status: 'lost' } }, { format: 'csv', filters: { limit: 5 } }, { format: 'csv', includeMessages: 'yes' }]) {
      const response = await t.http.post('/admin/sessions/export').auth(admin.accessToken, { type: 'bearer' }).send(body).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/json/);
    }
  });

  it('exports chart data as CSV and JSON, audited', async () => {
    const params = new URLSearchParams({ ...RANGE, report: 'messages-over-time', format: 'csv' });
    const response = await t.http.get(`/admin/analytics/export?${params}`).auth(admin.accessToken, { type: 'bearer' }).expect(200);
    expect(response.headers['content-disposition']).toMatch(/^attachment; filename="parley-messages-over-time-[\d-]+\.csv"$/);
    expect(parse(response.text, { bom: true, columns: true })).toEqual([
      { start: '2025-03-10T00:00:00.000Z', visitor: '9', bot: '4', agent: '5', system: '2', total: '20' },
      { start: '2025-03-11T00:00:00.000Z', visitor: '4', bot: '2', agent: '1', system: '1', total: '8' },
      { start: '2025-03-12T00:00:00.000Z', visitor: '1', bot: '1', agent: '0', system: '0', total: '2' },
    ]);
    const overview = await t.http.get(`/admin/analytics/export?${new URLSearchParams({ ...RANGE, report: 'overview', format: 'csv' })}`).auth(admin.accessToken, { type: 'bearer' }).expect(200);
    const metrics = Object.fromEntries((parse(overview.text, { bom: true, columns: true }) as Row[]).map((row) => [row['metric'], row['value']]));
    expect(metrics).toMatchObject({ 'sessions.total': '7', 'sessions.byStatus.closed': '3', 'firstResponse.p50': '15', 'helpful.rate': '0.6' });
    const agents = await t.http.get(`/admin/analytics/export?${new URLSearchParams({ ...RANGE, report: 'agent-performance', format: 'csv' })}`).auth(admin.accessToken, { type: 'bearer' }).expect(200);
    expect((parse(agents.text, { bom: true, columns: true }) as Row[]).map((row) => row['name'])).toEqual(['Ada', `'=Ana, "the agent"`]);
    for (const report of ['confidence-histogram', 'response-times', 'agent-performance']) {
      const json = await t.http.get(`/admin/analytics/export?${new URLSearchParams({ ...RANGE, report, format: 'json' })}`).auth(admin.accessToken, { type: 'bearer' }).expect(200);
      expect(json.headers['content-type']).toBe('application/json; charset=utf-8');
      const direct = await t.http.get(`/admin/analytics/${report}?${new URLSearchParams(RANGE)}`).auth(admin.accessToken, { type: 'bearer' }).expect(200);
      expect(JSON.parse(json.text)).toEqual(direct.body);
    }
    await t.http.get('/admin/analytics/export?report=overview&format=csv&from=2025-03-02&to=2025-03-01').auth(admin.accessToken, { type: 'bearer' }).expect(400);
    const [entry] = await audits('export.analytics');
    expect(entry).toMatchObject({ actorId: admin.id, details: { report: 'agent-performance', format: 'json', rows: 2, outcome: 'completed' } });
  });

  it('audits an export the client aborted', async () => {
    const big = 'x'.repeat(3000);
    const base = Date.parse('2032-01-01T00:00:00Z');
    const rows = await t.db.insert(sessions).values(Array.from({ length: 600 }, (_, index) => ({ createdAt: new Date(base + index) }))).returning({ id: sessions.id });
    await t.db.insert(messages).values(rows.flatMap((row) => [0, 1, 2, 3].map((n) => ({ sessionId: row.id, sender: 'bot' as const, text: big, createdAt: new Date(base + n) }))));
    const url = new URL('/admin/sessions/export', await listen(t));
    const body = JSON.stringify({ format: 'csv', includeMessages: true, filters: { from: '2032-01-01T00:00:00Z', to: '2032-01-02T00:00:00Z' } });
    await new Promise<void>((resolve, reject) => {
      const request = httpRequest(url, { method: 'POST', headers: { authorization: `Bearer ${admin.accessToken}`, 'content-type': 'application/json' } }, (response) => {
        expect(response.statusCode).toBe(200);
        // Read nothing: the server meets backpressure, then the client goes away.
        setTimeout(() => {
          request.destroy();
          resolve();
        }, 300);
      });
      request.on('error', (error) => (error.message.includes('socket hang up') ? resolve() : reject(error)));
      request.end(body);
    });
    let entry: AuditEntryDto | undefined;
    for (let attempt = 0; attempt < 50 && !entry; attempt += 1) {
      entry = (await audits('export.sessions')).find((audit) => (audit.details as { filters?: { from?: string } }).filters?.from === '2032-01-01T00:00:00.000Z');
      if (!entry) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(entry?.details).toMatchObject({ outcome: 'aborted' });
    expect((entry?.details as { counts: { messages: number } }).counts.messages).toBeLessThan(2400);
  });
});
