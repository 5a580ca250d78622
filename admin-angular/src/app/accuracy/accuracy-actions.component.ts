import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal, untracked } from '@angular/core';
import { ACCURACY_NOTE_MAX_LENGTH, EVALUATIONS } from '@parley/contracts';
import type { AccuracyRecordDto } from '../core/api/parley-api.generated';
import { EVALUATION_LABELS, Evaluation, HumanMark } from './accuracy-filters';
import { AccuracyStore } from './accuracy.store';

/**
 * The write controls of one answer: a helpful / unhelpful mark for agents (accuracy:feedback)
 * and a verdict for admins (accuracy:evaluate). Without either permission it renders nothing.
 */
@Component({
  selector: 'app-accuracy-actions',
  templateUrl: './accuracy-actions.component.html',
  styleUrl: './accuracy-detail.component.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccuracyActionsComponent {
  readonly store = inject(AccuracyStore);
  readonly record = input.required<AccuracyRecordDto>();
  readonly maxNote = ACCURACY_NOTE_MAX_LENGTH;
  readonly verdicts = EVALUATIONS.map((value) => ({ value, label: EVALUATION_LABELS[value] }));

  readonly feedbackNote = signal('');
  /**
   * The form starts from the saved verdict and note, and starts again only for another answer:
   * a mark saved meanwhile (a new record object, same id; `recordId` is a computed, so it does not
   * fire for it) must not wipe what the admin is typing.
   */
  private readonly recordId = computed(() => this.record().id);
  readonly verdict = linkedSignal<string, Evaluation | ''>({
    source: this.recordId,
    computation: () => untracked(() => this.record().evaluation ?? ''),
  });
  readonly evaluationNote = linkedSignal<string, string>({
    source: this.recordId,
    computation: () => untracked(() => this.record().evaluationNote ?? ''),
  });
  readonly busy = computed(() => this.store.saving() !== null);

  async mark(mark: HumanMark): Promise<void> {
    if (await this.store.feedback(this.record().id, mark, this.feedbackNote())) this.feedbackNote.set('');
  }

  chooseVerdict(value: string): void {
    this.verdict.set(EVALUATIONS.find((verdict) => verdict === value) ?? '');
  }

  async evaluate(): Promise<void> {
    const verdict = this.verdict();
    if (verdict) await this.store.evaluate(this.record().id, verdict, this.evaluationNote());
  }
}
