import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { actorLabel } from '../shared/actor-label';
import { ListStateComponent } from '../shared/list-state.component';
import { PagerComponent } from '../shared/pager.component';
import { EncryptionStore } from './encryption.store';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const ACTIONS: Record<string, string> = {
  rewrap: 'Re-wrap data keys',
  reencrypt: 'Re-encrypt data',
  'cleanup-plaintext': 'Clean up plaintext',
};

/** Details worth a glance (the error of a failed job, unreadable counts); the rest is in the log. */
function detailText(details: Record<string, unknown> | null): string {
  if (!details) return '';
  const parts: string[] = [];
  if (typeof details['error'] === 'string') parts.push(`Error: ${details['error']}`);
  if (typeof details['keysRewrapped'] === 'number') parts.push(`${details['keysRewrapped']} keys re-wrapped`);
  if (typeof details['unreadable'] === 'number' && details['unreadable'] > 0) parts.push(`${details['unreadable']} unreadable`);
  if (Array.isArray(details['tables'])) {
    const unreadable = details['tables'].reduce((sum: number, table: unknown) => sum + (typeof table === 'object' && table !== null && 'unreadable' in table ? Number(table.unreadable) || 0 : 0), 0);
    if (unreadable > 0) parts.push(`${unreadable} unreadable`);
  }
  return parts.join(' · ');
}

/** The encryption audit log: key operations and their outcome, newest first. */
@Component({
  selector: 'app-encryption-audit',
  imports: [ListStateComponent, PagerComponent],
  templateUrl: './encryption-audit.component.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EncryptionAuditComponent {
  protected readonly pager = inject(EncryptionStore).audit;

  protected readonly rows = computed(() =>
    this.pager.items().map((entry) => ({
      id: entry.id,
      started: dateTime.format(new Date(entry.startedAt)),
      finished: entry.finishedAt ? dateTime.format(new Date(entry.finishedAt)) : '—',
      action: ACTIONS[entry.action] ?? entry.action,
      outcome: entry.outcome,
      keys: [entry.fromKeyId, entry.toKeyId].some(Boolean) ? `${entry.fromKeyId ?? '—'} → ${entry.toKeyId ?? '—'}` : '—',
      rows: entry.rowCount,
      actor: actorLabel(entry, 'Server / CLI'),
      actorId: entry.actorId,
      details: detailText(entry.details),
    })),
  );
}
