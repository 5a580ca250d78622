import type { AnalyticsInterval, DurationStats } from '@parley/contracts';
import { SQL, sql } from 'drizzle-orm';
import type { Database } from '../../database/database.types';
import type { ReportRange } from './analytics-range';

/**
 * SQL fragments the analytics queries share. They name tables and columns in plain SQL: the
 * reports are CTEs with aliases, which Drizzle's column references (always table-qualified) cannot
 * express. The integration tests run every query on PGlite and PostgreSQL.
 */

/** Rows of a raw query; node-postgres and PGlite both answer `{ rows }`. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export function inRange(column: string, range: ReportRange): SQL {
  return sql`${sql.raw(column)} >= ${range.from.toISOString()}::timestamptz and ${sql.raw(column)} < ${range.to.toISOString()}::timestamptz`;
}

const STEP: Record<AnalyticsInterval, SQL> = {
  hour: sql.raw(`interval '1 hour'`),
  day: sql.raw(`interval '1 day'`),
  week: sql.raw(`interval '1 week'`),
};

/**
 * The start (timestamptz) of the bucket holding `column`. Days and weeks start at local midnight
 * (weeks on Monday) in the range's zone, whatever DST does; hours are whole UTC hours shifted by the
 * zone's offset (Asia/Kolkata's start at :30), and stay distinct when a DST change repeats an hour.
 */
export function bucketOf(column: string, range: ReportRange, interval: AnalyticsInterval): SQL {
  if (interval === 'hour') return sql`date_bin(${STEP.hour}, ${sql.raw(column)}, ${hourOrigin(range)})`;
  return sql`date_trunc(${interval}::text, ${sql.raw(column)}, ${range.tz}::text)`;
}

function hourOrigin(range: ReportRange): SQL {
  return sql`date_trunc('hour', ${range.from.toISOString()}::timestamptz, ${range.tz}::text)`;
}

/** Every bucket start of the range as `start`, the first one holding `from`, so series are zero-filled. */
export function bucketSeries(range: ReportRange, interval: AnalyticsInterval): SQL {
  const last = sql`${range.to.toISOString()}::timestamptz - interval '1 microsecond'`;
  if (interval === 'hour') return sql`select generate_series(${hourOrigin(range)}, ${last}, ${STEP.hour}) as start`;
  // Stepping local wall times, converted back, keeps 23- and 25-hour DST days one bucket each.
  return sql`select local_start at time zone ${range.tz}::text as start
    from generate_series(date_trunc(${interval}::text, ${range.from.toISOString()}::timestamptz at time zone ${range.tz}::text),
                         (${last}) at time zone ${range.tz}::text, ${STEP[interval]}) as local_start`;
}

/** A timestamptz as epoch milliseconds: both drivers return a plain number. */
export function epochMs(expression: string): SQL {
  return sql`(extract(epoch from ${sql.raw(expression)}) * 1000)::float8`;
}

/**
 * For each session of the CTE `s` (id, created_at, …) with a visitor message: its first visitor
 * message, the first bot or agent reply after it and the first agent reply after it (internal notes
 * are not replies). Each look-up is one index-only probe of messages_visitor_session_idx or
 * messages_reply_session_idx. Use it as `replies as materialized (…)`: the aggregates name each
 * column twice, and an inlined CTE would run the look-ups twice.
 */
export const FIRST_REPLIES = sql.raw(`
  select s.*, fv.at as first_visitor,
    (select m.created_at from messages m
      where m.session_id = s.id and m.created_at > fv.at and m.sender in ('bot', 'agent') and not m.internal
      order by m.created_at limit 1) as first_reply,
    (select m.created_at from messages m
      where m.session_id = s.id and m.created_at > fv.at and m.sender = 'agent' and not m.internal
      order by m.created_at limit 1) as first_agent
  from s cross join lateral (
    select m.created_at as at from messages m
    where m.session_id = s.id and m.sender = 'visitor' order by m.created_at limit 1) fv`);

/** Seconds between two timestamptz columns. */
export function seconds(later: string, earlier: string): string {
  return `extract(epoch from ${later} - ${earlier})::float8`;
}

/** count / average / p50 / p90 / p99 of `expression` (nulls ignored) as `<name>_n`, `<name>_avg`, `<name>_pct`. */
export function durationColumns(expression: string, name: string): SQL {
  return sql.raw(
    `count(${expression})::int as ${name}_n, avg(${expression})::float8 as ${name}_avg, ` +
      `percentile_cont(array[0.5, 0.9, 0.99]) within group (order by ${expression}) as ${name}_pct`,
  );
}

export type DurationRow<N extends string> = Record<`${N}_n`, number> & Record<`${N}_avg`, number | null> & Record<`${N}_pct`, number[] | null>;

const ms = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : Math.round(value * 1000) / 1000);

export function toDurationStats<N extends string>(row: DurationRow<N>, name: N): DurationStats {
  // TypeScript cannot index a generic template-literal record; the column names are the ones built above.
  const columns = row as unknown as Record<string, number | number[] | null>;
  const percentiles = (columns[`${name}_pct`] as number[] | null) ?? [];
  return {
    count: Number(columns[`${name}_n`] ?? 0),
    average: ms(columns[`${name}_avg`] as number | null),
    p50: ms(percentiles[0]),
    p90: ms(percentiles[1]),
    p99: ms(percentiles[2]),
  };
}
