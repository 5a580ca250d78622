import {
  ANALYTICS_DEFAULT_RANGE_DAYS,
  ANALYTICS_MAX_BUCKETS,
  ANALYTICS_MAX_RANGE_DAYS,
  AnalyticsInterval,
  AnalyticsQuery,
  AnalyticsRange,
} from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import { canonicalTimeZone, wallTimeToInstant } from './time-zone';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const INTERVAL_MS: Record<AnalyticsInterval, number> = { hour: 3_600_000, day: DAY_MS, week: 7 * DAY_MS };

/** ISO 8601 date or date-time; an offset (`Z`, `+02:00`) only after a time. */
export const ISO_MOMENT = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A report's validated range: `from` inclusive, `to` exclusive, day boundaries in `tz`. */
export interface ReportRange {
  from: Date;
  to: Date;
  tz: string;
}

export function resolveTimeZone(name: string | undefined): string {
  if (name === undefined) return 'UTC';
  const zone = canonicalTimeZone(name);
  if (!zone) throw AppException.validation(`tz must be an IANA time zone such as Europe/Paris (got "${name}")`, ['tz must be an IANA time zone']);
  return zone;
}

/** An instant when the text has an offset; otherwise the wall time it names in `tz`. */
export function parseMoment(text: string, tz: string, name: string): Date {
  const match = ISO_MOMENT.exec(text);
  const invalid = (): AppException => AppException.validation(`${name} must be an ISO 8601 date or date-time (got "${text}")`, [`${name} must be an ISO 8601 date`]);
  if (!match) throw invalid();
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', offset] = match;
  const wall = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second), Number(fraction.padEnd(3, '0').slice(0, 3)));
  const check = new Date(wall);
  // Date.UTC rolls 2025-02-30 over to March: a date that does not exist is refused instead.
  if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) {
    throw invalid();
  }
  if (offset === undefined) return new Date(wallTimeToInstant(wall, tz));
  if (offset.toUpperCase() === 'Z') return check;
  const sign = offset.startsWith('-') ? -1 : 1;
  const digits = offset.slice(1).replace(':', '');
  return new Date(wall - sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * MINUTE_MS);
}

/**
 * The range a query asks for. Without `to` it ends now, rounded up to the next minute so that
 * repeated calls share one cache entry; without `from` it starts 30 days before `to`.
 */
export function resolveRange(query: Pick<AnalyticsQuery, 'from' | 'to' | 'tz'>, now: Date): ReportRange {
  const tz = resolveTimeZone(query.tz);
  const to = query.to !== undefined ? parseMoment(query.to, tz, 'to') : new Date(Math.ceil(now.getTime() / MINUTE_MS) * MINUTE_MS);
  const from = query.from !== undefined ? parseMoment(query.from, tz, 'from') : new Date(to.getTime() - ANALYTICS_DEFAULT_RANGE_DAYS * DAY_MS);
  if (from.getTime() >= to.getTime()) throw AppException.validation('from must be before to', ['from must be before to']);
  if (to.getTime() - from.getTime() > ANALYTICS_MAX_RANGE_DAYS * DAY_MS) {
    throw AppException.validation(`The range may span at most ${ANALYTICS_MAX_RANGE_DAYS} days`, ['to must be at most 731 days after from']);
  }
  return { from, to, tz };
}

/** Refuses a series with more buckets than a chart can show (and the database should compute). */
export function assertBucketCount(range: ReportRange, interval: AnalyticsInterval): void {
  // One bucket more than the span holds: the first and last buckets may be partial.
  const buckets = Math.ceil((range.to.getTime() - range.from.getTime()) / INTERVAL_MS[interval]) + 1;
  if (buckets > ANALYTICS_MAX_BUCKETS) {
    throw AppException.validation(`interval=${interval} gives ${buckets} buckets over this range; at most ${ANALYTICS_MAX_BUCKETS}: choose a wider interval`, [
      `interval gives more than ${ANALYTICS_MAX_BUCKETS} buckets`,
    ]);
  }
}

export function describeRange(range: ReportRange): AnalyticsRange {
  return { from: range.from.toISOString(), to: range.to.toISOString(), tz: range.tz };
}
