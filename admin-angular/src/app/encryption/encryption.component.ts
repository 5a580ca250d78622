import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { AuthStore } from '../core/auth/auth.store';
import { CleanupPanelComponent } from './cleanup-panel.component';
import { EncryptionAuditComponent } from './encryption-audit.component';
import { EncryptionStore } from './encryption.store';
import { JobProgressComponent } from './job-progress.component';
import { ReencryptPanelComponent } from './reencrypt-panel.component';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A data-key id is a UUID; its first block is enough to tell them apart in a table. */
function shortId(id: string): string {
  return id.length > 8 ? `${id.slice(0, 8)}…` : id;
}

/** Encryption at rest: status for encryption:read, actions for encryption:manage (super_admin). */
@Component({
  selector: 'app-encryption',
  imports: [JobProgressComponent, ReencryptPanelComponent, CleanupPanelComponent, EncryptionAuditComponent],
  templateUrl: './encryption.component.html',
  styleUrl: './encryption.component.css',
  providers: [EncryptionStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class EncryptionComponent {
  private readonly auth = inject(AuthStore);
  protected readonly store = inject(EncryptionStore);

  protected readonly canManage = computed(() => this.auth.can('encryption:manage'));

  protected readonly lastRotation = computed(() => {
    const job = this.store.status()?.lastRotation;
    if (!job) return null;
    const kind = job.rewriteData ? 'Keys and data re-encrypted' : 'Data keys re-wrapped';
    return { kind, when: job.finishedAt ? dateTime.format(new Date(job.finishedAt)) : '—', key: job.toMasterKeyId };
  });

  protected readonly dataKeys = computed(() => {
    const status = this.store.status();
    return (status?.dataKeys ?? []).map((row) => ({ ...row, active: row.masterKeyId === status?.activeMasterKeyId }));
  });

  /** Data keys still wrapped by an older master key: that key must stay configured until a re-encryption. */
  protected readonly staleKeys = computed(() =>
    this.dataKeys()
      .filter((row) => !row.active)
      .reduce((sum, row) => sum + row.keys, 0),
  );

  protected readonly tables = computed(() =>
    (this.store.status()?.tables ?? []).map((table) => ({
      table: table.table,
      rows: table.rows,
      plaintext: table.plaintextRows,
      encrypted: Math.max(0, table.rows - table.plaintextRows),
      perKey: table.valuesPerDataKey.map((entry) => `${shortId(entry.dekId)}: ${entry.values}`).join(', ') || '—',
    })),
  );
  protected readonly plaintextTotal = computed(() => this.tables().reduce((sum, table) => sum + table.plaintext, 0));

  constructor() {
    this.store.load();
  }
}
