import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SessionDto } from '@parley/contracts';
import { languageLabel } from '../shared/language-label';
import { ListStateComponent } from '../shared/list-state.component';
import { EarlierSessionsStore } from './earlier-sessions.store';
import { identityQuery } from './inbox-state';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Who the visitor is: what the site passed (userMeta), the verified customer, and earlier sessions. */
@Component({
  selector: 'app-visitor-details',
  imports: [ListStateComponent, RouterLink],
  templateUrl: './visitor-details.component.html',
  styleUrl: './visitor-details.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [EarlierSessionsStore],
})
export class VisitorDetailsComponent {
  readonly session = input<SessionDto | undefined>();
  readonly earlier = inject(EarlierSessionsStore);

  readonly meta = computed(() => Object.entries(this.session()?.userMeta ?? {}).map(([key, value]) => ({ key, value: show(value) })));
  readonly customer = computed(() => this.session()?.customer ?? null);
  readonly language = computed(() => languageLabel(this.session()?.language));
  readonly unreadable = computed(() => !!this.session()?.unreadable);
  private readonly query = computed(() => identityQuery(this.session()));
  private readonly sessionId = computed(() => this.session()?.id ?? '');
  readonly earlierRows = computed(() =>
    this.earlier.items().map((session) => ({ id: session.id, status: session.status.replace('_', ' '), created: dateFormat.format(new Date(session.createdAt)) })),
  );

  constructor() {
    effect(() => {
      const query = this.query();
      const id = this.sessionId();
      untracked(() => this.earlier.load(query, id));
    });
  }
}
