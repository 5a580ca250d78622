import type { AccuracyRecordDto, SessionDto } from '@parley/contracts';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { MessagesService } from '../src/modules/messages/messages.service';
import { LoggedAnswer, as, logAnswer } from './accuracy-fixtures';
import { UNKNOWN_ID, WidgetClient, connectWidget, listen, ok, startVisitorSession } from './chat-clients';
import { Staff, createStaff } from './staff';
import { TestApp, startTestApp } from './test-app';

const QUEUED = 'You are in the queue for a human agent. Someone will be with you shortly.';

describe.each(testDatabaseKinds())('visitor feedback on %s', (kind) => {
  let t: TestApp;
  let url: string;
  let agent: Staff;
  const open: WidgetClient[] = [];

  /** A visitor on its own session, connected, with three logged bot answers. */
  async function visitorWithAnswers(): Promise<{ sessionId: string; widget: WidgetClient; answers: LoggedAnswer[] }> {
    const session = await startVisitorSession(t);
    const widget = await connectWidget(url, session);
    open.push(widget);
    await widget.waitFor('session');
    const answers = [];
    for (let n = 0; n < 3; n += 1) answers.push(await logAnswer(t, session.sessionId));
    return { sessionId: session.sessionId, widget, answers };
  }

  const record = async (answer: LoggedAnswer): Promise<AccuracyRecordDto> =>
    (await as(t, agent).get(`/admin/accuracy/${answer.accuracyId}`).expect(200)).body;
  const statusOf = async (sessionId: string): Promise<string> =>
    ((await as(t, agent).get(`/admin/sessions/${sessionId}`).expect(200)).body as SessionDto).status;
  const thumbs = (widget: WidgetClient, answer: LoggedAnswer, helpful: boolean) =>
    widget.send('visitor:feedback', { messageId: answer.messageId, helpful });

  beforeAll(async () => {
    t = await startTestApp(kind);
    url = await listen(t);
    agent = await createStaff(t, ['agent'], 'Dana');
  });
  afterEach(() => open.splice(0).forEach((client) => client.close()));
  afterAll(() => t.close());

  it('lands on the logged answer as the visitor’s mark; a later thumb replaces it', async () => {
    const { sessionId, widget, answers } = await visitorWithAnswers();
    const [first] = answers as [LoggedAnswer];
    expect(await thumbs(widget, first, true)).toEqual({ ok: true });
    expect(await record(first)).toMatchObject({ humanMark: 'helpful', markedBy: null, markedAt: expect.any(String), humanMarkNote: null });
    ok(await thumbs(widget, first, false));
    expect((await record(first)).humanMark).toBe('unhelpful');
    // The message id may come in upper case, like every id the widget sends.
    ok(await widget.send('visitor:feedback', { messageId: first.messageId.toUpperCase(), helpful: true }));
    expect((await record(first)).humanMark).toBe('helpful');
    expect(await statusOf(sessionId)).toBe('active');
  });

  it('hands the session to a human at the second unhelpful answer, telling the visitor', async () => {
    const { sessionId, widget, answers } = await visitorWithAnswers();
    const [first, second, third] = answers as [LoggedAnswer, LoggedAnswer, LoggedAnswer];
    ok(await thumbs(widget, first, false));
    await widget.settle();
    expect(await statusOf(sessionId)).toBe('active');
    expect(widget.all('session').map((state) => state.status)).toEqual(['active']);

    ok(await thumbs(widget, second, false));
    expect(await widget.waitFor('session', (state) => state.status === 'needs_human')).toEqual({
      sessionId,
      status: 'needs_human',
      queuePosition: expect.any(Number),
    });
    expect(await widget.waitFor('message', (message) => message.sender === 'system')).toMatchObject({ sessionId, text: QUEUED });
    expect(await statusOf(sessionId)).toBe('needs_human');

    // More unhelpful marks are still stored, and queue nothing twice.
    ok(await thumbs(widget, third, false));
    expect((await record(third)).humanMark).toBe('unhelpful');
    await widget.settle();
    expect(widget.all('message').filter((message) => message.sender === 'system')).toHaveLength(1);
  });

  it('counts only the visitor’s own marks, and only while the bot has the session', async () => {
    const staffMarked = await visitorWithAnswers();
    for (const answer of staffMarked.answers.slice(0, 2)) {
      await as(t, agent).post(`/admin/accuracy/${answer.accuracyId}/feedback`, { mark: 'unhelpful' }).expect(200);
    }
    ok(await thumbs(staffMarked.widget, staffMarked.answers[2] as LoggedAnswer, false));
    expect(await statusOf(staffMarked.sessionId)).toBe('active');

    const waiting = await visitorWithAnswers();
    ok(await waiting.widget.send('visitor:request-human', {}));
    for (const answer of waiting.answers.slice(0, 2)) ok(await thumbs(waiting.widget, answer, false));
    await waiting.widget.settle();
    expect(await statusOf(waiting.sessionId)).toBe('needs_human');
    expect(waiting.widget.all('message').filter((message) => message.sender === 'system')).toHaveLength(1);
  });

  it('answers NOT_FOUND for anything but a logged bot answer of the visitor’s own session', async () => {
    const mine = await visitorWithAnswers();
    const theirs = await visitorWithAnswers();
    const messages = t.app.get(MessagesService);
    const store = (sender: 'visitor' | 'bot' | 'system') =>
      messages
        .store({ sessionId: mine.sessionId, author: sender === 'visitor' ? { sender: 'visitor' } : { sender }, text: `a ${sender} line` })
        .then(({ message }) => message.id);
    const note = (
      await messages.store({ sessionId: mine.sessionId, author: { sender: 'agent', agent: { id: agent.id, name: 'Dana' } }, text: 'note', internal: true })
    ).message.id;

    for (const messageId of [
      (theirs.answers[0] as LoggedAnswer).messageId, // another visitor's bot answer
      await store('visitor'),
      await store('system'),
      await store('bot'), // a bot line nobody logged an answer for
      note,
      UNKNOWN_ID,
    ]) {
      const ack = await mine.widget.send('visitor:feedback', { messageId, helpful: false });
      expect({ messageId, ack }).toEqual({ messageId, ack: { ok: false, error: { code: 'NOT_FOUND', message: expect.any(String) } } });
    }
    expect((await record(theirs.answers[0] as LoggedAnswer)).humanMark).toBeNull();
    expect(await statusOf(mine.sessionId)).toBe('active');
  });

  it.each([
    ['no payload', undefined],
    ['no messageId', { helpful: true }],
    ['a malformed messageId', { messageId: 'm-1', helpful: true }],
    ['helpful that is no boolean', { messageId: UNKNOWN_ID, helpful: 'yes' }],
    ['an unknown field', { messageId: UNKNOWN_ID, helpful: true, note: 'meh' }],
    ['a payload that is no object', 'thumbs up'],
  ])('answers VALIDATION_FAILED for %s', async (_, payload) => {
    const { widget } = await visitorWithAnswers();
    const ack = (await widget.sendRaw('visitor:feedback', payload)) as { ok: boolean; error?: { code: string } };
    expect(ack).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});
