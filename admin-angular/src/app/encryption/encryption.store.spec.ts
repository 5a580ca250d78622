import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentInjector, createEnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { EncryptionJobDto, EncryptionStatusDto } from '../core/api/parley-api.generated';
import { EncryptionStore, JOB_POLL_MS } from './encryption.store';

const JOB_URL = '/admin/encryption/jobs/job-1';

function job(patch: Partial<EncryptionJobDto> = {}): EncryptionJobDto {
  return {
    id: 'job-1',
    kind: 'reencrypt',
    status: 'running',
    rewriteData: true,
    toMasterKeyId: 'B',
    toDataKeyId: 'dek-2',
    rowsDone: 0,
    rowsTotal: 200,
    keysRewrapped: 0,
    error: null,
    startedAt: '2026-01-01T10:00:00.000Z',
    finishedAt: null,
    ...patch,
  };
}

function status(patch: Partial<EncryptionStatusDto> = {}): EncryptionStatusDto {
  return {
    enabled: true,
    activeMasterKeyId: 'B',
    configuredMasterKeyIds: ['A', 'B'],
    dataKeys: [{ masterKeyId: 'A', purpose: 'data', keys: 2 }],
    tables: [{ table: 'messages', rows: 10, plaintextRows: 3, valuesPerDataKey: [] }],
    runningJob: null,
    lastRotation: null,
    ...patch,
  };
}

describe('EncryptionStore', () => {
  let backend: HttpTestingController;
  let scope: EnvironmentInjector;
  let store: EncryptionStore;

  /** The page's first requests: status and the first audit page. */
  function answerLoad(current = status()): void {
    backend.expectOne('/admin/encryption/status').flush(current);
    backend.expectOne((request) => request.url === '/admin/encryption/audit').flush({ items: [], nextCursor: null });
  }

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    backend = TestBed.inject(HttpTestingController);
    // The store lives as long as the page; this injector stands in for the page.
    scope = createEnvironmentInjector([EncryptionStore], TestBed.inject(EnvironmentInjector));
    store = scope.get(EncryptionStore);
    store.load();
    answerLoad();
  });

  afterEach(() => {
    backend.verify();
    jest.useRealTimers();
  });

  it('starts a re-encryption and reads its progress every second until it finishes', async () => {
    const started = store.startReencryption(true);
    const post = backend.expectOne('/admin/encryption/reencrypt');
    expect(post.request.body).toEqual({ rewriteData: true });
    post.flush(job(), { status: 202, statusText: 'Accepted' });
    await started;
    expect(store.job()?.status).toBe('running');
    expect(store.polling()).toBe(true);
    backend.expectNone(JOB_URL);

    jest.advanceTimersByTime(JOB_POLL_MS);
    backend.expectOne(JOB_URL).flush(job({ rowsDone: 80, keysRewrapped: 3 }));
    expect(store.job()).toMatchObject({ rowsDone: 80, keysRewrapped: 3 });

    jest.advanceTimersByTime(JOB_POLL_MS);
    backend.expectOne(JOB_URL).flush(job({ status: 'succeeded', rowsDone: 200, keysRewrapped: 3, finishedAt: '2026-01-01T10:01:00.000Z' }));
    expect(store.job()?.status).toBe('succeeded');
    expect(store.polling()).toBe(false);
    // The finished job changes the keys and counts: status and audit are read again.
    answerLoad(status({ lastRotation: job({ status: 'succeeded' }) }));

    jest.advanceTimersByTime(JOB_POLL_MS * 5);
    backend.expectNone(JOB_URL);
  });

  it('shows why a job failed and stops polling', async () => {
    const started = store.startReencryption(false);
    backend.expectOne('/admin/encryption/reencrypt').flush(job({ rewriteData: false, rowsTotal: 0 }), { status: 202, statusText: 'Accepted' });
    await started;

    jest.advanceTimersByTime(JOB_POLL_MS);
    backend.expectOne(JOB_URL).flush(job({ status: 'failed', error: 'data key k1 is wrapped by master key "A", which is not configured' }));
    expect(store.job()?.error).toContain('which is not configured');
    expect(store.polling()).toBe(false);
    answerLoad();
    jest.advanceTimersByTime(JOB_POLL_MS * 3);
    backend.expectNone(JOB_URL);
  });

  it('shows the refusal in words when a job is already running', async () => {
    const started = store.startReencryption(true);
    backend
      .expectOne('/admin/encryption/reencrypt')
      .flush({ code: 'INVALID_STATE', message: 'encryption job job-0 is still running' }, { status: 409, statusText: 'Conflict' });
    await started;
    expect(store.startError()).toBe('encryption job job-0 is still running');
    expect(store.polling()).toBe(false);
  });

  it('keeps polling through a passing server error, and says so meanwhile', async () => {
    const started = store.startReencryption(true);
    backend.expectOne('/admin/encryption/reencrypt').flush(job(), { status: 202, statusText: 'Accepted' });
    await started;
    jest.advanceTimersByTime(JOB_POLL_MS);
    backend.expectOne(JOB_URL).flush({ message: 'Database unavailable' }, { status: 503, statusText: 'Service Unavailable' });
    expect(store.pollError()).toBe("The job's progress could not be read: Database unavailable");
    jest.advanceTimersByTime(JOB_POLL_MS);
    backend.expectOne(JOB_URL).flush(job({ rowsDone: 10 }));
    expect(store.pollError()).toBeNull();
    expect(store.job()?.rowsDone).toBe(10);
    scope.destroy();
  });

  it('follows a job it finds running, and stops polling when the page is left', () => {
    scope.destroy();
    scope = createEnvironmentInjector([EncryptionStore], TestBed.inject(EnvironmentInjector));
    store = scope.get(EncryptionStore);
    store.load();
    answerLoad(status({ runningJob: job({ rowsDone: 5 }) }));
    expect(store.job()?.rowsDone).toBe(5);
    expect(store.jobRunning()).toBe(true);

    jest.advanceTimersByTime(JOB_POLL_MS);
    backend.expectOne(JOB_URL).flush(job({ rowsDone: 50 }));
    scope.destroy();
    jest.advanceTimersByTime(JOB_POLL_MS * 5);
    backend.expectNone(JOB_URL);
  });

  it('cleans up only after a dry run', async () => {
    await store.cleanupNow();
    backend.expectNone('/admin/encryption/cleanup-plaintext');
    expect(store.dryRunDone()).toBe(false);

    const dry = store.dryRun();
    const request = backend.expectOne('/admin/encryption/cleanup-plaintext');
    expect(request.request.body).toEqual({ dryRun: true });
    request.flush({ dryRun: true, tables: [{ table: 'messages', plaintextRows: 3, encrypted: 0, unreadable: 0 }] });
    await dry;
    expect(store.dryRunDone()).toBe(true);

    const real = store.cleanupNow();
    const cleanup = backend.expectOne('/admin/encryption/cleanup-plaintext');
    expect(cleanup.request.body).toEqual({ dryRun: false });
    cleanup.flush({ dryRun: false, tables: [{ table: 'messages', plaintextRows: 3, encrypted: 2, unreadable: 1 }] });
    await real;
    expect(store.cleanupReport()?.tables[0]).toMatchObject({ encrypted: 2, unreadable: 1 });
    // A second real run needs a fresh dry run.
    expect(store.dryRunDone()).toBe(false);
    answerLoad();
  });

  it('shows a failed clean-up in words', async () => {
    const dry = store.dryRun();
    backend.expectOne('/admin/encryption/cleanup-plaintext').flush({ message: 'no' }, { status: 403, statusText: 'Forbidden' });
    await dry;
    expect(store.cleanupError()).toBe('no');
    expect(store.dryRunDone()).toBe(false);
  });
});
