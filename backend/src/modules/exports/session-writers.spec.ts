import { csvRow } from './csv';
import type { ExportedMessage, ExportedSession } from './session-records';
import { sessionFileWriter } from './session-writers';

const session = (id: string): ExportedSession => ({
  id,
  status: 'closed',
  assignedAgent: null,
  userMeta: { plan: 'pro' },
  customer: null,
  language: null,
  queuedAt: null,
  assignedAt: null,
  createdAt: '2025-03-10T00:00:00.000Z',
  updatedAt: '2025-03-10T00:00:00.000Z',
  closedAt: null,
});
const message = (text: string): ExportedMessage => ({ id: `m-${text}`, sender: 'visitor', text, internal: false, confidence: null, createdAt: '2025-03-10T00:00:00.000Z' });

/** Feeds sessions with their messages through a writer, as the service does. */
function write(format: 'csv' | 'json' | 'ndjson', withMessages: boolean, items: [string, string[]][]): string {
  const writer = sessionFileWriter(format, withMessages);
  let out = writer.start();
  for (const [id, texts] of items) {
    out += writer.session(session(id));
    if (withMessages) for (const text of texts) out += writer.message(message(text));
    out += writer.endSession();
  }
  return out + writer.end();
}

describe('session file writers', () => {
  const items: [string, string[]][] = [
    ['s1', ['a', 'b']],
    ['s2', []],
    ['s3', ['c']],
  ];

  it('write one valid JSON array, empty or not', () => {
    expect(JSON.parse(write('json', false, []))).toEqual([]);
    expect(JSON.parse(write('json', true, []))).toEqual([]);
    const parsed = JSON.parse(write('json', true, items)) as (ExportedSession & { messages: ExportedMessage[] })[];
    expect(parsed.map((item) => [item.id, item.messages.map((entry) => entry.text)])).toEqual(items);
    expect((JSON.parse(write('json', false, items)) as ExportedSession[]).map((item) => item.id)).toEqual(['s1', 's2', 's3']);
  });

  it('write one JSON document a line for NDJSON', () => {
    const lines = write('ndjson', true, items).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((line) => (JSON.parse(line) as { messages: unknown[] }).messages.length)).toEqual([2, 0, 1]);
    expect(write('ndjson', false, [])).toBe('');
  });

  it('write a row per message in CSV, and one for a session without any', () => {
    const lines = write('csv', true, items).slice(1).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(1 + 2 + 1 + 1);
    expect(lines[3]?.startsWith('s2,closed,,,"{""plan"":""pro""}"')).toBe(true);
    expect(write('csv', false, [])).toBe(`\uFEFF${csvRow(['session_id', 'status', 'assigned_agent_id', 'assigned_agent_name', 'user_meta', 'customer', 'language', 'queued_at', 'assigned_at', 'created_at', 'updated_at', 'closed_at'])}`);
  });
});
