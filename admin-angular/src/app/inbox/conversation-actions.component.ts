import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { InboxStore } from './inbox.store';

/** Claim, release and close: shown with the permission, enabled by the session's status and holder. */
@Component({
  selector: 'app-conversation-actions',
  template: `
    @let available = store.actions();
    @let busy = store.busyAction() !== null;
    <div class="actions" role="group" aria-label="Conversation actions">
      @if (available.claim.shown) {
        <button type="button" [disabled]="!available.claim.enabled || busy" (click)="store.act('claim')">Claim</button>
      }
      @if (available.release.shown) {
        <button type="button" class="secondary" [disabled]="!available.release.enabled || busy" (click)="store.act('release')">
          Release
        </button>
      }
      @if (available.close.shown) {
        <button type="button" class="danger" [disabled]="!available.close.enabled || busy" (click)="store.act('close')">
          Close conversation
        </button>
      }
    </div>
  `,
  styles: `
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConversationActionsComponent {
  readonly store = inject(InboxStore);
}
