import type { CalibrationBucket } from './accuracy';
import type { MessageSender, SessionListQuery, SessionStatus } from './chat';

/** Bucket widths of the time series. Day and week buckets start at midnight (Monday) in `tz`. */
export const ANALYTICS_INTERVALS = ['hour', 'day', 'week'] as const;
export type AnalyticsInterval = (typeof ANALYTICS_INTERVALS)[number];

/** The reports of `GET /admin/analytics/<report>`, also the `report` of the chart export. */
export const ANALYTICS_REPORTS = ['overview', 'messages-over-time', 'confidence-histogram', 'response-times', 'agent-performance'] as const;
export type AnalyticsReport = (typeof ANALYTICS_REPORTS)[number];

/** Without `from`/`to` a report covers this many days before now. */
export const ANALYTICS_DEFAULT_RANGE_DAYS = 30;
/** A longer range is refused (400): a year-over-year view fits, a full-table scan by accident does not. */
export const ANALYTICS_MAX_RANGE_DAYS = 731;
/** A series with more buckets is refused (400); pick a wider interval. */
export const ANALYTICS_MAX_BUCKETS = 5000;
export const CONFIDENCE_BUCKETS_DEFAULT = 10;
export const CONFIDENCE_BUCKETS_MAX = 100;

/**
 * Query of every analytics report. `from` and `to` are ISO 8601: with an offset (`Z`, `+02:00`) they
 * are instants, without one (`2025-03-01`, `2025-03-01T08:00`) local times in `tz`.
 */
export interface AnalyticsQuery {
  from?: string;
  to?: string;
  /** IANA time zone of day boundaries and buckets; default `UTC`. */
  tz?: string;
  interval?: AnalyticsInterval;
  /** Confidence histogram only: 1–100, default 10. */
  buckets?: number;
}

/** The range a report covers, as the server resolved it: `from` inclusive, `to` exclusive. */
export interface AnalyticsRange {
  from: string;
  to: string;
  tz: string;
}

/** Durations in seconds; null when there was nothing to measure. Percentiles interpolate (percentile_cont). */
export interface DurationStats {
  count: number;
  average: number | null;
  p50: number | null;
  p90: number | null;
  p99: number | null;
}

export interface Rate {
  count: number;
  /** What `count` is a share of. */
  of: number;
  /** count / of, null when `of` is 0. */
  rate: number | null;
}

export interface AnalyticsOverview {
  range: AnalyticsRange;
  /** Sessions created in the range, by their status now. */
  sessions: { total: number; byStatus: Record<SessionStatus, number> };
  /** Messages sent in the range; `internal` counts the agents' internal notes among them. */
  messages: { total: number; bySender: Record<MessageSender, number>; internal: number };
  /** Closed sessions never assigned to an agent, of the closed sessions. */
  botResolved: Rate;
  /** Sessions that ever reached needs_human, of all sessions. */
  handoff: Rate;
  /** First bot or agent reply after the session's first visitor message. */
  firstResponse: DurationStats;
  /** First agent reply after the session's first visitor message. */
  agentFirstResponse: DurationStats;
  /** Of the bot answers logged in the range (ai_accuracy). */
  averageConfidence: number | null;
  /** Answers marked helpful, of the answers marked helpful or unhelpful. */
  helpful: Rate;
  /** Closed sessions: creation to the last visitor, bot or agent message, in seconds. */
  averageSessionLengthSeconds: number | null;
  /** Agents with at least one reply to a visitor in the range. */
  activeAgents: number;
}

export interface MessagesOverTimePoint extends Record<MessageSender, number> {
  /** Start of the bucket (ISO instant). */
  start: string;
  total: number;
}

export interface MessagesOverTime {
  range: AnalyticsRange;
  interval: AnalyticsInterval;
  points: MessagesOverTimePoint[];
}

/** A confidence bucket: the same shape as the accuracy stats' calibration table. */
export type ConfidenceBucket = CalibrationBucket;

export interface ConfidenceHistogram {
  range: AnalyticsRange;
  buckets: ConfidenceBucket[];
}

export interface ResponseTimesPoint {
  start: string;
  firstResponse: DurationStats;
  agentResponse: DurationStats;
}

export interface ResponseTimes {
  range: AnalyticsRange;
  interval: AnalyticsInterval;
  firstResponse: DurationStats;
  agentFirstResponse: DurationStats;
  /** Each visitor message whose next reply came from an agent: the wait for that reply. */
  agentResponse: DurationStats;
  points: ResponseTimesPoint[];
}

export interface AgentPerformanceRow {
  agentId: string;
  name: string;
  /** Sessions created in the range that the agent holds (or held when they closed). */
  sessionsHandled: number;
  sessionsClosed: number;
  /** Replies to visitors sent in the range. */
  messagesSent: number;
  medianFirstResponseSeconds: number | null;
  /** Closed sessions: assignment to closing. */
  averageHandlingSeconds: number | null;
  /** Helpful marks of the bot answers in the agent's sessions. */
  helpful: Rate;
}

export interface AgentPerformance {
  range: AnalyticsRange;
  agents: AgentPerformanceRow[];
}

export const EXPORT_FORMATS = ['csv', 'json', 'ndjson'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const REPORT_EXPORT_FORMATS = ['csv', 'json'] as const;
export type ReportExportFormat = (typeof REPORT_EXPORT_FORMATS)[number];

/** `POST /admin/sessions/export`: the answer is the file itself, streamed. */
export interface SessionExportRequest {
  format: ExportFormat;
  /** The filters of `GET /admin/sessions`. */
  filters?: SessionListQuery;
  includeMessages?: boolean;
}

/** `GET /admin/analytics/export`: the report's query plus what to export. */
export interface ReportExportQuery extends AnalyticsQuery {
  report: AnalyticsReport;
  format: ReportExportFormat;
}
