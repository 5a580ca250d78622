import { Inject, Injectable } from '@nestjs/common';
import type { AnalyticsInterval } from '@parley/contracts';
import { sql } from 'drizzle-orm';
import { DATABASE, Database } from '../../database/database.types';
import type { ReportRange } from './analytics-range';
import { DurationRow, FIRST_REPLIES, bucketOf, bucketSeries, durationColumns, epochMs, inRange, queryRows, seconds } from './analytics-sql';

/** One row per bucket (start_ms) and one for the whole range (start_ms null). */
export type FirstResponseRow = DurationRow<'first'> & DurationRow<'agent_first'> & { start_ms: number | null };
export type AgentResponseRow = DurationRow<'agent'> & { start_ms: number | null };

export interface AgentPerformanceDbRow {
  agent_id: string;
  name: string;
  handled: number;
  closed: number;
  sent: number;
  median_first_s: number | null;
  handling_s: number | null;
  marked: number;
  helpful: number;
}

/**
 * The response-time and per-agent queries. An agent message is credited to the agent holding its
 * session (`assigned_agent_id`): only that agent can reply to the visitor, and who wrote a message
 * is otherwise only in its metadata, which is encrypted at rest and cannot be aggregated.
 */
@Injectable()
export class AnalyticsTimingRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /** First replies of the sessions created in the range, by the bucket of their creation. */
  firstResponses(range: ReportRange, interval: AnalyticsInterval): Promise<FirstResponseRow[]> {
    const columns = sql`${durationColumns(seconds('first_reply', 'first_visitor'), 'first')},
      ${durationColumns(seconds('first_agent', 'first_visitor'), 'agent_first')}`;
    return queryRows<FirstResponseRow>(
      this.db,
      sql`
      with s as (
        select id, created_at, ${bucketOf('created_at', range, interval)} as bucket from sessions where ${inRange('created_at', range)}
      ),
      replies as materialized (${FIRST_REPLIES}),
      buckets as (${bucketSeries(range, interval)}),
      per_bucket as (select bucket, ${columns} from replies group by bucket)
      select ${epochMs('b.start')} as start_ms, p.first_n, p.first_avg, p.first_pct, p.agent_first_n, p.agent_first_avg, p.agent_first_pct
      from buckets b left join per_bucket p on p.bucket = b.start
      union all
      select null, ${columns} from replies
      order by 1 nulls first`,
    );
  }

  /**
   * Each visitor message of the range whose next reply (bot or agent, internal notes aside) came
   * from an agent: the wait for that reply, by the bucket of the visitor message. Messages the bot
   * answered are not waiting for a person. Only sessions an agent ever held can have agent replies.
   */
  agentResponses(range: ReportRange, interval: AnalyticsInterval): Promise<AgentResponseRow[]> {
    const columns = durationColumns('wait_s', 'agent');
    return queryRows<AgentResponseRow>(
      this.db,
      sql`
      with waits as (
        select ${bucketOf('v.created_at', range, interval)} as bucket, ${sql.raw(seconds('r.created_at', 'v.created_at'))} as wait_s
        from messages v
        join sessions o on o.id = v.session_id and o.assigned_at is not null
        cross join lateral (
          select m.created_at, m.sender from messages m
          where m.session_id = v.session_id and m.created_at > v.created_at and m.sender in ('bot', 'agent') and not m.internal
          order by m.created_at limit 1) r
        where v.sender = 'visitor' and ${inRange('v.created_at', range)} and r.sender = 'agent'
      ),
      buckets as (${bucketSeries(range, interval)}),
      per_bucket as (select bucket, ${columns} from waits group by bucket)
      select ${epochMs('b.start')} as start_ms, p.agent_n, p.agent_avg, p.agent_pct from buckets b left join per_bucket p on p.bucket = b.start
      union all
      select null, ${columns} from waits
      order by 1 nulls first`,
    );
  }

  /** Every agent who holds a session created in the range or replied to a visitor in it. */
  agentPerformance(range: ReportRange): Promise<AgentPerformanceDbRow[]> {
    return queryRows<AgentPerformanceDbRow>(
      this.db,
      sql`
      with s as (
        select id, created_at, status, assigned_agent_id, assigned_at, closed_at from sessions
        where assigned_agent_id is not null and ${inRange('created_at', range)}
      ),
      handled as (
        select assigned_agent_id as agent_id, count(*)::int as handled, count(*) filter (where status = 'closed')::int as closed,
          avg(${sql.raw(seconds('closed_at', 'assigned_at'))}) filter (where status = 'closed' and closed_at >= assigned_at)::float8 as handling_s
        from s group by assigned_agent_id
      ),
      replies as materialized (${FIRST_REPLIES}),
      first_agent as (
        select assigned_agent_id as agent_id,
          percentile_cont(0.5) within group (order by ${sql.raw(seconds('first_agent', 'first_visitor'))})::float8 as median_first_s
        from replies where first_agent is not null group by assigned_agent_id
      ),
      sent as (
        select o.assigned_agent_id as agent_id, count(*)::int as sent
        from messages m join sessions o on o.id = m.session_id
        where m.sender = 'agent' and not m.internal and o.assigned_agent_id is not null and ${inRange('m.created_at', range)}
        group by o.assigned_agent_id
      ),
      marks as (
        select s.assigned_agent_id as agent_id, count(a.human_mark)::int as marked,
          count(*) filter (where a.human_mark = 'helpful')::int as helpful
        from ai_accuracy a join s on s.id = a.session_id group by s.assigned_agent_id
      ),
      agents as (select agent_id from handled union select agent_id from sent)
      select u.id as agent_id, u.name, coalesce(h.handled, 0) as handled, coalesce(h.closed, 0) as closed,
        coalesce(x.sent, 0) as sent, f.median_first_s, h.handling_s, coalesce(k.marked, 0) as marked, coalesce(k.helpful, 0) as helpful
      from agents a join users u on u.id = a.agent_id
      left join handled h on h.agent_id = a.agent_id
      left join sent x on x.agent_id = a.agent_id
      left join first_agent f on f.agent_id = a.agent_id
      left join marks k on k.agent_id = a.agent_id
      order by handled desc, sent desc, u.name, u.id`,
    );
  }
}
