import { AppException } from '../../common/errors/app.exception';
import { assertBucketCount, parseMoment, resolveRange, resolveTimeZone } from './analytics-range';

const iso = (text: string, tz = 'UTC'): string => parseMoment(text, tz, 'from').toISOString();

describe('analytics ranges', () => {
  it('reads instants with an offset and wall times in the zone', () => {
    expect(iso('2025-03-10T10:00:00Z', 'Europe/Paris')).toBe('2025-03-10T10:00:00.000Z');
    expect(iso('2025-03-10T10:00:00+02:00')).toBe('2025-03-10T08:00:00.000Z');
    expect(iso('2025-03-10T10:00:00.123-0530')).toBe('2025-03-10T15:30:00.123Z');
    expect(iso('2025-03-10', 'Europe/Paris')).toBe('2025-03-09T23:00:00.000Z');
    expect(iso('2025-07-10', 'Europe/Paris')).toBe('2025-07-09T22:00:00.000Z');
    expect(iso('2025-03-10T08:00', 'Asia/Kolkata')).toBe('2025-03-10T02:30:00.000Z');
  });

  it('reads wall times around DST changes as PostgreSQL does', () => {
    // 02:30 does not exist in Paris on 2025-03-30: read with the offset before the jump.
    expect(iso('2025-03-30T02:30', 'Europe/Paris')).toBe('2025-03-30T01:30:00.000Z');
    expect(iso('2025-03-30T01:30', 'Europe/Paris')).toBe('2025-03-30T00:30:00.000Z');
    expect(iso('2025-03-30T04:00', 'Europe/Paris')).toBe('2025-03-30T02:00:00.000Z');
    expect(iso('2025-11-02', 'America/New_York')).toBe('2025-11-02T04:00:00.000Z');
  });

  it.each(['2025-02-30', '2025-13-01', '2025-03-10T24:00', '10/03/2025', '2025-03-10Z'])('refuses %s', (text) => {
    expect(() => parseMoment(text, 'UTC', 'from')).toThrow(AppException);
  });

  it('canonicalizes zone names and refuses unknown ones and bare offsets', () => {
    expect(resolveTimeZone(undefined)).toBe('UTC');
    expect(resolveTimeZone('europe/paris')).toBe('Europe/Paris');
    expect(() => resolveTimeZone('Mars/Base')).toThrow(AppException);
    expect(() => resolveTimeZone('+02:00')).toThrow(AppException);
  });

  it('defaults to the 30 days before now, rounded up to the minute', () => {
    const range = resolveRange({}, new Date('2025-03-10T10:00:30.500Z'));
    expect([range.from.toISOString(), range.to.toISOString()]).toEqual(['2025-02-08T10:01:00.000Z', '2025-03-10T10:01:00.000Z']);
    expect(resolveRange({ to: '2025-03-10' }, new Date()).from.toISOString()).toBe('2025-02-08T00:00:00.000Z');
  });

  it('refuses empty, reversed and over-long ranges and too many buckets', () => {
    const now = new Date();
    expect(() => resolveRange({ from: '2025-03-10', to: '2025-03-10' }, now)).toThrow('from must be before to');
    expect(() => resolveRange({ from: '2023-01-01', to: '2025-01-02' }, now)).toThrow('at most 731 days');
    expect(() => resolveRange({ from: '2023-01-01', to: '2025-01-01' }, now)).not.toThrow();
    const year = resolveRange({ from: '2024-01-01', to: '2025-01-01' }, now);
    expect(() => assertBucketCount(year, 'hour')).toThrow('at most 5000');
    expect(() => assertBucketCount(year, 'day')).not.toThrow();
  });
});
