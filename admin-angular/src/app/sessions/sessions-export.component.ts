import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { SessionsStore } from './sessions.store';

/** Export of the sessions the current filters select, with the bytes received so far. */
@Component({
  selector: 'app-sessions-export',
  imports: [FormsModule],
  template: `
    <section class="card export" aria-labelledby="export-title">
      <h2 id="export-title" class="visually-hidden">Export</h2>
      <div class="toolbar">
        <label class="inline">
          <input type="checkbox" name="includeMessages" [ngModel]="store.includeMessages()" (ngModelChange)="store.includeMessages.set($event)" />
          Include messages
        </label>
        <button type="button" class="secondary" [disabled]="download.running()" (click)="store.exportAs('csv')">Export CSV</button>
        <button type="button" class="secondary" [disabled]="download.running()" (click)="store.exportAs('json')">Export JSON</button>
        @if (download.running()) {
          <button type="button" class="secondary" (click)="download.cancel()">Cancel export</button>
        }
        <span class="muted" role="status" aria-live="polite">
          @if (download.progress(); as progress) {
            Exporting… {{ progress }}
          } @else if (download.saved(); as name) {
            Saved {{ name }}.
          }
        </span>
      </div>
      @if (download.error(); as message) {
        <p class="notice error" role="alert">Export failed: {{ message }}</p>
      }
    </section>
  `,
  styles: `
    .export {
      margin-bottom: 1rem;
      padding: 0.6rem 1rem;
    }
    .export .toolbar {
      margin: 0;
      align-items: center;
    }
    label.inline {
      display: flex;
      gap: 0.4rem;
      align-items: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SessionsExportComponent {
  protected readonly store = inject(SessionsStore);
  protected readonly download = this.store.download;
}
