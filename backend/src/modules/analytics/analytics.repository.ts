import { Inject, Injectable } from '@nestjs/common';
import type { AnalyticsInterval, MessageSender, SessionStatus } from '@parley/contracts';
import { SQL, sql } from 'drizzle-orm';
import { DATABASE, Database } from '../../database/database.types';
import type { ReportRange } from './analytics-range';
import {
  DurationRow,
  FIRST_REPLIES,
  bucketOf,
  bucketSeries,
  durationColumns,
  epochMs,
  inRange,
  queryRows,
  seconds,
} from './analytics-sql';

type SessionFigures = Record<`sessions_${SessionStatus}`, number> &
  DurationRow<'first'> &
  DurationRow<'agent_first'> & { sessions_total: number; bot_resolved: number; handed_off: number; average_length_s: number | null };
type MessageFigures = Record<`messages_${MessageSender}`, number> & { messages_total: number; messages_internal: number; active_agents: number };
type AnswerFigures = { average_confidence: number | null; marked: number; helpful: number };

/** The figures of the overview as the database counted them. */
export type OverviewRow = SessionFigures & MessageFigures & AnswerFigures;

export type MessageBucketRow = Record<MessageSender, number> & { start_ms: number };

export interface ConfidenceBucketRow {
  bucket: number;
  count: number;
  evaluated: number;
  correct: number;
}

/**
 * The aggregate queries behind the overview, the message series and the confidence histogram.
 * Nothing but their result rows leaves the database. Sessions belong to the
 * range they were created in, messages and answers to the range they were written in.
 */
@Injectable()
export class AnalyticsRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /**
   * Three statements, run side by side (each on its own connection of the PostgreSQL pool): the
   * sessions with their first replies, the messages, the answers.
   */
  async overview(range: ReportRange): Promise<OverviewRow> {
    const [sessionFigures, messageFigures, answerFigures] = await Promise.all([
      this.first<SessionFigures>(this.sessionFigures(range)),
      this.first<MessageFigures>(this.messageFigures(range)),
      this.first<AnswerFigures>(this.answerFigures(range)),
    ]);
    return { ...sessionFigures, ...messageFigures, ...answerFigures };
  }

  private sessionFigures(range: ReportRange): SQL {
    return sql`
      with s as (
        select id, status, assigned_at, queued_at, created_at from sessions where ${inRange('created_at', range)}
      ),
      replies as materialized (${FIRST_REPLIES}),
      session_counts as (
        select count(*)::int as sessions_total,
          count(*) filter (where status = 'active')::int as sessions_active,
          count(*) filter (where status = 'needs_human')::int as sessions_needs_human,
          count(*) filter (where status = 'agent_assigned')::int as sessions_agent_assigned,
          count(*) filter (where status = 'closed')::int as sessions_closed,
          count(*) filter (where status = 'closed' and assigned_at is null)::int as bot_resolved,
          count(*) filter (where queued_at is not null)::int as handed_off
        from s
      ),
      response as (
        select ${durationColumns(seconds('first_reply', 'first_visitor'), 'first')},
          ${durationColumns(seconds('first_agent', 'first_visitor'), 'agent_first')}
        from replies
      ),
      lengths as (
        select avg(${sql.raw(seconds('last.at', 's.created_at'))})::float8 as average_length_s
        from s cross join lateral (
          select m.created_at as at from messages m
          where m.session_id = s.id and m.sender <> 'system' and not m.internal order by m.created_at desc limit 1) last
        where s.status = 'closed'
      )
      select * from session_counts, response, lengths`;
  }

  private messageFigures(range: ReportRange): SQL {
    return sql`
      with message_counts as (
        select count(*)::int as messages_total,
          count(*) filter (where sender = 'visitor')::int as messages_visitor,
          count(*) filter (where sender = 'bot')::int as messages_bot,
          count(*) filter (where sender = 'agent')::int as messages_agent,
          count(*) filter (where sender = 'system')::int as messages_system,
          count(*) filter (where internal)::int as messages_internal
        from messages where ${inRange('created_at', range)}
      ),
      agents as (
        select count(distinct o.assigned_agent_id)::int as active_agents
        from messages m join sessions o on o.id = m.session_id
        where m.sender = 'agent' and not m.internal and ${inRange('m.created_at', range)}
      )
      select * from message_counts, agents`;
  }

  private answerFigures(range: ReportRange): SQL {
    return sql`
      select round(avg(confidence::numeric), 4)::float8 as average_confidence,
        count(human_mark)::int as marked,
        count(*) filter (where human_mark = 'helpful')::int as helpful
      from ai_accuracy where ${inRange('created_at', range)}`;
  }

  private async first<T>(query: SQL): Promise<T> {
    const [row] = await queryRows<T>(this.db, query);
    if (!row) throw new Error('an aggregate query returned no row');
    return row;
  }

  /** Messages per bucket and sender, every bucket of the range present (zero when empty). */
  messagesOverTime(range: ReportRange, interval: AnalyticsInterval): Promise<MessageBucketRow[]> {
    return queryRows<MessageBucketRow>(
      this.db,
      sql`
      with buckets as (${bucketSeries(range, interval)}),
      bucketed as (
        select ${bucketOf('created_at', range, interval)} as bucket, sender from messages where ${inRange('created_at', range)}
      ),
      counts as (
        select bucket,
          count(*) filter (where sender = 'visitor')::int as visitor,
          count(*) filter (where sender = 'bot')::int as bot,
          count(*) filter (where sender = 'agent')::int as agent,
          count(*) filter (where sender = 'system')::int as system
        from bucketed group by bucket
      )
      select ${epochMs('b.start')} as start_ms, coalesce(c.visitor, 0) as visitor, coalesce(c.bot, 0) as bot,
        coalesce(c.agent, 0) as agent, coalesce(c.system, 0) as system
      from buckets b left join counts c on c.bucket = b.start
      order by b.start`,
    );
  }

  /**
   * Answers with a confidence per bucket `floor(confidence × buckets)` (1.0 in the last), every
   * bucket present. float4 → numeric keeps the decimal the answerer wrote, so 0.7 falls in [0.7, 0.8).
   */
  confidenceHistogram(range: ReportRange, buckets: number): Promise<ConfidenceBucketRow[]> {
    return queryRows<ConfidenceBucketRow>(
      this.db,
      sql`
      with bucketed as (
        select least(floor(confidence::numeric * ${buckets}::int), ${buckets - 1}::int)::int as bucket, evaluation
        from ai_accuracy where confidence is not null and ${inRange('created_at', range)}
      ),
      counts as (
        select bucket, count(*)::int as count, count(evaluation)::int as evaluated,
          count(*) filter (where evaluation = 'correct')::int as correct
        from bucketed group by bucket
      )
      select b.bucket, coalesce(c.count, 0) as count, coalesce(c.evaluated, 0) as evaluated, coalesce(c.correct, 0) as correct
      from generate_series(0, ${buckets - 1}::int) as b(bucket) left join counts c on c.bucket = b.bucket
      order by b.bucket`,
    );
  }
}
