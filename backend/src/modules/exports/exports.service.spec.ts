import type { AnalyticsService } from '../analytics/analytics.service';
import type { AuditEntry, AuditService } from '../audit/audit.service';
import type { StaffActor } from '../sessions/handoff.service';
import { DownloadAborted, DownloadSink } from './download-sink';
import type { ExportMessageRow, ExportSessionRow, ExportsRepository, MessagePosition } from './exports.repository';
import { EXPORT_BATCH_SIZE, ExportsService } from './exports.service';
import { EXPORT_MESSAGE_BATCH_SIZE } from './message-cursor';

const actor: StaffActor = { user: { id: 'u1', email: 'a@x', name: 'Ada', roles: ['admin'], permissions: ['export:run'] }, ip: '10.0.0.1' };

const row = (id: number): ExportSessionRow => ({
  id: `00000000-0000-7000-8000-${String(id).padStart(12, '0')}`,
  status: 'active',
  assignedAgentId: null,
  agentName: null,
  userMeta: null,
  customer: null,
  language: null,
  queuedAt: null,
  assignedAt: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  closedAt: null,
});

/** A sink that records what it was given; it starts sending with the first write. */
class FakeSink implements DownloadSink {
  text = '';
  writes: number[] = [];
  started = false;
  ended = false;
  failedWith: unknown;
  constructor(private readonly abortAfter = Infinity) {}
  async write(text: string): Promise<void> {
    if (this.text.length >= this.abortAfter) throw new DownloadAborted();
    this.started = true;
    this.text += text;
    this.writes.push(text.length);
  }
  async end(): Promise<void> {
    this.ended = true;
  }
  fail(error: unknown): void {
    this.failedWith = error;
  }
}

function setup(
  sessionBatch: (afterId: string | undefined) => Promise<ExportSessionRow[]>,
  messageBatch: (after: MessagePosition | undefined) => Promise<ExportMessageRow[]> = async () => [],
) {
  const audited: AuditEntry[] = [];
  const repository = {
    sessionBatch: jest.fn((_filter, afterId: string | undefined) => sessionBatch(afterId)),
    messageBatch: jest.fn((_ids, after: MessagePosition | undefined) => messageBatch(after)),
  };
  const audit = { record: jest.fn(async (entry: AuditEntry) => void audited.push(entry)) };
  const service = new ExportsService(repository as unknown as ExportsRepository, {} as AnalyticsService, audit as unknown as AuditService);
  return { service, repository, audited };
}

const fullBatch = Array.from({ length: EXPORT_BATCH_SIZE }, (_, index) => row(index + 1));

describe('ExportsService.exportSessions', () => {
  it('cursors batch after batch until a short one and audits the count', async () => {
    const { service, repository, audited } = setup(async (afterId) => (afterId ? [row(9999)] : fullBatch));
    const sink = new FakeSink();
    await service.exportSessions(actor, { format: 'ndjson', filters: { status: 'active' } }, sink);
    expect(repository.sessionBatch).toHaveBeenCalledTimes(2);
    expect(repository.sessionBatch.mock.calls[1]?.[1]).toBe(fullBatch[EXPORT_BATCH_SIZE - 1]?.id);
    expect(sink.text.trim().split('\n')).toHaveLength(EXPORT_BATCH_SIZE + 1);
    expect(sink.ended).toBe(true);
    expect(audited).toEqual([
      expect.objectContaining({
        action: 'export.sessions',
        actorId: 'u1',
        ip: '10.0.0.1',
        details: { format: 'ndjson', includeMessages: false, filters: { status: 'active' }, counts: { sessions: EXPORT_BATCH_SIZE + 1, messages: 0 }, outcome: 'completed' },
      }),
    ]);
  });

  it('writes a session with many messages in bounded chunks, not gathered whole before the first write', async () => {
    const session = row(1);
    // Three message batches of one session: about 1.5 MB of CSV.
    const messages = Array.from({ length: 3 * EXPORT_MESSAGE_BATCH_SIZE }, (_, index): ExportMessageRow => ({
      id: `m${index}`,
      sessionId: session.id,
      sender: 'visitor',
      text: 'x'.repeat(200),
      internal: false,
      confidence: null,
      createdAt: '2025-03-10T00:00:00.000Z',
      position: String(index),
    }));
    const { service } = setup(
      async () => [session],
      async (after) => {
        const from = after ? Number(after.position) + 1 : 0;
        return messages.slice(from, from + EXPORT_MESSAGE_BATCH_SIZE);
      },
    );
    const sink = new FakeSink();
    await service.exportSessions(actor, { format: 'csv', includeMessages: true }, sink);
    expect(sink.text.split('\r\n')).toHaveLength(1 + messages.length + 1);
    expect(sink.writes.length).toBeGreaterThan(10);
    expect(Math.max(...sink.writes)).toBeLessThan(64 * 1024 + 1024);
  });

  it('throws a failure before the first byte, so the client gets an ordinary error', async () => {
    const { service, audited } = setup(async () => Promise.reject(new Error('database down')));
    const sink = new FakeSink();
    await expect(service.exportSessions(actor, { format: 'csv' }, sink)).rejects.toThrow('database down');
    expect(sink.failedWith).toBeUndefined();
    expect(audited[0]?.details).toMatchObject({ outcome: 'failed' });
  });

  it('cuts the download on a failure mid-stream and audits it', async () => {
    const { service, audited } = setup(async (afterId) => (afterId ? Promise.reject(new Error('connection lost')) : fullBatch));
    const sink = new FakeSink();
    await service.exportSessions(actor, { format: 'json' }, sink);
    expect(sink.failedWith).toEqual(new Error('connection lost'));
    expect(sink.ended).toBe(false);
    expect(audited[0]?.details).toMatchObject({ outcome: 'failed', counts: { sessions: EXPORT_BATCH_SIZE } });
  });

  it('stops when the client goes away and audits the export as aborted', async () => {
    // Without the abort this export would never end: the fake repository has full batches forever.
    const { service, repository, audited } = setup(async () => fullBatch);
    const sink = new FakeSink(1000);
    await service.exportSessions(actor, { format: 'csv' }, sink);
    expect(repository.sessionBatch.mock.calls.length).toBeLessThan(5);
    expect(sink.ended).toBe(false);
    expect(sink.failedWith).toBeUndefined();
    expect(audited[0]?.details).toMatchObject({ outcome: 'aborted' });
  });
});
