import type { AnalyticsService } from '../analytics/analytics.service';
import type { AuditEntry, AuditService } from '../audit/audit.service';
import type { StaffActor } from '../sessions/handoff.service';
import { DownloadAborted, DownloadSink } from './download-sink';
import type { ExportSessionRow, ExportsRepository } from './exports.repository';
import { EXPORT_BATCH_SIZE, ExportsService } from './exports.service';

const actor: StaffActor = { user: { id: 'u1', email: 'a@x', name: 'Ada', roles: ['admin'], permissions: ['export:run'] }, ip: '10.0.0.1' };

const row = (id: number): ExportSessionRow => ({
  id: `00000000-0000-7000-8000-${String(id).padStart(12, '0')}`,
  status: 'active',
  assignedAgentId: null,
  agentName: null,
  userMeta: null,
  customer: null,
  queuedAt: null,
  assignedAt: null,
  createdAt: new Date(0),
  updatedAt: new Date(0),
  closedAt: null,
});

/** A sink that records what it was given; it starts sending with the first write. */
class FakeSink implements DownloadSink {
  text = '';
  started = false;
  ended = false;
  failedWith: unknown;
  constructor(private readonly abortAfter = Infinity) {}
  async write(text: string): Promise<void> {
    if (this.text.length >= this.abortAfter) throw new DownloadAborted();
    this.started = true;
    this.text += text;
  }
  async end(): Promise<void> {
    this.ended = true;
  }
  fail(error: unknown): void {
    this.failedWith = error;
  }
}

function setup(sessionBatch: (afterId: string | undefined) => Promise<ExportSessionRow[]>) {
  const audited: AuditEntry[] = [];
  const repository = { sessionBatch: jest.fn((_filter, afterId: string | undefined) => sessionBatch(afterId)), messageBatch: jest.fn(async () => []) };
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
