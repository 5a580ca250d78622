import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type {
  AgentPerformanceDto,
  AnalyticsOverviewDto,
  ConfidenceHistogramDto,
  MessagesOverTimeDto,
  ResponseTimesDto,
} from '../core/api/parley-api.generated';
import { ParleyApi } from '../core/api/parley-api.generated';
import { AuthStore } from '../core/auth/auth.store';
import { DownloadTracker } from '../shared/download';
import { localDay } from '../shared/time';
import {
  AnalyticsRange,
  agentRows,
  browserTimeZone,
  confidenceBars,
  hasAnyValue,
  messageSeries,
  rangeProblem,
  responseTimeSeries,
  toKpis,
  toQuery,
} from './analytics-mapping';
import { ReportState } from '../shared/report-state';

export type ReportName = 'overview' | 'messages-over-time' | 'confidence-histogram' | 'response-times' | 'agent-performance';
export type ExportFormat = 'csv' | 'json';

export function defaultRange(now: Date = new Date()): AnalyticsRange {
  // 29 days back plus today is the last 30 days, matching the server's default range.
  return { from: localDay(29, now), to: localDay(0, now), interval: 'day', tz: browserTimeZone() };
}

/** The analytics screen's state: the picked range, the five reports, and each report's export. */
@Injectable()
export class AnalyticsStore {
  private readonly api = inject(ParleyApi);
  private readonly auth = inject(AuthStore);

  private readonly rangeState = signal<AnalyticsRange>(defaultRange());
  readonly range = this.rangeState.asReadonly();
  readonly query = computed(() => toQuery(this.rangeState()));
  readonly problem = computed(() => rangeProblem(this.rangeState()));

  readonly overview = new ReportState<AnalyticsOverviewDto>();
  readonly messages = new ReportState<MessagesOverTimeDto>();
  readonly confidence = new ReportState<ConfidenceHistogramDto>();
  readonly responseTimes = new ReportState<ResponseTimesDto>();
  readonly agents = new ReportState<AgentPerformanceDto>();
  private readonly byName: Record<ReportName, ReportState<unknown>> = {
    overview: this.overview,
    'messages-over-time': this.messages,
    'confidence-histogram': this.confidence,
    'response-times': this.responseTimes,
    'agent-performance': this.agents,
  };
  private readonly reports = Object.values(this.byName);

  readonly kpis = computed(() => {
    const overview = this.overview.data();
    return overview ? toKpis(overview) : [];
  });
  readonly messageSeries = computed(() => messageSeries(this.messages.data()?.points ?? []));
  readonly messagesEmpty = computed(() => !hasAnyValue(this.messageSeries()));
  readonly confidenceBuckets = computed(() => this.confidence.data()?.buckets ?? []);
  readonly confidenceBars = computed(() => confidenceBars(this.confidenceBuckets()));
  readonly confidenceEmpty = computed(() => this.confidenceBuckets().every((bucket) => bucket.count === 0));
  readonly responseSeries = computed(() => responseTimeSeries(this.responseTimes.data()?.points ?? []));
  readonly responseEmpty = computed(() => {
    const report = this.responseTimes.data();
    return !report || (report.firstResponse.count === 0 && report.agentResponse.count === 0);
  });
  readonly agentRows = computed(() => agentRows(this.agents.data()?.agents ?? []));

  /** The server refuses exports without export:run; viewers and agents get no export buttons. */
  readonly canExport = computed(() => this.auth.can('export:run'));
  readonly downloads: Record<Exclude<ReportName, 'overview'>, DownloadTracker> = {
    'messages-over-time': new DownloadTracker(),
    'confidence-histogram': new DownloadTracker(),
    'response-times': new DownloadTracker(),
    'agent-performance': new DownloadTracker(),
  };

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.reports.forEach((report) => report.cancel());
      Object.values(this.downloads).forEach((download) => download.cancel());
    });
  }

  /** Changes the pickers and fetches every report again. */
  update(change: Partial<Omit<AnalyticsRange, 'tz'>>): void {
    this.rangeState.update((range) => ({ ...range, ...change }));
    this.load();
  }

  load(): void {
    const problem = this.problem();
    if (problem) {
      this.reports.forEach((report) => report.fail(problem));
      return;
    }
    (Object.keys(this.byName) as ReportName[]).forEach((name) => this.reload(name));
  }

  /** Asks for one report again (a section's "Try again"). */
  reload(name: ReportName): void {
    if (this.problem()) return this.load();
    const query = this.query();
    switch (name) {
      case 'overview':
        return this.overview.run(this.api.analyticsOverview(query));
      case 'messages-over-time':
        return this.messages.run(this.api.analyticsMessagesOverTime(query));
      case 'confidence-histogram':
        return this.confidence.run(this.api.analyticsConfidenceHistogram(query));
      case 'response-times':
        return this.responseTimes.run(this.api.analyticsResponseTimes(query));
      case 'agent-performance':
        return this.agents.run(this.api.analyticsAgentPerformance(query));
    }
  }

  export(report: Exclude<ReportName, 'overview'>, format: ExportFormat): void {
    const range = this.rangeState();
    this.downloads[report].start(
      this.api.exportsExportReport({ ...this.query(), report, format }),
      `parley-${report}-${range.from}-${range.to}.${format}`,
    );
  }
}
