import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { DownloadTracker } from '../shared/download';
import { ListStateComponent } from '../shared/list-state.component';
import type { ExportFormat } from './analytics.store';

let nextId = 0;

/**
 * A report's frame: its heading, its CSV / JSON export with progress, and the loading, empty and
 * error states around the projected chart or table.
 */
@Component({
  selector: 'app-report-section',
  imports: [ListStateComponent],
  templateUrl: './report-section.component.html',
  styleUrl: './report-section.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportSectionComponent {
  readonly heading = input.required<string>();
  readonly loading = input(false);
  readonly error = input<string | null>(null);
  readonly empty = input(false);
  readonly emptyText = input('No data in this range.');
  /** Absent when the user may not export (or the report has no export). */
  readonly download = input<DownloadTracker | null>(null);
  readonly retry = output<void>();
  readonly export = output<ExportFormat>();

  readonly headingId = `report-heading-${nextId++}`;
  readonly exportNoun = computed(() => this.heading().toLowerCase());
}
