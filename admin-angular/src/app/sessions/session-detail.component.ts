import { DatePipe, PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { languageLabel } from '../shared/language-label';
import { ListStateComponent } from '../shared/list-state.component';
import { STATUS_LABELS } from './session-format';
import { SessionDetailStore } from './session-detail.store';

const SENDER_LABELS = { visitor: 'Visitor', bot: 'Bot', agent: 'Agent', system: 'System' } as const;

/** A session, read-only: its facts, visitor, and the full conversation. */
@Component({
  selector: 'app-session-detail',
  imports: [DatePipe, PercentPipe, FormsModule, RouterLink, ListStateComponent],
  templateUrl: './session-detail.component.html',
  styleUrls: ['./sessions.css', './session-detail.component.css'],
  providers: [SessionDetailStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class SessionDetailComponent {
  protected readonly store = inject(SessionDetailStore);
  /** From the route (`sessions/:sessionId`). */
  readonly sessionId = input.required<string>();
  protected readonly assignTo = signal('');

  protected readonly session = this.store.session;
  protected readonly statusLabel = computed(() => {
    const session = this.session();
    return session ? STATUS_LABELS[session.status] : '';
  });
  protected readonly language = computed(() => languageLabel(this.session()?.language));
  protected readonly metaEntries = computed(() =>
    Object.entries(this.session()?.userMeta ?? {}).map(([key, value]) => ({ key, value: typeof value === 'string' ? value : JSON.stringify(value) })),
  );
  protected readonly messages = computed(() =>
    this.store.messages().map((message) => ({
      message,
      who: message.sender === 'agent' && message.agent ? message.agent.name : SENDER_LABELS[message.sender],
    })),
  );

  protected readonly messageCount = computed(() => {
    const count = this.store.messages().length;
    return count === 1 ? '1 message.' : `${count} messages.`;
  });

  constructor() {
    effect(() => {
      const id = this.sessionId();
      untracked(() => this.store.load(id));
    });
  }
}
