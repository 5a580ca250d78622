import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { EncryptionStore } from './encryption.store';

/**
 * Start a re-encryption (super_admin): re-wrap the data keys, optionally re-encrypt every field.
 * The server always re-encrypts to ACTIVE_MASTER_KEY_ID, so there is no key to choose here.
 */
@Component({
  selector: 'app-reencrypt-panel',
  imports: [FormsModule],
  templateUrl: './reencrypt-panel.component.html',
  styleUrl: './panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReencryptPanelComponent {
  protected readonly store = inject(EncryptionStore);

  protected readonly activeKey = computed(() => this.store.status()?.activeMasterKeyId ?? '');
  protected readonly rewriteData = signal(false);
  protected readonly canStart = computed(() => !this.store.starting() && !this.store.jobRunning() && this.activeKey() !== '');

  protected start(): void {
    if (this.canStart()) void this.store.startReencryption(this.rewriteData());
  }
}
