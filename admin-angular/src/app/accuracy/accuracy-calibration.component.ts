import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { ListStateComponent } from '../shared/list-state.component';
import { EVALUATION_LABELS, RESPONSE_TYPE_LABELS, formatConfidence, formatShare } from './accuracy-filters';
import { AccuracyStore } from './accuracy.store';

/** The answers' totals and the calibration table: does a 0.8 confidence mean 80 % correct? */
@Component({
  selector: 'app-accuracy-calibration',
  imports: [ListStateComponent],
  templateUrl: './accuracy-calibration.component.html',
  styleUrl: './accuracy.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccuracyCalibrationComponent {
  readonly store = inject(AccuracyStore);
  readonly stats = this.store.stats;

  readonly figures = computed(() => {
    const stats = this.stats.data();
    if (!stats) return [];
    const marked = stats.marks.helpful + stats.marks.unhelpful;
    return [
      { label: 'Answers', value: String(stats.total), detail: (['ai', 'fallback', 'handoff'] as const).map((type) => `${RESPONSE_TYPE_LABELS[type]} ${stats.byResponseType[type]}`).join(' · ') },
      { label: 'Average confidence', value: formatConfidence(stats.averageConfidence), detail: '' },
      { label: 'Helpful rate', value: formatShare(stats.helpfulRate), detail: `${stats.marks.helpful} helpful, ${stats.marks.unhelpful} unhelpful of ${marked} marked` },
      {
        label: 'Evaluations',
        value: String(stats.total - stats.evaluations.unevaluated),
        detail: [
          ...(['correct', 'partially_correct', 'incorrect'] as const).map((verdict) => `${EVALUATION_LABELS[verdict]} ${stats.evaluations[verdict]}`),
          `Not evaluated ${stats.evaluations.unevaluated}`,
        ].join(' · '),
      },
    ];
  });

  readonly buckets = computed(() =>
    (this.stats.data()?.calibration ?? []).map((bucket) => ({
      label: `${bucket.from.toFixed(1)}–${bucket.to.toFixed(1)}`,
      count: bucket.count,
      evaluated: bucket.evaluated,
      correct: bucket.correct,
      share: formatShare(bucket.correctShare),
    })),
  );
}
