import type {
  AgentPerformance,
  AnalyticsOverview,
  ConfidenceHistogram,
  DurationStats,
  MessagesOverTime,
  ResponseTimes,
} from '@parley/contracts';
import type { CsvValue } from './csv';

/** A report as one table: what its CSV export holds. */
export interface ReportTable {
  columns: string[];
  rows: CsvValue[][];
}

/** Every figure of the overview as a `metric,value` row, named by its path (`sessions.byStatus.closed`). */
export function overviewTable(report: AnalyticsOverview): ReportTable {
  const rows: CsvValue[][] = [];
  const walk = (value: unknown, path: string): void => {
    if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, path ? `${path}.${key}` : key);
    } else {
      rows.push([path, value as CsvValue]);
    }
  };
  walk(report, '');
  return { columns: ['metric', 'value'], rows };
}

export function messagesOverTimeTable(report: MessagesOverTime): ReportTable {
  return {
    columns: ['start', 'visitor', 'bot', 'agent', 'system', 'total'],
    rows: report.points.map((point) => [point.start, point.visitor, point.bot, point.agent, point.system, point.total]),
  };
}

export function confidenceHistogramTable(report: ConfidenceHistogram): ReportTable {
  return {
    columns: ['from', 'to', 'count', 'evaluated', 'correct', 'correct_share'],
    rows: report.buckets.map((bucket) => [bucket.from, bucket.to, bucket.count, bucket.evaluated, bucket.correct, bucket.correctShare]),
  };
}

const stats = (start: string | null, metric: string, value: DurationStats): CsvValue[] => [
  start,
  metric,
  value.count,
  value.average,
  value.p50,
  value.p90,
  value.p99,
];

/** The whole-range figures first (empty `start`), then each bucket's; seconds throughout. */
export function responseTimesTable(report: ResponseTimes): ReportTable {
  return {
    columns: ['start', 'metric', 'count', 'average_s', 'p50_s', 'p90_s', 'p99_s'],
    rows: [
      stats(null, 'first_response', report.firstResponse),
      stats(null, 'agent_first_response', report.agentFirstResponse),
      stats(null, 'agent_response', report.agentResponse),
      ...report.points.flatMap((point) => [
        stats(point.start, 'first_response', point.firstResponse),
        stats(point.start, 'agent_response', point.agentResponse),
      ]),
    ],
  };
}

export function agentPerformanceTable(report: AgentPerformance): ReportTable {
  return {
    columns: [
      'agent_id',
      'name',
      'sessions_handled',
      'sessions_closed',
      'messages_sent',
      'median_first_response_s',
      'average_handling_s',
      'helpful',
      'marked',
      'helpful_rate',
    ],
    rows: report.agents.map((agent) => [
      agent.agentId,
      agent.name,
      agent.sessionsHandled,
      agent.sessionsClosed,
      agent.messagesSent,
      agent.medianFirstResponseSeconds,
      agent.averageHandlingSeconds,
      agent.helpful.count,
      agent.helpful.of,
      agent.helpful.rate,
    ]),
  };
}
