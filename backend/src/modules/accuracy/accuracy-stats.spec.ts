import { accuracyStats, calibrationTable, share } from './accuracy-stats';
import type { AccuracyTotals } from './accuracy.repository';

describe('share', () => {
  it('divides to four decimals and is null without a whole', () => {
    expect(share(1, 3)).toBe(0.3333);
    expect(share(2, 3)).toBe(0.6667);
    expect(share(0, 4)).toBe(0);
    expect(share(0, 0)).toBeNull();
  });
});

describe('calibrationTable', () => {
  it('lists all ten buckets, empty ones at zero with no share', () => {
    const table = calibrationTable([
      { bucket: 3, count: 4, evaluated: 3, correct: 1 },
      { bucket: 9, count: 2, evaluated: 0, correct: 0 },
    ]);
    expect(table).toHaveLength(10);
    expect(table.map((bucket) => [bucket.from, bucket.to])).toEqual([
      [0, 0.1], [0.1, 0.2], [0.2, 0.3], [0.3, 0.4], [0.4, 0.5], [0.5, 0.6], [0.6, 0.7], [0.7, 0.8], [0.8, 0.9], [0.9, 1],
    ]);
    expect(table[0]).toEqual({ from: 0, to: 0.1, count: 0, evaluated: 0, correct: 0, correctShare: null });
    expect(table[3]).toEqual({ from: 0.3, to: 0.4, count: 4, evaluated: 3, correct: 1, correctShare: 0.3333 });
    expect(table[9]).toMatchObject({ count: 2, evaluated: 0, correctShare: null });
  });
});

describe('accuracyStats', () => {
  const totals: AccuracyTotals = {
    total: 10,
    byResponseType: { ai: 6, fallback: 3, handoff: 1 },
    averageConfidence: 0.61,
    marks: { helpful: 3, unhelpful: 1 },
    evaluations: { correct: 2, partially_correct: 1, incorrect: 1 },
  };

  it('derives the helpful rate from the marked answers and counts the unevaluated', () => {
    const stats = accuracyStats(totals, []);
    expect(stats).toMatchObject({ total: 10, averageConfidence: 0.61, helpfulRate: 0.75 });
    expect(stats.evaluations).toEqual({ correct: 2, partially_correct: 1, incorrect: 1, unevaluated: 6 });
  });

  it('has no rates for an empty range', () => {
    const empty: AccuracyTotals = {
      total: 0,
      byResponseType: { ai: 0, fallback: 0, handoff: 0 },
      averageConfidence: null,
      marks: { helpful: 0, unhelpful: 0 },
      evaluations: { correct: 0, partially_correct: 0, incorrect: 0 },
    };
    const stats = accuracyStats(empty, []);
    expect(stats).toMatchObject({ total: 0, averageConfidence: null, helpfulRate: null });
    expect(stats.calibration.every((bucket) => bucket.count === 0 && bucket.correctShare === null)).toBe(true);
  });
});
