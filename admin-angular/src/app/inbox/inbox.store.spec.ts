import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { SessionDto, StaffMessageDto } from '@parley/contracts';
import { AuthStore } from '../core/auth/auth.store';
import { AgentSocket } from './agent-socket';
import { AlertSound } from './alert-sound';
import { FakeAgentSocket } from './fake-agent-socket.testing';
import { ME, fakeAuth, message, session, settle } from './inbox.testing';
import { InboxStore } from './inbox.store';

const mine = (id: string, patch: Partial<SessionDto> = {}) => session(id, { status: 'agent_assigned', assignedAgent: ME, ...patch });

describe('InboxStore', () => {
  let socket: FakeAgentSocket;
  let backend: HttpTestingController;
  let injector: EnvironmentInjector;
  let store: InboxStore;
  let chimes: number;

  function answerMine(items: SessionDto[]): void {
    const request = backend.expectOne((candidate) => candidate.url === '/admin/sessions' && candidate.params.get('status') === 'agent_assigned');
    expect(request.request.params.get('agentId')).toBe(ME.id);
    request.flush({ items, nextCursor: null });
  }

  async function answerHistory(id: string, pages: StaffMessageDto[][], details = session(id)): Promise<void> {
    backend.expectOne(`/admin/sessions/${id}`).flush(details);
    for (const [index, items] of pages.entries()) {
      const request = backend.expectOne((candidate) => candidate.url === `/admin/sessions/${id}/messages`);
      expect(request.request.params.get('cursor')).toBe(index === 0 ? null : `c${index}`);
      request.flush({ items, nextCursor: index < pages.length - 1 ? `c${index + 1}` : null });
      await settle();
    }
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: AuthStore, useValue: fakeAuth() },
        FakeAgentSocket,
        { provide: AgentSocket, useExisting: FakeAgentSocket },
        { provide: AlertSound, useValue: { play: () => (chimes += 1) } },
      ],
    });
    chimes = 0;
    socket = TestBed.inject(FakeAgentSocket);
    backend = TestBed.inject(HttpTestingController);
    injector = createEnvironmentInjector([InboxStore], TestBed.inject(EnvironmentInjector));
    store = injector.get(InboxStore);
    store.start();
  });
  afterEach(() => backend.verify());

  it('connects on start and disconnects when the inbox is left', () => {
    answerMine([]);
    expect(socket.connects).toBe(1);
    injector.destroy();
    expect(socket.disconnects).toBe(1);
  });

  it('shows the live queue in position order, naming visitors it knows', async () => {
    answerMine([]);
    socket.open();
    expect(store.queueReceived()).toBe(false);
    socket.listener?.session(session('s2', { customer: { id: 'c-9', name: 'Ada Lovelace' } }));
    socket.listener?.queue({
      sessions: [
        { sessionId: 's2', waitingSince: '2026-01-01T10:01:00.000Z', position: 2 },
        { sessionId: 's1-abcdef', waitingSince: '2026-01-01T10:00:00.000Z', position: 1 },
      ],
    });
    expect(store.queue().map((entry) => entry.sessionId)).toEqual(['s1-abcdef', 's2']);
    expect(chimes).toBe(0);
    expect(store.label('s2')).toBe('Ada Lovelace');
    expect(store.label('s1-abcdef')).toBe('Visitor abcdef');
    // Sessions queued before the inbox connected are looked up once.
    backend
      .expectOne((candidate) => candidate.url === '/admin/sessions' && candidate.params.get('status') === 'needs_human')
      .flush({ items: [session('s1-abcdef', { userMeta: { name: 'Grace Hopper' } }), session('s2')], nextCursor: null });
    await settle();
    expect(store.label('s1-abcdef')).toBe('Grace Hopper');
    expect(store.label('s2')).toBe('Ada Lovelace');
    // A visitor joining the queue chimes; one leaving it does not.
    socket.listener?.queue({ sessions: [{ sessionId: 's2', waitingSince: '2026-01-01T10:01:00.000Z', position: 1 }] });
    expect(chimes).toBe(0);
    socket.listener?.queue({ sessions: [{ sessionId: 's2', waitingSince: '2026-01-01T10:01:00.000Z', position: 1 }, { sessionId: 's3', waitingSince: '2026-01-01T10:02:00.000Z', position: 2 }] });
    expect(chimes).toBe(1);
    backend.expectOne((candidate) => candidate.url === '/admin/sessions' && candidate.params.get('status') === 'needs_human').flush({ items: [session('s3')], nextCursor: null });
    await settle();
    socket.listener?.queue({ sessions: [] });
    expect(store.queue()).toEqual([]);
  });

  it('loads my conversations, joins them once connected, and follows session:updated', async () => {
    answerMine([mine('s1')]);
    await settle();
    expect(store.myConversations().map((item) => item.id)).toEqual(['s1']);
    expect(socket.sentOf('agent:join')).toEqual([]);
    socket.open();
    expect(socket.sentOf('agent:join')).toEqual([{ sessionId: 's1' }]);

    socket.listener?.session(mine('s2', { updatedAt: '2026-01-01T11:00:00.000Z' }));
    expect(store.myConversations().map((item) => item.id)).toEqual(['s2', 's1']);
    socket.listener?.session(session('s1', { status: 'closed', assignedAgent: ME }));
    expect(store.myConversations().map((item) => item.id)).toEqual(['s2']);
    expect(socket.sentOf('agent:leave')).toEqual([{ sessionId: 's1' }]);
  });

  it('opens a conversation with all history pages and live messages, each message once', async () => {
    answerMine([]);
    socket.answerSessions({ s1: session('s1') }, 'agent:join');
    socket.open();
    store.open('s1');
    expect(socket.sentOf('agent:join')).toEqual([{ sessionId: 's1' }]);
    // A live message arrives while the history is loading, and is also in the history.
    socket.listener?.message(message('m3'));
    socket.listener?.message(message('m3'));
    await answerHistory('s1', [[message('m1'), message('m2')], [message('m3')]]);
    expect(store.lines().map((line) => line.id)).toEqual(['m1', 'm2', 'm3']);
    expect(store.historyLoading()).toBe(false);
    expect(store.openSession()?.id).toBe('s1');
  });

  it('shows history errors in words', async () => {
    answerMine([]);
    store.open('s1');
    backend.expectOne('/admin/sessions/s1').flush({ code: 'NOT_FOUND', message: 'No session s1' }, { status: 404, statusText: 'Not Found' });
    backend.expectOne((candidate) => candidate.url === '/admin/sessions/s1/messages').flush({ items: [], nextCursor: null });
    await settle();
    expect(store.historyError()).toBe('No session s1');
  });

  it('grows a streaming bot answer with deltas, then replaces it with the final message', async () => {
    answerMine([]);
    store.open('s1');
    await answerHistory('s1', [[message('m1')]]);
    socket.listener?.delta({ messageId: 'm2', delta: 'Our opening ' });
    socket.listener?.delta({ messageId: 'm2', delta: 'hours are 9–5.' });
    expect(store.lines().map((line) => [line.id, line.text, !!line.streaming])).toEqual([
      ['m1', 'text m1', false],
      ['m2', 'Our opening hours are 9–5.', true],
    ]);
    const final = message('m2', { sender: 'bot', text: 'Our opening hours are 9–5.', confidence: 0.82, sources: [{ articleId: 'a1', title: 'Hours' }] });
    socket.listener?.message(final);
    expect(store.lines()).toEqual([message('m1'), final]);
    // A delta arriving after the final message must not bring the draft back.
    socket.listener?.delta({ messageId: 'm2', delta: ' late' });
    expect(store.lines()).toEqual([message('m1'), final]);
  });

  it('counts unread visitor messages outside the open conversation or in a hidden tab, and clears them when seen', async () => {
    answerMine([mine('s1'), mine('s2')]);
    await settle();
    store.open('s1');
    await answerHistory('s1', [[]], mine('s1'));
    expect(store.title()).toBe('Inbox · Parley');

    socket.listener?.message(message('m1', { sessionId: 's2' }));
    socket.listener?.message(message('m1', { sessionId: 's2' }));
    socket.listener?.message(message('m2', { sessionId: 's2', sender: 'agent' }));
    socket.listener?.message(message('m3', { sessionId: 's1' }));
    expect(store.unread()).toEqual({ s2: 1 });
    expect(store.title()).toBe('(1) Inbox · Parley');
    expect(chimes).toBe(1);

    store.setTabVisible(false);
    socket.listener?.message(message('m4', { sessionId: 's1' }));
    expect(store.unreadTotal()).toBe(2);
    expect(store.title()).toBe('(2) Inbox · Parley');
    expect(chimes).toBe(2);
    store.setTabVisible(true);
    expect(store.unread()).toEqual({ s2: 1 });

    store.open('s2');
    expect(store.unread()).toEqual({});
    expect(store.title()).toBe('Inbox · Parley');
    await answerHistory('s2', [[]], mine('s2'));
  });

  it('shows the visitor typing until they send, or until the indicator expires', async () => {
    jest.useFakeTimers();
    try {
      answerMine([]);
      store.open('s1');
      socket.listener?.typing({ sessionId: 's1', sender: 'visitor', typing: true });
      expect(store.visitorTyping()).toBe(true);
      socket.listener?.message(message('m1'));
      expect(store.visitorTyping()).toBe(false);

      socket.listener?.typing({ sessionId: 's1', sender: 'visitor', typing: true });
      socket.listener?.typing({ sessionId: 's2', sender: 'visitor', typing: true });
      expect(store.visitorTyping()).toBe(true);
      jest.advanceTimersByTime(10_000);
      expect(store.visitorTyping()).toBe(false);
      socket.listener?.typing({ sessionId: 's1', sender: 'agent', typing: true });
      expect(store.agentTyping()).toBe(true);
    } finally {
      jest.useRealTimers();
    }
    await answerHistory('s1', [[]]);
  });

  it('sends replies with a clientMessageId, reuses it when retrying, and explains ack errors', async () => {
    answerMine([]);
    socket.open();
    store.open('s1');
    await answerHistory('s1', [[]]);
    socket.answers.set('agent:message', () => ({ ok: false, error: { code: 'INVALID_STATE', message: 'Cannot reply to a session that is needs_human: claim it first' } }));
    expect(await store.send('Hello!', false)).toBe(false);
    expect(store.sendError()).toBe('The message was not sent: Cannot reply to a session that is needs_human: claim it first.');

    const stored = message('m9', { sender: 'agent', text: 'Hello!', agent: ME });
    socket.answers.set('agent:message', () => ({ ok: true, message: stored }));
    expect(await store.send('Hello!', false)).toBe(true);
    const [first, retry] = socket.sentOf('agent:message') as { clientMessageId: string }[];
    expect(first).toEqual({ sessionId: 's1', clientMessageId: expect.stringMatching(/^[A-Za-z0-9._:-]{1,100}$/), text: 'Hello!', internal: false });
    expect(retry.clientMessageId).toBe(first.clientMessageId);
    expect(store.sendError()).toBeNull();
    expect(store.lines()).toEqual([stored]);

    // The echo of the sender's own message is the same message.
    socket.listener?.message(stored);
    expect(store.lines()).toEqual([stored]);
    await store.send('Note', true);
    const third = socket.sentOf('agent:message')[2] as { clientMessageId: string; internal: boolean };
    expect(third.clientMessageId).not.toBe(first.clientMessageId);
    expect(third.internal).toBe(true);
  });

  it('claims, and explains a lost race in words', async () => {
    answerMine([]);
    socket.open();
    store.open('s1');
    await answerHistory('s1', [[]]);
    socket.answers.set('agent:claim', () => ({
      ok: false,
      error: { code: 'INVALID_STATE', message: 'Cannot claim a session that is agent_assigned: an agent has it already' },
    }));
    await store.act('claim');
    expect(store.actionError()).toBe(
      'Could not claim the conversation: Cannot claim a session that is agent_assigned: an agent has it already. Someone else may have claimed it first.',
    );

    socket.answerSessions({ s1: mine('s1') }, 'agent:claim');
    await store.act('claim');
    expect(store.actionError()).toBeNull();
    expect(store.openSession()?.status).toBe('agent_assigned');
    expect(store.myConversations().map((item) => item.id)).toEqual(['s1']);
    expect(store.canReplyToVisitor()).toBe(true);
  });

  it('sets presence, reverts it when refused, and restores "away" on a new connection', async () => {
    answerMine([]);
    socket.open();
    await store.setPresence('away');
    expect(socket.sentOf('agent:presence')).toEqual([{ status: 'away' }]);
    expect(store.presence()).toBe('away');

    socket.answers.set('agent:presence', () => ({ ok: false, error: { code: 'UNAUTHORIZED', message: 'This account is no longer active' } }));
    await store.setPresence('online');
    expect(store.presence()).toBe('away');
    expect(store.presenceError()).toBe('Could not change your presence: This account is no longer active.');

    socket.answers.delete('agent:presence');
    socket.listener?.connection({ kind: 'reconnecting' });
    socket.open();
    await settle();
    expect(socket.sentOf('agent:presence').at(-1)).toEqual({ status: 'away' });
    // A reconnect catches up on what it missed.
    answerMine([]);
  });

  it('rejoins the open conversation after a reconnect and reloads its history', async () => {
    answerMine([]);
    socket.open();
    store.open('s1');
    await answerHistory('s1', [[message('m1')]]);
    socket.listener?.connection({ kind: 'reconnecting' });
    socket.open();
    expect(socket.sentOf('agent:join')).toEqual([{ sessionId: 's1' }, { sessionId: 's1' }]);
    answerMine([]);
    await answerHistory('s1', [[message('m1'), message('m2')]]);
    expect(store.lines().map((line) => line.id)).toEqual(['m1', 'm2']);
  });
});
