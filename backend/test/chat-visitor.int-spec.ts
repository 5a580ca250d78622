import { MAX_MESSAGE_LENGTH, WIDGET_NAMESPACE } from '@parley/contracts';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { UNKNOWN_ID, WidgetClient, connectAgent, connectWidget, listen, ok, refusal, startVisitorSession } from './chat-clients';
import { createStaff } from './staff';
import { TestApp, startTestApp } from './test-app';

describe.each(testDatabaseKinds())('visitor chat on %s', (kind) => {
  let t: TestApp;
  let url: string;
  const open: WidgetClient[] = [];

  async function visitor(body: object = {}): Promise<{ sessionId: string; visitorToken: string; widget: WidgetClient }> {
    const session = await startVisitorSession(t, body);
    const widget = await connectWidget(url, session);
    open.push(widget);
    await widget.waitFor('session');
    return { ...session, widget };
  }

  beforeAll(async () => {
    t = await startTestApp(kind, { MESSAGE_RATE_LIMIT: '12', MESSAGE_RATE_WINDOW: '60' });
    url = await listen(t);
  });
  afterEach(() => open.splice(0).forEach((client) => client.close()));
  afterAll(() => t.close());

  describe('POST /chat/sessions', () => {
    it('answers a session id and a visitor token, and needs no login', async () => {
      const response = await t.http.post('/chat/sessions').send({ userMeta: { page: '/pricing' } }).expect(201);
      expect(response.body).toEqual({ sessionId: expect.stringMatching(/^[0-9a-f-]{36}$/), visitorToken: expect.any(String) });
      expect(response.body.visitorToken.length).toBeGreaterThanOrEqual(43);
    });

    it.each([
      ['an unknown field', { extra: 1 }, /extra should not exist/],
      ['userMeta that is no object', { userMeta: 'plan=pro' }, /userMeta must be an object/],
      ['userMeta over 4 KiB', { userMeta: { blob: 'x'.repeat(5000) } }, /userMeta must be at most 4096 bytes/],
      ['a userToken that is no string', { userToken: 42 }, /userToken must be a string/],
      ['a language that is no language tag', { language: 'english please' }, /language must be a BCP 47 language tag/],
    ])('refuses %s with a 400', async (_, body, message) => {
      const response = await t.http.post('/chat/sessions').send(body).expect(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(message) });
    });

    it('refuses a userToken when the desk has no IDENTITY_SECRET', async () => {
      const response = await t.http.post('/chat/sessions').send({ userToken: 'a.b.c' }).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('handshake', () => {
    it.each([
      ['no auth at all', {}, 'VALIDATION_FAILED'],
      ['a malformed session id', { sessionId: 'nope', visitorToken: 'x' }, 'VALIDATION_FAILED'],
      ['an unknown session', { sessionId: UNKNOWN_ID, visitorToken: 'x' }, 'UNAUTHORIZED'],
    ])('refuses %s with connect_error', async (_, auth, code) => {
      expect(await refusal(url, WIDGET_NAMESPACE, auth)).toMatchObject({ code });
    });

    it('refuses a wrong token, and a token of another session: visitor A never reaches session B', async () => {
      const a = await startVisitorSession(t);
      const b = await startVisitorSession(t);
      expect(await refusal(url, WIDGET_NAMESPACE, { sessionId: b.sessionId, visitorToken: a.visitorToken })).toEqual({
        code: 'UNAUTHORIZED',
        message: 'The session id and visitor token do not match',
      });
      expect(await refusal(url, WIDGET_NAMESPACE, { sessionId: a.sessionId, visitorToken: `${a.visitorToken}x` })).toMatchObject({ code: 'UNAUTHORIZED' });
      expect(await refusal(url, WIDGET_NAMESPACE, { ...a, extra: true })).toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });

  describe('sending', () => {
    it('stores one message for a retried clientMessageId and acks the same one', async () => {
      const { sessionId, widget } = await visitor();
      const [first, second] = await Promise.all([
        widget.send('visitor:message', { clientMessageId: 'retry-1', text: 'once' }),
        widget.send('visitor:message', { clientMessageId: 'retry-1', text: 'once' }),
      ]);
      const third = await widget.send('visitor:message', { clientMessageId: 'retry-1', text: 'once' });
      expect(ok(first).message).toEqual(ok(second).message);
      expect(ok(third).message).toEqual(ok(first).message);
      const root = await createStaff(t, ['viewer']);
      const history = await t.http.get(`/admin/sessions/${sessionId}/messages`).auth(root.accessToken, { type: 'bearer' }).expect(200);
      expect(history.body.items.filter((message: { sender: string }) => message.sender === 'visitor')).toHaveLength(1);
    });

    it('returns every Unicode text byte for byte, up to the limit in characters', async () => {
      const { sessionId, widget, visitorToken } = await visitor();
      const viewer = await createStaff(t, ['viewer']);
      const agent = await connectAgent(url, viewer.accessToken);
      ok(await agent.send('agent:join', { sessionId }));
      const texts = [
        'Grüße aus Köln — ½ € · “quotes” ‘single’',
        '👩‍👩‍👧‍👦 🏳️‍🌈 🇩🇪 e\u0301 \u200d \ufeff 𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
        'مرحبا بالعالم שלום 你好，世界 こんにちは 안녕하세요',
        '  leading and trailing spaces\n\ttabs\r\nand newlines  ',
        '😀'.repeat(MAX_MESSAGE_LENGTH),
      ];
      for (const [index, text] of texts.entries()) {
        const acked = ok(await widget.send('visitor:message', { clientMessageId: `u-${index}`, text }));
        expect(acked.message.text).toBe(text);
        expect((await agent.waitFor('message', (message) => message.id === acked.message.id)).text).toBe(text);
      }
      const page = await t.http.get(`/admin/sessions/${sessionId}/messages?limit=100`).auth(viewer.accessToken, { type: 'bearer' }).expect(200);
      const stored = page.body.items.filter((message: { sender: string }) => message.sender === 'visitor').map((message: { text: string }) => message.text);
      expect(stored).toEqual(texts);
      const replayed = await connectWidget(url, { sessionId, visitorToken });
      open.push(replayed);
      await replayed.waitFor('session');
      expect(replayed.all('message').filter((message) => message.sender === 'visitor').map((message) => message.text)).toEqual(texts);
      agent.close();
    });

    it.each([
      ['a missing text', { clientMessageId: 'b-1' }, /text must be a string/],
      ['an empty text', { clientMessageId: 'b-2', text: '' }, /text must not be empty/],
      ['a blank text', { clientMessageId: 'b-3', text: ' \n ' }, /text must not be empty/],
      ['a text one character too long', { clientMessageId: 'b-4', text: 'a'.repeat(MAX_MESSAGE_LENGTH + 1) }, /at most 4000 characters/],
      ['a NUL character', { clientMessageId: 'b-5', text: 'a\u0000b' }, /NUL/],
      ['an unpaired surrogate', { clientMessageId: 'b-6', text: 'a\ud800b' }, /valid Unicode/],
      ['a number as text', { clientMessageId: 'b-7', text: 42 }, /text must be a string/],
      ['an unknown field', { clientMessageId: 'b-8', text: 'hi', html: '<b>' }, /html should not exist/],
      ['a bad clientMessageId', { clientMessageId: 'has spaces', text: 'hi' }, /clientMessageId/],
      ['a too long clientMessageId', { clientMessageId: 'x'.repeat(101), text: 'hi' }, /clientMessageId/],
      ['a string payload', 'hello', /payload must be an object/],
      ['an array payload', ['hello'], /payload must be an object/],
      ['no payload', undefined, /clientMessageId must/],
    ])('acks %s with VALIDATION_FAILED and keeps the connection', async (_, payload, message) => {
      const { widget } = await visitor();
      const answer = await widget.send('visitor:message', payload);
      expect(answer).toEqual({ ok: false, error: { code: 'VALIDATION_FAILED', message: expect.stringMatching(message) } });
      expect(widget.socket.connected).toBe(true);
      expect(ok(await widget.send('visitor:message', { clientMessageId: 'after', text: 'still here' })).message.text).toBe('still here');
    });

    it('acks each other event with VALIDATION_FAILED for bad payloads', async () => {
      const { widget } = await visitor();
      expect(await widget.send('visitor:typing', { typing: 'yes' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect(await widget.send('visitor:seen', { messageId: 'nope' })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect(await widget.send('visitor:request-human', { now: true })).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect(await widget.sendRaw('visitor:message', { clientMessageId: 'x', text: 'a' }, 'extra')).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect(widget.socket.connected).toBe(true);
    });

    it('limits messages per session with RATE_LIMITED and a retry time', async () => {
      const { widget } = await visitor();
      const answers = [];
      for (let n = 0; n < 13; n += 1) answers.push(await widget.send('visitor:message', { clientMessageId: `r-${n}`, text: `n${n}` }));
      expect(answers.slice(0, 12).every((answer) => answer.ok)).toBe(true);
      expect(answers[12]).toEqual({ ok: false, error: { code: 'RATE_LIMITED', message: expect.any(String), retryAfterMs: expect.any(Number) } });
      // A retry of a stored message is not a new message: it is answered, not limited.
      expect(ok(await widget.send('visitor:message', { clientMessageId: 'r-0', text: 'n0' })).message.text).toBe('n0');
    });
  });

  describe('connecting', () => {
    it('replays the history, then sends the state; with lastMessageId only what came after, no duplicates', async () => {
      const { sessionId, visitorToken, widget } = await visitor();
      const sent = [ok(await widget.send('visitor:message', { clientMessageId: 'h-1', text: 'm1' })).message];
      // The bot cannot answer "m1" and hands over; once queued it stays silent, so after m3 nothing is in flight
      // (a reconnect while a message is being stored may see it twice, which the protocol allows).
      await widget.waitFor('session', (state) => state.status === 'needs_human');
      for (const n of [2, 3]) sent.push(ok(await widget.send('visitor:message', { clientMessageId: `h-${n}`, text: `m${n}` })).message);
      await widget.waitFor('message', (message) => message.text === 'm3');
      widget.close();

      const reloaded = await connectWidget(url, { sessionId, visitorToken });
      open.push(reloaded);
      await reloaded.waitFor('session');
      const events = reloaded.received.map((item) => item.event);
      expect(events.at(-1)).toBe('session');
      expect(events.slice(0, -1).every((event) => event === 'message')).toBe(true);
      const replayed = reloaded.all('message');
      expect(replayed.map((message) => message.id)).toEqual([...replayed.map((message) => message.id)].sort());
      expect(replayed.filter((message) => message.sender === 'visitor').map((message) => message.text)).toEqual(['m1', 'm2', 'm3']);
      expect(reloaded.all('session')).toEqual([{ sessionId, status: 'needs_human', queuePosition: expect.any(Number) }]);

      const lastSeen = sent[1]?.id as string;
      const resumed = await connectWidget(url, { sessionId, visitorToken, lastMessageId: lastSeen });
      open.push(resumed);
      await resumed.waitFor('session');
      const after = resumed.all('message');
      expect(after.every((message) => message.id > lastSeen)).toBe(true);
      expect(after.map((message) => message.text)).toEqual(replayed.filter((message) => message.id > lastSeen).map((message) => message.text));
      expect(new Set(after.map((message) => message.id)).size).toBe(after.length);
    });
  });

  describe('requesting a human and read receipts', () => {
    it('queues on request, refuses a second request with INVALID_STATE', async () => {
      const { sessionId, widget } = await visitor();
      expect(ok(await widget.send('visitor:request-human', {})).session).toEqual({ sessionId, status: 'needs_human', queuePosition: expect.any(Number) });
      expect(await widget.send('visitor:request-human')).toMatchObject({ ok: false, error: { code: 'INVALID_STATE' } });
    });

    it('relays seen to the agents of the session, and refuses unknown messages with NOT_FOUND', async () => {
      const { sessionId, widget } = await visitor();
      const staff = await createStaff(t, ['viewer']);
      const agent = await connectAgent(url, staff.accessToken);
      ok(await agent.send('agent:join', { sessionId }));
      const message = ok(await widget.send('visitor:message', { clientMessageId: 's-1', text: 'hi' })).message;
      expect(await widget.send('visitor:seen', { messageId: message.id })).toEqual({ ok: true });
      expect(await agent.waitFor('seen')).toEqual({ sessionId, messageId: message.id });
      expect(await widget.send('visitor:seen', { messageId: UNKNOWN_ID })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      agent.close();
    });

    it('relays typing to the agents of the session', async () => {
      const { sessionId, widget } = await visitor();
      const staff = await createStaff(t, ['viewer']);
      const agent = await connectAgent(url, staff.accessToken);
      ok(await agent.send('agent:join', { sessionId }));
      expect(await widget.send('visitor:typing', { typing: true })).toEqual({ ok: true });
      expect(await agent.waitFor('typing')).toEqual({ sessionId, sender: 'visitor', typing: true });
      agent.close();
    });
  });
});
