import type { MessageDto } from '@parley/contracts';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MessageLog } from './message-log';

const SESSION = '01900000-0000-7000-8000-000000000000';
const id = (n: number) => `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
const message = (n: number, sender: MessageDto['sender'], text: string, extra: Partial<MessageDto> = {}): MessageDto => ({
  id: id(n),
  sessionId: SESSION,
  sender,
  text,
  createdAt: new Date(n).toISOString(),
  ...extra,
});

describe('MessageLog', () => {
  it('keeps each message id once, however often the server sends it', () => {
    const log = new MessageLog();
    assert.equal(log.upsert(message(1, 'bot', 'hello')), true);
    assert.equal(log.upsert(message(1, 'bot', 'hello')), false);
    assert.deepEqual(log.entries.map((entry) => entry.text), ['hello']);
  });

  it('orders stored messages by id, so a late replay lands in its place', () => {
    const log = new MessageLog();
    log.upsert(message(3, 'bot', 'third'));
    log.upsert(message(1, 'visitor', 'first'));
    log.upsert(message(2, 'system', 'second'));
    assert.deepEqual(log.entries.map((entry) => entry.text), ['first', 'second', 'third']);
  });

  it('shows an unsent message after the stored ones until the server stores it under its clientMessageId', () => {
    const log = new MessageLog();
    log.upsert(message(1, 'bot', 'answer'));
    log.addUnsent('c-1', 'my question');
    assert.deepEqual(log.entries.map((entry) => [entry.text, entry.delivery]), [['answer', undefined], ['my question', 'sending']]);
    assert.equal(log.lastStoredId(), id(1));
    log.upsert(message(2, 'visitor', 'my question', { clientMessageId: 'c-1' }));
    assert.deepEqual(log.entries.map((entry) => [entry.text, entry.delivery]), [['answer', undefined], ['my question', undefined]]);
    assert.equal(log.lastStoredId(), id(2));
  });

  it('marks a refused message as failed and keeps it in view', () => {
    const log = new MessageLog();
    log.addUnsent('c-1', 'too long');
    log.fail('c-1');
    assert.equal(log.entries[0].delivery, 'failed');
  });

  it('builds a streamed answer from its deltas, then replaces it with the stored message', () => {
    const log = new MessageLog();
    log.delta(id(5), 'Annual plans ', SESSION);
    log.delta(id(5), 'are refunded.', SESSION);
    assert.deepEqual(log.entries.map((entry) => [entry.text, entry.delivery]), [['Annual plans are refunded.', 'streaming']]);
    assert.equal(log.lastStoredId(), undefined, 'a streaming answer is not yet stored: a reconnect must replay it');
    assert.equal(log.upsert(message(5, 'bot', 'Annual plans are refunded within 14 days.')), true);
    log.delta(id(5), ' late piece', SESSION);
    assert.deepEqual(log.entries.map((entry) => [entry.text, entry.delivery]), [['Annual plans are refunded within 14 days.', undefined]]);
  });

  it('forgets stored messages but keeps unsent ones when the session is gone', () => {
    const log = new MessageLog();
    log.upsert(message(1, 'bot', 'old'));
    log.addUnsent('c-1', 'keep me');
    log.clearStored();
    assert.deepEqual(log.entries.map((entry) => entry.text), ['keep me']);
  });
});
