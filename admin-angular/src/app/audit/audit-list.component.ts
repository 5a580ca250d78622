import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { actorLabel } from '../shared/actor-label';
import { ListStateComponent } from '../shared/list-state.component';
import { PagerComponent } from '../shared/pager.component';
import { AuditStore } from './audit.store';

const SEARCH_DELAY_MS = 350;

/** Staff actions and sign-ins, newest first. */
@Component({
  selector: 'app-audit-list',
  imports: [DatePipe, FormsModule, ListStateComponent, PagerComponent],
  templateUrl: './audit-list.component.html',
  styleUrl: './audit-list.component.css',
  providers: [AuditStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AuditListComponent {
  protected readonly store = inject(AuditStore);
  protected readonly pager = this.store.pager;
  protected readonly filters = this.pager.filters;
  protected readonly actionText = signal('');
  protected readonly rows = computed(() =>
    this.pager.items().map((entry) => ({
      entry,
      actor: actorLabel(entry),
      details: entry.details && Object.keys(entry.details).length ? JSON.stringify(entry.details) : '',
    })),
  );
  protected readonly emptyText = computed(() => {
    const filters = this.filters();
    return filters.action || filters.from || filters.to ? 'No entries match these filters.' : 'The audit log is empty.';
  });
  private actionTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    inject(DestroyRef).onDestroy(() => clearTimeout(this.actionTimer));
  }

  /** Filtering follows typing after a short pause, so each keystroke is not a request. */
  protected typed(text: string): void {
    this.actionText.set(text);
    clearTimeout(this.actionTimer);
    this.actionTimer = setTimeout(() => this.store.filter({ action: text }), SEARCH_DELAY_MS);
  }

  protected applyNow(): void {
    clearTimeout(this.actionTimer);
    this.store.filter({ action: this.actionText() });
  }
}
