import { ChangeDetectionStrategy, Component, computed, inject, linkedSignal, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { EncryptionStore } from './encryption.store';

/** Start a re-encryption (super_admin): re-wrap the data keys, optionally re-encrypt every field. */
@Component({
  selector: 'app-reencrypt-panel',
  imports: [FormsModule],
  templateUrl: './reencrypt-panel.component.html',
  styleUrl: './panel.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReencryptPanelComponent {
  protected readonly store = inject(EncryptionStore);

  protected readonly keys = computed(() => {
    const status = this.store.status();
    return (status?.configuredMasterKeyIds ?? []).map((id) => {
      const active = id === status?.activeMasterKeyId;
      return { id, active, label: active ? `${id} (active)` : `${id} (not active)` };
    });
  });
  protected readonly target = linkedSignal(() => this.store.status()?.activeMasterKeyId ?? '');
  protected readonly rewriteData = signal(false);
  protected readonly canStart = computed(
    () => !this.store.starting() && !this.store.jobRunning() && this.target() !== '' && this.target() === this.store.status()?.activeMasterKeyId,
  );

  protected start(): void {
    if (this.canStart()) void this.store.startReencryption(this.rewriteData());
  }
}
