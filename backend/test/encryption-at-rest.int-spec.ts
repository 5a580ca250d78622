import type { Page, SessionDto, StaffMessageDto } from '@parley/contracts';
import { sql } from 'drizzle-orm';
import { uuidv7 } from '../src/common/ids';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { Conversation, converse, rawRows } from './encryption-fixtures';
import { Staff, createStaff, loginRoot } from './staff';
import { TestApp, startTestApp } from './test-app';

describe.each(testDatabaseKinds())('encryption at rest on %s', (kind) => {
  let t: TestApp;
  let root: Staff;
  let admin: Staff;
  let talk: Conversation;

  const get = (path: string, who: Staff = root) => t.http.get(path).auth(who.accessToken, { type: 'bearer' });
  const post = (path: string, body: object, who: Staff = root) => t.http.post(path).auth(who.accessToken, { type: 'bearer' }).send(body);
  const messagesOf = async (sessionId: string) => ((await get(`/admin/sessions/${sessionId}/messages`).expect(200)).body as Page<StaffMessageDto>).items;

  beforeAll(async () => {
    t = await startTestApp(kind);
    root = await loginRoot(t);
    admin = await createStaff(t, ['admin'], 'Ada Admin');
    talk = await converse(t, 'one');
  });
  afterAll(() => t.close());

  it('stores no message text, metadata, visitor meta or AI question in plaintext', async () => {
    const dump = await rawRows<Record<string, string | null>>(
      t.db,
      sql`select text as v from messages union all select metadata from messages union all select user_meta from sessions
          union all select customer from sessions union all select question from ai_accuracy union all select ai_text from ai_accuracy
          union all select metadata from ai_accuracy`,
    );
    const values = dump.map((row) => row['v']).filter((value): value is string => value !== null);
    expect(values.length).toBeGreaterThan(4);
    for (const value of values) expect(value).toMatch(/^enc:v1:[0-9a-f-]{36}:[\w-]{16}:[\w-]{22}:[\w-]*$/);
    // Not only the encrypted columns: no table at all (audit log, accuracy log, jobs…) may hold the words.
    const tables = await rawRows<{ name: string }>(t.db, sql`select table_name as name from information_schema.tables where table_schema = 'public'`);
    expect(tables.map((table) => table.name)).toEqual(expect.arrayContaining(['messages', 'sessions', 'ai_accuracy', 'audit_log']));
    for (const { name } of tables) {
      const everything = JSON.stringify(await rawRows(t.db, sql`select * from ${sql.identifier(name)}`)).toLowerCase();
      for (const word of talk.words) expect({ table: name, leaks: everything.includes(word.toLowerCase()) }).toEqual({ table: name, leaks: false });
    }
  });

  it('reads everything back through the API, unchanged', async () => {
    const texts = (await messagesOf(talk.sessionId)).map((message) => message.text);
    expect(texts).toEqual(expect.arrayContaining(['parcelone number SECRETone', 'shipsone on Tuesday']));
    const session = (await get(`/admin/sessions/${talk.sessionId}`).expect(200)).body as SessionDto;
    expect(session.userMeta).toEqual({ email: 'ada.one@example.com', note: 'raviolione' });
  });

  it('finds sessions by whole word or whole e-mail of the visitor meta, never by a fragment', async () => {
    const search = async (q: string) =>
      ((await get(`/admin/sessions?q=${encodeURIComponent(q)}`).expect(200)).body as Page<SessionDto>).items.map((session) => session.id);
    expect(await search('ada.one@example.com')).toEqual([talk.sessionId]);
    expect(await search('RAVIOLIONE')).toEqual([talk.sessionId]);
    expect(await search('ravioli')).toEqual([]);
    expect(await search('raviolione nomatch')).toEqual([]);
  });

  it('flags a tampered value and two swapped ciphertexts, and still answers 200 for the rest', async () => {
    const other = await converse(t, 'two');
    const [a, b] = await rawRows<{ id: string; text: string }>(
      t.db,
      sql`select id, text from messages where session_id = ${other.sessionId}::uuid and sender in ('visitor', 'agent') order by id`,
    );
    if (!a || !b) throw new Error('the conversation has no visitor and agent message');
    await t.db.execute(sql`update messages set text = ${b.text} where id = ${a.id}::uuid`);
    await t.db.execute(sql`update messages set text = ${a.text} where id = ${b.id}::uuid`);
    const system = (await rawRows<{ id: string; text: string }>(t.db, sql`select id, text from messages where session_id = ${other.sessionId}::uuid and sender = 'system' order by id limit 1`))[0];
    if (!system) throw new Error('no system message');
    const flipped = `${system.text.slice(0, -3)}${system.text.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    await t.db.execute(sql`update messages set text = ${flipped} where id = ${system.id}::uuid`);

    const messages = await messagesOf(other.sessionId);
    const byId = new Map(messages.map((message) => [message.id, message]));
    for (const id of [a.id, b.id, system.id]) expect(byId.get(id)).toMatchObject({ text: '[unreadable]', unreadable: true });
    expect(messages.filter((message) => !message.unreadable).length).toBeGreaterThan(0);
    expect(messages.filter((message) => !message.unreadable).every((message) => message.text !== '[unreadable]')).toBe(true);
  });

  it('reports status to admins; only super_admins start jobs', async () => {
    const status = (await get('/admin/encryption/status', admin).expect(200)).body;
    expect(status).toMatchObject({ enabled: true, activeMasterKeyId: 'default', runningJob: null });
    expect(status.tables.map((table: { table: string }) => table.table)).toEqual(['sessions', 'messages', 'ai_accuracy']);
    expect(status.tables.every((table: { plaintextRows: number }) => table.plaintextRows === 0)).toBe(true);
    expect(status.dataKeys).toEqual(expect.arrayContaining([expect.objectContaining({ masterKeyId: 'default', purpose: 'data', keys: 1 })]));
    await post('/admin/encryption/reencrypt', {}, admin).expect(403);
    await post('/admin/encryption/cleanup-plaintext', {}, admin).expect(403);
    await get('/admin/encryption/audit', admin).expect(200);
  });

  it('encrypts seeded plaintext rows on clean-up, after a dry run that changes nothing', async () => {
    const sessionId = uuidv7();
    const messageId = uuidv7();
    await t.db.execute(sql`insert into sessions (id, status, user_meta) values (${sessionId}::uuid, 'closed', ${JSON.stringify({ email: 'legacy@example.com' })})`);
    await t.db.execute(sql`insert into messages (id, session_id, sender, text, metadata) values (${messageId}::uuid, ${sessionId}::uuid, 'visitor', 'legacy words', '{"a":1}')`);

    const dry = (await post('/admin/encryption/cleanup-plaintext', { dryRun: true }).expect(200)).body;
    expect(dry.tables).toEqual([
      { table: 'sessions', plaintextRows: 1, encrypted: 0, unreadable: 0 },
      { table: 'messages', plaintextRows: 1, encrypted: 0, unreadable: 0 },
      { table: 'ai_accuracy', plaintextRows: 0, encrypted: 0, unreadable: 0 },
    ]);
    const done = (await post('/admin/encryption/cleanup-plaintext', {}).expect(200)).body;
    expect(done.tables.map((table: { encrypted: number }) => table.encrypted)).toEqual([1, 1, 0]);

    const [raw] = await rawRows<{ text: string; metadata: string; user_meta: string }>(
      t.db,
      sql`select m.text, m.metadata, s.user_meta from messages m join sessions s on s.id = m.session_id where m.id = ${messageId}::uuid`,
    );
    expect(raw?.text).toMatch(/^enc:v1:/);
    expect(raw?.metadata).toMatch(/^enc:v1:/);
    expect(raw?.user_meta).toMatch(/^enc:v1:/);
    expect((await messagesOf(sessionId)).map((message) => message.text)).toEqual(['legacy words']);
    const found = (await get('/admin/sessions?q=legacy@example.com').expect(200)).body as Page<SessionDto>;
    expect(found.items.map((session) => session.id)).toEqual([sessionId]);
    const audit = (await get('/admin/encryption/audit?limit=5').expect(200)).body;
    expect(audit.items[0]).toMatchObject({ action: 'cleanup-plaintext', outcome: 'succeeded', rowCount: 2, actorId: root.id, actorName: root.name });
  });

  it('names the actor of each key operation, and none for the server or the CLI', async () => {
    await t.db.execute(sql`insert into encryption_audit (id, action, actor_id, outcome) values (${uuidv7()}::uuid, 'rewrap', null, 'succeeded')`);
    const audit = (await get('/admin/encryption/audit?limit=2', admin).expect(200)).body;
    expect(audit.items.map((entry: { actorId: string | null; actorName: string | null }) => [entry.actorId, entry.actorName])).toEqual([
      [null, null],
      [root.id, root.name],
    ]);
  });
});
