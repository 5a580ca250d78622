import { Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppException } from '../../common/errors/app.exception';
import { hashVisitorToken } from './visitor-token';
import { ScriptedAnswerer, chatHarness, codeOf, flush } from './testing/chat-fakes';

const SECRET = 'identity-secret-for-unit-tests-000000';

describe('VisitorChatService', () => {
  it('creates a session with only the hash of the token, and announces it to agents', async () => {
    const h = chatHarness();
    const { sessionId, visitorToken } = await h.visitors.createSession({ userMeta: { plan: 'pro' } });
    const row = h.sessionsRepository.rows.get(sessionId);
    expect(row).toMatchObject({ status: 'active', userMeta: '{"plan":"pro"}', visitorTokenHash: hashVisitorToken(visitorToken) });
    expect(JSON.stringify(row)).not.toContain(visitorToken);
    expect(h.published).toEqual([{ type: 'session', session: expect.objectContaining({ id: sessionId }), previousStatus: null }]);
    expect((await h.visitors.authenticate(sessionId, visitorToken)).id).toBe(sessionId);
    expect(await codeOf(h.visitors.authenticate(sessionId, 'wrong'))).toBe('UNAUTHORIZED');
  });

  it('binds a verified identity and refuses anonymous visitors when identity is required', async () => {
    const h = chatHarness({ IDENTITY_SECRET: SECRET, IDENTITY_REQUIRED: 'true' });
    const userToken = new JwtService({ secret: SECRET }).sign({ sub: 'c-1', name: 'Kim' });
    const { sessionId } = await h.visitors.createSession({ userToken });
    expect(JSON.parse(h.sessionsRepository.rows.get(sessionId)?.customer ?? '')).toEqual({ id: 'c-1', name: 'Kim' });
    expect(await codeOf(h.visitors.createSession({}))).toBe('UNAUTHORIZED');
  });

  it('limits the sessions one address may start per window, and says when to try again', async () => {
    const h = chatHarness({ SESSION_START_LIMIT: '2', SESSION_START_WINDOW: '10m' });
    await h.visitors.createSession({}, '203.0.113.7');
    await h.visitors.createSession({}, '203.0.113.7');
    const refused = await h.visitors.createSession({}, '203.0.113.7').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppException);
    expect(refused).toMatchObject({ code: 'RATE_LIMITED' });
    expect((refused as AppException).retryAfterMs).toBeGreaterThan(590_000);
    // Another address is counted apart.
    await expect(h.visitors.createSession({}, '198.51.100.1')).resolves.toMatchObject({ sessionId: expect.any(String) });
    expect(h.sessionsRepository.rows.size).toBe(3);
  });

  it('passes messages to the answerer only while the bot has the session', async () => {
    const answerer = new ScriptedAnswerer();
    const h = chatHarness({}, answerer);
    const { sessionId } = await h.visitors.createSession({});
    await h.visitors.send(sessionId, { clientMessageId: 'c1', text: 'hello' });
    await flush();
    expect(answerer.turns.map((turn) => turn.message.text)).toEqual(['hello']);
    await h.visitors.requestHuman(sessionId);
    await h.visitors.send(sessionId, { clientMessageId: 'c2', text: 'anyone?' });
    await flush();
    expect(answerer.turns).toHaveLength(1);
  });

  it('answers quick messages one after another, and not at all once the first answer handed over', async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const answerer = new ScriptedAnswerer(async (turn) => {
      if (turn.message.text !== 'first') return;
      await held;
      await turn.reply('I could not find that; let me get a person.');
      await turn.handOff();
    });
    const h = chatHarness({}, answerer);
    const { sessionId } = await h.visitors.createSession({});
    for (const text of ['first', 'second', 'third']) await h.visitors.send(sessionId, { clientMessageId: text, text });
    await flush();
    expect(answerer.turns.map((turn) => turn.message.text)).toEqual(['first']);
    release();
    for (let n = 0; n < 5; n += 1) await flush();
    expect(answerer.turns.map((turn) => turn.message.text)).toEqual(['first']);
    expect(h.messagesRepository.rows.filter((row) => row.sender === 'bot').map((row) => row.text)).toEqual(['I could not find that; let me get a person.']);
    expect(h.sessionsRepository.rows.get(sessionId)?.status).toBe('needs_human');
  });

  it('answers every quick message in order while the bot keeps the session', async () => {
    const answerer = new ScriptedAnswerer(async (turn) => {
      await turn.reply(`about ${turn.message.text}`);
    });
    const h = chatHarness({}, answerer);
    const { sessionId } = await h.visitors.createSession({});
    for (const text of ['one', 'two', 'three']) await h.visitors.send(sessionId, { clientMessageId: text, text });
    for (let n = 0; n < 10; n += 1) await flush();
    expect(h.messagesRepository.rows.filter((row) => row.sender === 'bot').map((row) => row.text)).toEqual(['about one', 'about two', 'about three']);
  });

  it('answers a retry with the stored message, without publishing or answering again', async () => {
    const answerer = new ScriptedAnswerer();
    const h = chatHarness({}, answerer);
    const { sessionId } = await h.visitors.createSession({});
    const first = await h.visitors.send(sessionId, { clientMessageId: 'c1', text: 'hello' });
    const published = h.published.length;
    const again = await h.visitors.send(sessionId, { clientMessageId: 'c1', text: 'hello' });
    await flush();
    expect(again.message).toEqual(first.message);
    expect(h.published).toHaveLength(published);
    expect(answerer.turns).toHaveLength(1);
  });

  it('lets the answerer reply as the bot and hand over', async () => {
    const answerer = new ScriptedAnswerer(async (turn) => {
      await turn.reply('Our hours are 9–5.', { confidence: 0.4, sources: [{ articleId: 'a1', title: 'Hours' }] });
      await turn.handOff();
      await turn.handOff(); // a second hand-over is a no-op, not an error
    });
    const h = chatHarness({}, answerer);
    const { sessionId } = await h.visitors.createSession({});
    await h.visitors.send(sessionId, { clientMessageId: 'c1', text: 'When are you open?' });
    await flush();
    await flush();
    const bot = h.messagesRepository.rows.find((row) => row.sender === 'bot');
    expect(bot).toMatchObject({ text: 'Our hours are 9–5.', confidence: 0.4 });
    expect(h.sessionsRepository.rows.get(sessionId)?.status).toBe('needs_human');
  });

  it('queues the visitor when the answerer hands over', async () => {
    const h = chatHarness({}, { answer: (turn) => turn.handOff() });
    const { sessionId } = await h.visitors.createSession({});
    await h.visitors.send(sessionId, { clientMessageId: 'c1', text: 'hello' });
    await flush();
    expect(h.sessionsRepository.rows.get(sessionId)?.status).toBe('needs_human');
    expect(await h.visitors.state(await h.sessions.getRecord(sessionId))).toEqual({ sessionId, status: 'needs_human', queuePosition: 1 });
  });

  it('reopens a session closed within the window, and starts a new one for the same visitor after it', async () => {
    const h = chatHarness({ REOPEN_WINDOW_MINUTES: '10' });
    const dana = h.addStaff('Dana', ['agent']);
    const { sessionId } = await h.visitors.createSession({ userMeta: { plan: 'pro' } });
    await h.handoff.close(sessionId, { user: dana, ip: null });
    const reopened = await h.visitors.send(sessionId, { clientMessageId: 'c1', text: 'again' });
    expect(reopened.session).toMatchObject({ id: sessionId, status: 'active' });

    await h.handoff.close(sessionId, { user: dana, ip: null });
    const row = h.sessionsRepository.rows.get(sessionId);
    if (!row) throw new Error('session vanished');
    h.sessionsRepository.rows.set(sessionId, { ...row, closedAt: new Date(Date.now() - 11 * 60_000) });
    const continued = await h.visitors.send(sessionId, { clientMessageId: 'c2', text: 'much later' });
    expect(continued.session.id).not.toBe(sessionId);
    expect(continued.message.sessionId).toBe(continued.session.id);
    expect(h.sessionsRepository.rows.get(continued.session.id)).toMatchObject({ userMeta: '{"plan":"pro"}', visitorTokenHash: row.visitorTokenHash });
  });

  it('refuses read receipts for internal notes as if they did not exist', async () => {
    const h = chatHarness();
    const dana = h.addStaff('Dana', ['agent']);
    const { sessionId } = await h.visitors.createSession({});
    const note = await h.agents.send(dana, { sessionId, clientMessageId: 'n1', text: 'note', internal: true });
    expect(await codeOf(h.visitors.seen(sessionId, note.id))).toBe('NOT_FOUND');
  });

  it('logs and survives a failing answerer', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const h = chatHarness({}, new ScriptedAnswerer(async () => Promise.reject(new AppException('INTERNAL', 'model down'))));
    const { sessionId } = await h.visitors.createSession({});
    const sent = await h.visitors.send(sessionId, { clientMessageId: 'c1', text: 'hello' });
    await flush();
    expect(sent.message.text).toBe('hello');
    expect(h.sessionsRepository.rows.get(sessionId)?.status).toBe('active');
    expect(logged).toHaveBeenCalledWith({ err: expect.any(AppException), sessionId }, 'The answerer failed');
    logged.mockRestore();
  });
});
