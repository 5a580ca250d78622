import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { Permission } from '@parley/contracts';
import type { EncryptionJobDto, EncryptionStatusDto } from '../core/api/parley-api.generated';
import { AuthStore } from '../core/auth/auth.store';
import EncryptionComponent from './encryption.component';

const STATUS: EncryptionStatusDto = {
  enabled: true,
  activeMasterKeyId: 'B',
  configuredMasterKeyIds: ['A', 'B'],
  dataKeys: [
    { masterKeyId: 'A', purpose: 'data', keys: 2 },
    { masterKeyId: 'B', purpose: 'search', keys: 1 },
  ],
  tables: [{ table: 'messages', rows: 10, plaintextRows: 3, valuesPerDataKey: [{ dekId: '0f9e8d7c-1111-2222-3333-444455556666', values: 7 }] }],
  runningJob: null,
  lastRotation: null,
};

const JOB: EncryptionJobDto = {
  id: 'job-1',
  kind: 'reencrypt',
  status: 'running',
  rewriteData: true,
  toMasterKeyId: 'B',
  toDataKeyId: 'dek-2',
  rowsDone: 50,
  rowsTotal: 200,
  keysRewrapped: 2,
  error: null,
  startedAt: '2026-01-01T10:00:00.000Z',
  finishedAt: null,
};

const AUDIT = {
  items: [
    { id: 'a1', action: 'rewrap', actorId: 'u1', actorName: 'Sam Super', fromKeyId: 'A', toKeyId: 'B', rowCount: 0, outcome: 'succeeded', details: { keysRewrapped: 2 }, startedAt: '2026-01-01T09:00:00.000Z', finishedAt: '2026-01-01T09:00:01.000Z' },
    { id: 'a0', action: 'cleanup-plaintext', actorId: null, actorName: null, fromKeyId: null, toKeyId: 'A', rowCount: 3, outcome: 'succeeded', details: null, startedAt: '2026-01-01T08:00:00.000Z', finishedAt: '2026-01-01T08:00:01.000Z' },
  ],
  nextCursor: null,
};

describe('EncryptionComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<EncryptionComponent>;

  async function render(permissions: Permission[], status: EncryptionStatusDto = STATUS): Promise<HTMLElement> {
    const granted = new Set<Permission>(permissions);
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: AuthStore, useValue: { can: (permission: Permission) => granted.has(permission) } }],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EncryptionComponent);
    backend.expectOne('/admin/encryption/status').flush(status);
    backend.expectOne((request) => request.url === '/admin/encryption/audit').flush(AUDIT);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function buttons(page: HTMLElement): string[] {
    return Array.from(page.querySelectorAll('button')).map((button) => button.textContent?.trim() ?? '');
  }

  afterEach(() => {
    fixture.destroy();
    backend.verify();
  });

  it('shows status and the audit log but no action controls without encryption:manage', async () => {
    const page = await render(['encryption:read']);
    expect(page.textContent).toContain('Active master key');
    expect(page.textContent).toContain('3 rows still hold a field in plaintext');
    expect(page.textContent).toContain('Re-wrap data keys');
    expect(page.querySelector('h2#audit-title')?.textContent).toBe('Audit log');
    // Who ran each operation comes with the entry: no per-user lookups.
    const by = Array.from(page.querySelectorAll('section[aria-labelledby="audit-title"] tbody tr')).map((row) => row.querySelectorAll('td')[6]?.textContent?.trim());
    expect(by).toEqual(['Sam Super', 'Server / CLI']);
    expect(buttons(page).some((label) => /Start re-encryption|Dry run|Clean up now/.test(label))).toBe(false);
    expect(page.querySelector('select')).toBeNull();
    expect(page.querySelector('input[type="checkbox"]')).toBeNull();
  });

  it('shows a running job to a reader, without controls', async () => {
    const page = await render(['encryption:read'], { ...STATUS, runningJob: JOB });
    const bar = page.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('25');
    expect(page.textContent).toContain('50 of 200 rows re-encrypted');
    expect(buttons(page).some((label) => /Start re-encryption/.test(label))).toBe(false);
  });

  it('gives a super admin the re-encryption form and the two-step clean-up', async () => {
    const page = await render(['encryption:read', 'encryption:manage']);
    // The server always re-encrypts to the active master key: it is stated, not chosen.
    expect(page.querySelector('app-reencrypt-panel select')).toBeNull();
    const target = page.querySelector('app-reencrypt-panel .target');
    expect(target?.textContent?.trim()).toBe('Re-encrypts to the active master key B.');
    expect(target?.querySelector('code')?.textContent).toBe('B');
    expect(page.querySelector('app-reencrypt-panel')?.textContent).toContain('set ACTIVE_MASTER_KEY_ID to it on every server, restart them');
    expect(page.querySelector<HTMLInputElement>('input[name="rewriteData"]')?.checked).toBe(false);
    const byLabel = (label: string) => Array.from(page.querySelectorAll('button')).find((button) => button.textContent?.trim() === label) as HTMLButtonElement;
    expect(byLabel('Start re-encryption').disabled).toBe(false);
    expect(byLabel('Clean up now').disabled).toBe(true);

    byLabel('Dry run').click();
    backend.expectOne('/admin/encryption/cleanup-plaintext').flush({ dryRun: true, tables: [{ table: 'messages', plaintextRows: 3, encrypted: 0, unreadable: 0 }] });
    await fixture.whenStable();
    expect(page.textContent).toContain('Dry run: 3 rows would be encrypted');
    expect(byLabel('Clean up now').disabled).toBe(false);

    const confirm = jest.spyOn(window, 'confirm').mockReturnValue(false);
    byLabel('Clean up now').click();
    expect(confirm).toHaveBeenCalled();
    backend.expectNone('/admin/encryption/cleanup-plaintext');
    confirm.mockRestore();
  });

  it('starts a re-encryption with the chosen option and shows its progress', async () => {
    const page = await render(['encryption:read', 'encryption:manage']);
    const checkbox = page.querySelector<HTMLInputElement>('input[name="rewriteData"]');
    checkbox?.click();
    await fixture.whenStable();
    page.querySelector<HTMLFormElement>('app-reencrypt-panel form')?.dispatchEvent(new Event('submit'));
    const post = backend.expectOne('/admin/encryption/reencrypt');
    expect(post.request.body).toEqual({ rewriteData: true });
    post.flush({ ...JOB, rowsDone: 0 }, { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    const bar = page.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).toBe('0');
    expect(page.textContent).toContain('Running…');
    const start = Array.from(page.querySelectorAll('button')).find((button) => button.textContent?.includes('Start re-encryption'));
    expect(start?.disabled).toBe(true);
  });
});
