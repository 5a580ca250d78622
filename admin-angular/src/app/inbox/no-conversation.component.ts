import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-no-conversation',
  template: `<div class="card empty"><p class="muted">Pick a waiting visitor or one of your conversations.</p></div>`,
  styles: `
    .empty {
      min-height: 12rem;
      display: grid;
      place-items: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NoConversationComponent {}
