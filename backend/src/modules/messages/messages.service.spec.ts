import { chatHarness, codeOf } from '../chat/testing/chat-fakes';

describe('MessagesService', () => {
  const visitor = { sender: 'visitor' } as const;

  it('stores a message once per clientMessageId and gives the retry the first one', async () => {
    const h = chatHarness();
    const first = await h.messages.store({ sessionId: 's1', author: visitor, text: 'hi', clientMessageId: 'c1' });
    const again = await h.messages.store({ sessionId: 's1', author: visitor, text: 'hi', clientMessageId: 'c1' });
    expect(first.created).toBe(true);
    expect(again).toEqual({ message: first.message, created: false });
    expect(await h.messages.findRetry('s1', 'c1', visitor)).toEqual(first.message);
    expect(await h.messages.findRetry('s2', 'c1', visitor)).toBeUndefined();
    expect(h.messagesRepository.rows).toHaveLength(1);
  });

  it("never answers a retry with another author's message", async () => {
    const h = chatHarness();
    const dana = { sender: 'agent', agent: { id: 'dana', name: 'Dana' } } as const;
    await h.messages.store({ sessionId: 's1', author: dana, text: 'secret note', clientMessageId: 'n1', internal: true });
    expect(await codeOf(h.messages.findRetry('s1', 'n1', visitor))).toBe('VALIDATION_FAILED');
    expect(await codeOf(h.messages.findRetry('s1', 'n1', { sender: 'agent', agent: { id: 'sam', name: 'Sam' } }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(h.messages.store({ sessionId: 's1', author: visitor, text: 'x', clientMessageId: 'n1' }))).toBe('VALIDATION_FAILED');
    expect((await h.messages.findRetry('s1', 'n1', dana))?.text).toBe('secret note');
  });

  it('refuses texts that would not come back as sent', async () => {
    const h = chatHarness();
    expect(await codeOf(h.messages.store({ sessionId: 's1', author: visitor, text: ' ' }))).toBe('VALIDATION_FAILED');
    expect(await codeOf(h.messages.store({ sessionId: 's1', author: visitor, text: 'a\u0000' }))).toBe('VALIDATION_FAILED');
  });

  it('rate-limits each side of a session on its own, with the time until the window ends', async () => {
    const h = chatHarness({ MESSAGE_RATE_LIMIT: '2', MESSAGE_RATE_WINDOW: '30' });
    await h.messages.assertWithinRate('s1', 'visitor');
    await h.messages.assertWithinRate('s1', 'visitor');
    await expect(h.messages.assertWithinRate('s1', 'visitor')).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: expect.any(Number),
    });
    await expect(h.messages.assertWithinRate('s1', 'staff')).resolves.toBeUndefined();
    await expect(h.messages.assertWithinRate('s2', 'visitor')).resolves.toBeUndefined();
  });

  it('replays only what the visitor may see; staff pages hold everything, oldest first', async () => {
    const h = chatHarness();
    const dana = { sender: 'agent', agent: { id: 'dana', name: 'Dana' } } as const;
    const a = await h.messages.store({ sessionId: 's1', author: visitor, text: 'a', clientMessageId: 'a' });
    const note = await h.messages.store({ sessionId: 's1', author: dana, text: 'note', clientMessageId: 'n', internal: true });
    const b = await h.messages.store({ sessionId: 's1', author: dana, text: 'b', clientMessageId: 'b' });
    expect((await h.messages.replay('s1')).map((row) => row.text)).toEqual(['a', 'b']);
    expect((await h.messages.replay('s1', a.message.id)).map((row) => row.text)).toEqual(['b']);
    const page = await h.messages.staffPage('s1', { limit: 2 });
    expect(page.items.map((row) => row.text)).toEqual(['a', 'note']);
    const rest = await h.messages.staffPage('s1', { limit: 2, cursor: page.nextCursor ?? undefined });
    expect(rest).toEqual({ items: [b.message], nextCursor: null });
    expect(await codeOf(h.messages.findVisible('s1', note.message.id))).toBe('NOT_FOUND');
    expect((await h.messages.findVisible('s1', b.message.id)).text).toBe('b');
  });
});
