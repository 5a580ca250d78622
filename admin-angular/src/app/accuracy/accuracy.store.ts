import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Observable, firstValueFrom } from 'rxjs';
import { ReportState } from '../shared/report-state';
import { describeApiError } from '../core/api/api-error';
import { AccuracyRecordDto, AccuracyStatsDto, KnowledgeGapPageDto, ParleyApi } from '../core/api/parley-api.generated';
import { AuthStore } from '../core/auth/auth.store';
import { keysetPager } from '../shared/keyset-pager';
import { dayEndIso, dayStartIso } from '../shared/time';
import { AccuracyFilters, EVALUATION_LABELS, Evaluation, HumanMark, NO_FILTERS, filtersProblem, toListQuery } from './accuracy-filters';

export const PAGE_SIZE = 25;

/**
 * The accuracy screen's state: the filtered answers, one opened answer, its mark and evaluation,
 * the stats with calibration, and the knowledge gaps. Shared by the list and the detail route so
 * a mark given in the detail shows in the list without a reload.
 */
@Injectable()
export class AccuracyStore {
  private readonly api = inject(ParleyApi);
  private readonly auth = inject(AuthStore);

  readonly answers = keysetPager(
    (filters: AccuracyFilters, cursor) => this.api.accuracyList({ ...toListQuery(filters), cursor, limit: PAGE_SIZE }),
    NO_FILTERS,
  );
  private readonly filterProblem = signal<string | null>(null);
  readonly filterError = this.filterProblem.asReadonly();

  readonly stats = new ReportState<AccuracyStatsDto>();
  readonly gaps = new ReportState<KnowledgeGapPageDto>();
  readonly detail = new ReportState<AccuracyRecordDto>();

  readonly canFeedback = computed(() => this.auth.can('accuracy:feedback'));
  readonly canEvaluate = computed(() => this.auth.can('accuracy:evaluate'));
  /** The gaps endpoint asks for knowledge:read, which viewers do not have. */
  readonly canSeeGaps = computed(() => this.auth.can('knowledge:read'));
  readonly canOpenArticles = this.canSeeGaps;

  private readonly savingState = signal<'feedback' | 'evaluate' | null>(null);
  private readonly actionProblem = signal<string | null>(null);
  private readonly actionResult = signal<string | null>(null);
  readonly saving = this.savingState.asReadonly();
  readonly actionError = this.actionProblem.asReadonly();
  readonly actionDone = this.actionResult.asReadonly();

  constructor() {
    inject(DestroyRef).onDestroy(() => [this.stats, this.gaps, this.detail].forEach((state) => state.cancel()));
  }

  private started = false;

  /**
   * Entering the list: the first time with no filters (all time); coming back (the store outlives
   * the page on its route) the same filters and page, refreshed.
   */
  start(): void {
    if (!this.started) {
      this.started = true;
      this.applyFilters(this.answers.filters());
      return;
    }
    this.answers.reload();
    this.loadSummaries();
  }

  applyFilters(filters: AccuracyFilters): void {
    const problem = filtersProblem(filters);
    this.filterProblem.set(problem);
    if (problem) return;
    this.answers.search(filters);
    this.loadSummaries();
  }

  /** Stats and gaps follow the From / To range of the list. */
  loadSummaries(): void {
    const range = this.statsRange();
    this.stats.run(this.api.accuracyStats(range));
    if (this.canSeeGaps()) this.gaps.run(this.api.knowledgeGapsList(range));
  }

  open(accuracyId: string): void {
    this.actionProblem.set(null);
    this.actionResult.set(null);
    const known = this.answers.items().find((row) => row.id === accuracyId);
    if (known) this.detail.set(known);
    this.detail.run(this.api.accuracyGet(accuracyId));
  }

  feedback(accuracyId: string, mark: HumanMark, note: string): Promise<boolean> {
    const message = mark === 'helpful' ? 'Marked helpful.' : 'Marked unhelpful.';
    return this.save('feedback', this.api.accuracyFeedback(accuracyId, { mark, note: note.trim() || undefined }), message);
  }

  evaluate(accuracyId: string, evaluation: Evaluation, note: string): Promise<boolean> {
    const message = `Evaluation saved: ${EVALUATION_LABELS[evaluation].toLowerCase()}.`;
    return this.save('evaluate', this.api.accuracyEvaluate(accuracyId, { evaluation, note: note.trim() || undefined }), message);
  }

  /** Sends a mark or evaluation and puts the record the server answers in the list and the detail. */
  private async save(kind: 'feedback' | 'evaluate', request: Observable<AccuracyRecordDto>, done: string): Promise<boolean> {
    this.savingState.set(kind);
    this.actionProblem.set(null);
    this.actionResult.set(null);
    try {
      const updated = await firstValueFrom(request);
      this.answers.patch((row) => row.id === updated.id, updated);
      if (this.detail.data()?.id === updated.id) this.detail.set(updated);
      this.actionResult.set(done);
      this.stats.run(this.api.accuracyStats(this.statsRange()));
      return true;
    } catch (error) {
      this.actionProblem.set(describeApiError(error));
      return false;
    } finally {
      this.savingState.set(null);
    }
  }

  private statsRange(): { from?: string; to?: string } {
    const { from, to } = this.answers.filters();
    return { from: dayStartIso(from), to: dayEndIso(to) };
  }
}
