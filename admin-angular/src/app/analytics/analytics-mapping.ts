import type {
  AgentPerformanceRowDto,
  AnalyticsOverviewDto,
  ConfidenceBucketDto,
  DurationStatsDto,
  MessagesOverTimePointDto,
  RateDto,
  ResponseTimesDto,
  ResponseTimesPointDto,
} from '../core/api/parley-api.generated';
import { dayEndIso, dayStartIso, formatDuration } from '../shared/time';

export type Interval = 'hour' | 'day' | 'week';
export const INTERVALS: readonly Interval[] = ['hour', 'day', 'week'];

/** What the toolbar picks: `<input type=date>` days, the bucket width and the browser's zone. */
export interface AnalyticsRange {
  from: string;
  to: string;
  interval: Interval;
  tz: string;
}

export interface AnalyticsQuery {
  from?: string;
  to?: string;
  tz: string;
  interval: Interval;
}

/** One point of an ngx-charts series. */
export interface ChartPoint {
  name: Date | string;
  value: number;
}

export interface ChartSeries {
  name: string;
  series: ChartPoint[];
}

export interface Kpi {
  label: string;
  value: string;
  detail?: string;
}

export const SENDERS = ['visitor', 'bot', 'agent', 'system'] as const;
const SENDER_LABELS: Record<(typeof SENDERS)[number], string> = { visitor: 'Visitor', bot: 'Bot', agent: 'Agent', system: 'System' };

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The pickers as report parameters. The days are local midnights sent as instants; `tz` is the
 * same zone, so the server's day and week buckets line up with the days picked.
 */
export function toQuery(range: AnalyticsRange): AnalyticsQuery {
  return { from: dayStartIso(range.from), to: dayEndIso(range.to), tz: range.tz, interval: range.interval };
}

/** Why the range cannot be asked for, before asking the server; null when it can. */
export function rangeProblem(range: AnalyticsRange): string | null {
  if (!range.from || !range.to) return 'Pick both a From and a To day.';
  if (range.from > range.to) return 'From must be on or before To.';
  return null;
}

export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  return `${Math.round(rate * 1000) / 10}%`;
}

/**
 * formatDuration, except that a bot answering in 0.3 s reads "300 ms" rather than "0 s": bot
 * first responses are mostly under a second.
 */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds !== null && seconds !== undefined && seconds > 0 && seconds < 1) return `${Math.round(seconds * 1000)} ms`;
  return formatDuration(seconds);
}

function rateDetail(rate: RateDto, of: string): string {
  return `${rate.count} of ${rate.of} ${of}`;
}

export function formatConfidence(confidence: number | null | undefined): string {
  return confidence === null || confidence === undefined ? '—' : confidence.toFixed(2);
}

/** The overview's figures as labelled cards, in the order a desk lead reads them. */
export function toKpis(overview: AnalyticsOverviewDto): Kpi[] {
  const bySender = SENDERS.filter((sender) => sender in overview.messages.bySender)
    .map((sender) => `${SENDER_LABELS[sender]} ${overview.messages.bySender[sender]}`)
    .join(' · ');
  return [
    { label: 'Sessions', value: String(overview.sessions.total) },
    { label: 'Resolved by the bot', value: formatRate(overview.botResolved.rate), detail: rateDetail(overview.botResolved, 'closed sessions') },
    { label: 'Handoff rate', value: formatRate(overview.handoff.rate), detail: rateDetail(overview.handoff, 'sessions') },
    { label: 'Median first response', value: formatSeconds(overview.firstResponse.p50), detail: `${overview.firstResponse.count} measured` },
    { label: 'Average first response', value: formatSeconds(overview.firstResponse.average) },
    { label: 'Average confidence', value: formatConfidence(overview.averageConfidence) },
    { label: 'Helpful rate', value: formatRate(overview.helpful.rate), detail: rateDetail(overview.helpful, 'marked answers') },
    { label: 'Average session length', value: formatDuration(overview.averageSessionLengthSeconds) },
    { label: 'Active agents', value: String(overview.activeAgents) },
    {
      label: 'Messages',
      value: String(overview.messages.total),
      detail: [bySender, overview.messages.internal ? `${overview.messages.internal} internal notes` : ''].filter(Boolean).join(' · '),
    },
  ];
}

/**
 * One line per sender with a point for every bucket; a bucket the server left without a figure
 * becomes 0 so the lines never skip a date.
 */
export function messageSeries(points: readonly MessagesOverTimePointDto[]): ChartSeries[] {
  return SENDERS.map((sender) => ({
    name: SENDER_LABELS[sender],
    series: points.map((point) => ({ name: new Date(point.start), value: point[sender] ?? 0 })),
  }));
}

/**
 * Median first response and median agent response per bucket, in seconds. Buckets with nothing
 * measured plot as 0 (a line chart cannot leave a hole); the text table says "—" for them.
 */
export function responseTimeSeries(points: readonly ResponseTimesPointDto[]): ChartSeries[] {
  return [
    { name: 'First response (median)', series: points.map((point) => ({ name: new Date(point.start), value: point.firstResponse.p50 ?? 0 })) },
    { name: 'Agent response (median)', series: points.map((point) => ({ name: new Date(point.start), value: point.agentResponse.p50 ?? 0 })) },
  ];
}

export function bucketLabel(bucket: Pick<ConfidenceBucketDto, 'from' | 'to'>): string {
  return `${bucket.from.toFixed(1)}–${bucket.to.toFixed(1)}`;
}

export function confidenceBars(buckets: readonly ConfidenceBucketDto[]): ChartPoint[] {
  return buckets.map((bucket) => ({ name: bucketLabel(bucket), value: bucket.count }));
}

export function hasAnyValue(series: readonly ChartSeries[]): boolean {
  return series.some((line) => line.series.some((point) => point.value > 0));
}

export interface AgentRow {
  id: string;
  name: string;
  handled: number;
  closed: number;
  messages: number;
  medianFirstResponse: string;
  averageHandling: string;
  helpful: string;
}

export function agentRows(agents: readonly AgentPerformanceRowDto[]): AgentRow[] {
  return agents.map((agent) => ({
    id: agent.agentId,
    name: agent.name,
    handled: agent.sessionsHandled,
    closed: agent.sessionsClosed,
    messages: agent.messagesSent,
    medianFirstResponse: formatSeconds(agent.medianFirstResponseSeconds),
    averageHandling: formatDuration(agent.averageHandlingSeconds),
    helpful: agent.helpful.of ? `${formatRate(agent.helpful.rate)} (${agent.helpful.count} of ${agent.helpful.of})` : '—',
  }));
}

/** A bucket start as the people reading the chart would name it at this interval. */
export function formatBucket(start: string | Date, interval: Interval, timeZone?: string): string {
  const options: Intl.DateTimeFormatOptions =
    interval === 'hour' ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' } : { year: 'numeric', month: 'short', day: 'numeric' };
  return new Intl.DateTimeFormat(undefined, { ...options, timeZone }).format(new Date(start));
}

export interface DurationRow {
  label: string;
  count: number;
  average: string;
  p50: string;
  p90: string;
  p99: string;
}

export function durationRows(report: Pick<ResponseTimesDto, 'firstResponse' | 'agentFirstResponse' | 'agentResponse'>): DurationRow[] {
  const row = (label: string, stats: DurationStatsDto): DurationRow => ({
    label,
    count: stats.count,
    average: formatSeconds(stats.average),
    p50: formatSeconds(stats.p50),
    p90: formatSeconds(stats.p90),
    p99: formatSeconds(stats.p99),
  });
  return [
    row('First response (bot or agent)', report.firstResponse),
    row('Agent first response', report.agentFirstResponse),
    row('Agent response', report.agentResponse),
  ];
}
