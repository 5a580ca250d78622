import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { EncryptionStore } from './encryption.store';

/** Encrypt rows still in plaintext: a dry run shows the counts, then the real run, confirmed. */
@Component({
  selector: 'app-cleanup-panel',
  templateUrl: './cleanup-panel.component.html',
  styleUrl: './panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CleanupPanelComponent {
  protected readonly store = inject(EncryptionStore);

  protected readonly summary = computed(() => {
    const report = this.store.cleanupReport();
    if (!report) return '';
    const plaintext = report.tables.reduce((sum, table) => sum + table.plaintextRows, 0);
    if (report.dryRun) return plaintext === 0 ? 'Dry run: nothing is stored in plaintext; there is nothing to clean up.' : `Dry run: ${plaintext} rows would be encrypted. Nothing has changed yet.`;
    const encrypted = report.tables.reduce((sum, table) => sum + table.encrypted, 0);
    const unreadable = report.tables.reduce((sum, table) => sum + table.unreadable, 0);
    return `Clean-up done: ${encrypted} rows encrypted${unreadable ? `, ${unreadable} left alone because a field could not be read` : ''}.`;
  });

  protected cleanUp(): void {
    if (!confirm('Encrypt every field still stored in plaintext now? This rewrites rows in the database.')) return;
    void this.store.cleanupNow();
  }
}
