import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { BarChartModule, Color, LineChartModule, ScaleType } from '@swimlane/ngx-charts';
import { INTERVALS, Interval, bucketLabel, durationRows, formatBucket, formatRate, formatSeconds } from './analytics-mapping';
import { AnalyticsStore } from './analytics.store';
import { ChartSizeDirective } from './chart-size.directive';
import { ReportSectionComponent } from './report-section.component';

const INTERVAL_LABELS: Record<Interval, string> = { hour: 'Hour', day: 'Day', week: 'Week' };

function colors(domain: string[]): Color {
  return { name: 'parley', selectable: true, group: ScaleType.Ordinal, domain };
}

/** How the desk performs over a picked range: KPI cards, three charts and the agents table. */
@Component({
  selector: 'app-analytics',
  imports: [LineChartModule, BarChartModule, ChartSizeDirective, ReportSectionComponent],
  templateUrl: './analytics.component.html',
  styleUrl: './analytics.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class AnalyticsComponent {
  readonly store = inject(AnalyticsStore);
  readonly intervals = INTERVALS.map((value) => ({ value, label: INTERVAL_LABELS[value] }));
  readonly senderColors = colors(['#2e5bd8', '#1e7b3a', '#b36b00', '#7a7f8c']);
  readonly barColors = colors(['#2e5bd8']);
  readonly responseColors = colors(['#2e5bd8', '#b3261e']);

  private readonly interval = computed(() => this.store.range().interval);
  /** Arrow functions: ngx-charts calls these detached from the component. */
  readonly formatTick = (value: Date | string): string => formatBucket(value, this.interval());
  readonly formatSeconds = (value: number): string => formatSeconds(value);

  readonly messageRows = computed(() =>
    (this.store.messages.data()?.points ?? []).map((point) => ({ ...point, label: formatBucket(point.start, this.interval()) })),
  );
  readonly messagesSummary = computed(() => {
    const points = this.store.messages.data()?.points ?? [];
    const total = points.reduce((sum, point) => sum + point.total, 0);
    return `Line chart: messages per ${this.interval()} by sender, ${total} messages in ${points.length} buckets. The figures are in the table that follows.`;
  });

  readonly confidenceRows = computed(() =>
    this.store.confidenceBuckets().map((bucket) => ({
      label: bucketLabel(bucket),
      count: bucket.count,
      evaluated: bucket.evaluated,
      correct: bucket.correct,
      share: formatRate(bucket.correctShare),
    })),
  );
  readonly confidenceSummary = computed(() => {
    const rows = this.confidenceRows();
    const total = rows.reduce((sum, row) => sum + row.count, 0);
    return `Bar chart: ${total} bot answers in ${rows.length} confidence buckets. The figures are in the table that follows.`;
  });

  readonly durationRows = computed(() => {
    const report = this.store.responseTimes.data();
    return report ? durationRows(report) : [];
  });
  readonly responseRows = computed(() =>
    (this.store.responseTimes.data()?.points ?? []).map((point) => ({
      label: formatBucket(point.start, this.interval()),
      first: formatSeconds(point.firstResponse.p50),
      agent: formatSeconds(point.agentResponse.p50),
    })),
  );
  readonly responseSummary = computed(
    () => `Line chart: median first response and median agent response per ${this.interval()}, in ${this.responseRows().length} buckets. The figures are in the table that follows.`,
  );

  constructor() {
    this.store.load();
  }

  setFrom(value: string): void {
    this.store.update({ from: value });
  }

  setTo(value: string): void {
    this.store.update({ to: value });
  }

  setInterval(value: string): void {
    if ((INTERVALS as readonly string[]).includes(value)) this.store.update({ interval: value as Interval });
  }
}
