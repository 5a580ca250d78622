import { AccuracyStatsDto, CALIBRATION_BUCKET_WIDTH, CalibrationBucket } from '@parley/contracts';
import type { AccuracyTotals, CalibrationCount } from './accuracy.repository';

const BUCKETS = Math.round(1 / CALIBRATION_BUCKET_WIDTH);

/** A share in [0, 1] to four decimals; null when there is nothing to divide by. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

/** Every bucket from [0, 0.1) to [0.9, 1], those without answers at zero, so charts need no gap-filling. */
export function calibrationTable(counts: readonly CalibrationCount[]): CalibrationBucket[] {
  const byBucket = new Map(counts.map((row) => [row.bucket, row]));
  return Array.from({ length: BUCKETS }, (_, bucket) => {
    const row = byBucket.get(bucket);
    const evaluated = row?.evaluated ?? 0;
    const correct = row?.correct ?? 0;
    return {
      from: bucket / BUCKETS,
      to: (bucket + 1) / BUCKETS,
      count: row?.count ?? 0,
      evaluated,
      correct,
      correctShare: share(correct, evaluated),
    };
  });
}

/** The figures of `GET /admin/accuracy/stats` from the database's counts. */
export function accuracyStats(totals: AccuracyTotals, calibration: readonly CalibrationCount[]): AccuracyStatsDto {
  const { helpful, unhelpful } = totals.marks;
  const evaluated = totals.evaluations.correct + totals.evaluations.partially_correct + totals.evaluations.incorrect;
  return {
    total: totals.total,
    byResponseType: totals.byResponseType,
    averageConfidence: totals.averageConfidence,
    marks: totals.marks,
    helpfulRate: share(helpful, helpful + unhelpful),
    evaluations: { ...totals.evaluations, unevaluated: totals.total - evaluated },
    calibration: calibrationTable(calibration),
  };
}
