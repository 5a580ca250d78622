import {
  AgentPerformance,
  AnalyticsInterval,
  AnalyticsOverview,
  ConfidenceHistogram,
  DurationStats,
  MessagesOverTime,
  Rate,
  ResponseTimes,
} from '@parley/contracts';
import { ReportRange, describeRange } from './analytics-range';
import { DurationRow, toDurationStats } from './analytics-sql';
import type { ConfidenceBucketRow, MessageBucketRow, OverviewRow } from './analytics.repository';
import type { AgentPerformanceDbRow, AgentResponseRow, FirstResponseRow } from './analytics-timing.repository';

/** Turn the rows of the aggregate queries into the report shapes of libs/contracts. */

export function rate(count: number, of: number): Rate {
  return { count, of, rate: of === 0 ? null : count / of };
}

const iso = (ms: number): string => new Date(ms).toISOString();

export function buildOverview(range: ReportRange, row: OverviewRow): AnalyticsOverview {
  return {
    range: describeRange(range),
    sessions: {
      total: row.sessions_total,
      byStatus: {
        active: row.sessions_active,
        needs_human: row.sessions_needs_human,
        agent_assigned: row.sessions_agent_assigned,
        closed: row.sessions_closed,
      },
    },
    messages: {
      total: row.messages_total,
      bySender: { visitor: row.messages_visitor, bot: row.messages_bot, agent: row.messages_agent, system: row.messages_system },
      internal: row.messages_internal,
    },
    botResolved: rate(row.bot_resolved, row.sessions_closed),
    handoff: rate(row.handed_off, row.sessions_total),
    firstResponse: toDurationStats(row, 'first'),
    agentFirstResponse: toDurationStats(row, 'agent_first'),
    averageConfidence: row.average_confidence,
    helpful: rate(row.helpful, row.marked),
    averageSessionLengthSeconds: row.average_length_s === null ? null : Math.round(row.average_length_s * 1000) / 1000,
    activeAgents: row.active_agents,
  };
}

export function buildMessagesOverTime(range: ReportRange, interval: AnalyticsInterval, rows: MessageBucketRow[]): MessagesOverTime {
  return {
    range: describeRange(range),
    interval,
    points: rows.map((row) => ({
      start: iso(row.start_ms),
      visitor: row.visitor,
      bot: row.bot,
      agent: row.agent,
      system: row.system,
      total: row.visitor + row.bot + row.agent + row.system,
    })),
  };
}

export function buildConfidenceHistogram(range: ReportRange, buckets: number, rows: ConfidenceBucketRow[]): ConfidenceHistogram {
  // Bounds as decimals (0.3, not 0.30000000000000004): they label chart axes and CSV columns.
  const bound = (index: number): number => Number((index / buckets).toFixed(6));
  return {
    range: describeRange(range),
    buckets: rows.map((row) => ({
      from: bound(row.bucket),
      to: bound(row.bucket + 1),
      count: row.count,
      evaluated: row.evaluated,
      correct: row.correct,
      correctShare: row.evaluated === 0 ? null : row.correct / row.evaluated,
    })),
  };
}

const EMPTY: DurationStats = { count: 0, average: null, p50: null, p90: null, p99: null };

// A bucket without samples has null columns from the left join, which read as the empty stats.
function statsOrEmpty<N extends string>(row: DurationRow<N> | undefined, name: N): DurationStats {
  return row ? toDurationStats(row, name) : EMPTY;
}

export function buildResponseTimes(
  range: ReportRange,
  interval: AnalyticsInterval,
  first: FirstResponseRow[],
  agent: AgentResponseRow[],
): ResponseTimes {
  const overallFirst = first.find((row) => row.start_ms === null);
  const overallAgent = agent.find((row) => row.start_ms === null);
  const agentByBucket = new Map(agent.filter((row) => row.start_ms !== null).map((row) => [row.start_ms, row]));
  return {
    range: describeRange(range),
    interval,
    firstResponse: statsOrEmpty(overallFirst, 'first'),
    agentFirstResponse: statsOrEmpty(overallFirst, 'agent_first'),
    agentResponse: statsOrEmpty(overallAgent, 'agent'),
    points: first
      .filter((row): row is FirstResponseRow & { start_ms: number } => row.start_ms !== null)
      .map((row) => ({
        start: iso(row.start_ms),
        firstResponse: statsOrEmpty(row, 'first'),
        agentResponse: statsOrEmpty(agentByBucket.get(row.start_ms), 'agent'),
      })),
  };
}

export function buildAgentPerformance(range: ReportRange, rows: AgentPerformanceDbRow[]): AgentPerformance {
  const round = (value: number | null): number | null => (value === null ? null : Math.round(value * 1000) / 1000);
  return {
    range: describeRange(range),
    agents: rows.map((row) => ({
      agentId: row.agent_id,
      name: row.name,
      sessionsHandled: row.handled,
      sessionsClosed: row.closed,
      messagesSent: row.sent,
      medianFirstResponseSeconds: round(row.median_first_s),
      averageHandlingSeconds: round(row.handling_s),
      helpful: rate(row.helpful, row.marked),
    })),
  };
}
