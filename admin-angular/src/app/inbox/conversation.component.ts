import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  untracked,
  viewChild,
} from '@angular/core';
import { ListStateComponent } from '../shared/list-state.component';
import { ConversationActionsComponent } from './conversation-actions.component';
import { InboxStore } from './inbox.store';
import { toMessageView } from './message-view';
import { ReplyBoxComponent } from './reply-box.component';
import { VisitorDetailsComponent } from './visitor-details.component';

/** How close to the end counts as "reading the newest lines" (then new lines scroll into view). */
const STICKY_BOTTOM_PX = 48;

/** One conversation (route `inbox/:sessionId`, so a reload reopens it): history, live lines, reply box. */
@Component({
  selector: 'app-conversation',
  imports: [ListStateComponent, ConversationActionsComponent, ReplyBoxComponent, VisitorDetailsComponent],
  templateUrl: './conversation.component.html',
  styleUrl: './conversation.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ConversationComponent {
  readonly store = inject(InboxStore);
  /** From the route parameter. */
  readonly sessionId = input.required<string>();
  private readonly log = viewChild<ElementRef<HTMLElement>>('log');
  private atBottom = true;

  readonly session = this.store.openSession;
  readonly heading = computed(() => this.store.label(this.sessionId()));
  readonly lines = computed(() => this.store.lines().map(toMessageView));
  readonly status = computed(() => {
    const session = this.session();
    if (!session) return null;
    switch (session.status) {
      case 'active':
        return 'Bot is answering';
      case 'needs_human':
        return 'Waiting for an agent';
      case 'agent_assigned':
        return session.assignedAgent?.id === this.store.me() ? 'Assigned to you' : `With ${session.assignedAgent?.name ?? 'an agent'}`;
      case 'closed':
        return 'Closed';
    }
  });

  constructor() {
    effect(() => {
      const id = this.sessionId();
      untracked(() => this.store.open(id));
    });
    inject(DestroyRef).onDestroy(() => this.store.open(null));
    afterRenderEffect(() => {
      this.lines();
      this.store.visitorTyping();
      const element = this.log()?.nativeElement;
      if (element && this.atBottom) element.scrollTop = element.scrollHeight;
    });
  }

  onScroll(element: HTMLElement): void {
    this.atBottom = element.scrollHeight - element.scrollTop - element.clientHeight < STICKY_BOTTOM_PX;
  }
}
