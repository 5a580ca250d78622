import { HttpRequest, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { dayEndIso, dayStartIso } from '../shared/time';
import { NO_FILTERS } from './accuracy-filters';
import { record } from './accuracy.testing';
import { AccuracyStore } from './accuracy.store';
import { authGranting } from '../core/auth/signed-in.testing';

const stats = {
  total: 0,
  byResponseType: { ai: 0, fallback: 0, handoff: 0 },
  averageConfidence: null,
  marks: { helpful: 0, unhelpful: 0 },
  helpfulRate: null,
  evaluations: { correct: 0, partially_correct: 0, incorrect: 0, unevaluated: 0 },
  calibration: [],
};

describe('AccuracyStore', () => {
  let store: AccuracyStore;
  let backend: HttpTestingController;

  function configure(granted: string[]): void {
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        AccuracyStore,
        authGranting(granted),
      ],
    });
    store = TestBed.inject(AccuracyStore);
    backend = TestBed.inject(HttpTestingController);
  }

  const at = (url: string) => (request: HttpRequest<unknown>) => request.url === url;

  /** The list with two rows, its stats and (agents and up) the gaps, all answered. */
  function loadTwoRows(): void {
    store.start();
    backend.expectOne(at('/admin/accuracy')).flush({ items: [record('a1'), record('a2')], nextCursor: null });
    backend.expectOne(at('/admin/accuracy/stats')).flush(stats);
    backend.match(at('/admin/knowledge/gaps')).forEach((request) => request.flush({ items: [], nextCursor: null }));
  }

  beforeEach(() => configure(['accuracy:read', 'accuracy:feedback', 'knowledge:read']));
  afterEach(() => backend.verify());

  it('sends the filters as the list query, and the range to the stats and the gaps', () => {
    store.applyFilters({
      from: '2025-03-01',
      to: '2025-03-31',
      responseType: 'fallback',
      minConfidence: '0.2',
      maxConfidence: '0.6',
      humanMark: 'none',
      evaluation: 'partially_correct',
    });

    const list = backend.expectOne(at('/admin/accuracy')).request.params;
    expect(Object.fromEntries(list.keys().map((key) => [key, list.get(key)]))).toEqual({
      from: dayStartIso('2025-03-01'),
      to: dayEndIso('2025-03-31'),
      responseType: 'fallback',
      minConfidence: '0.2',
      maxConfidence: '0.6',
      humanMark: 'none',
      evaluation: 'partially_correct',
      limit: '25',
    });
    const statsQuery = backend.expectOne(at('/admin/accuracy/stats')).request.params;
    expect(statsQuery.get('from')).toBe(dayStartIso('2025-03-01'));
    expect(statsQuery.get('to')).toBe(dayEndIso('2025-03-31'));
    expect(statsQuery.has('responseType')).toBe(false);
    expect(backend.expectOne(at('/admin/knowledge/gaps')).request.params.get('from')).toBe(dayStartIso('2025-03-01'));
  });

  it('leaves empty filters out of the query', () => {
    store.applyFilters(NO_FILTERS);
    const list = backend.expectOne(at('/admin/accuracy')).request.params;
    expect(list.keys()).toEqual(['limit']);
    backend.expectOne(at('/admin/accuracy/stats'));
    backend.expectOne(at('/admin/knowledge/gaps'));
  });

  it('explains impossible filters instead of sending them', () => {
    store.applyFilters({ ...NO_FILTERS, minConfidence: '0.9', maxConfidence: '0.3' });
    expect(store.filterError()).toBe('Min confidence must not be above Max confidence.');

    store.applyFilters({ ...NO_FILTERS, minConfidence: '1.5' });
    expect(store.filterError()).toBe('Min confidence must be a number from 0 to 1.');
    backend.expectNone(() => true);
  });

  it('does not ask for knowledge gaps without knowledge:read (viewers)', () => {
    configure(['accuracy:read']);
    store.start();
    backend.expectOne(at('/admin/accuracy')).flush({ items: [], nextCursor: null });
    backend.expectOne(at('/admin/accuracy/stats')).flush(stats);
    backend.expectNone(at('/admin/knowledge/gaps'));
    expect(store.canSeeGaps()).toBe(false);
  });

  it('shows a failed list in words', () => {
    store.start();
    backend.expectOne(at('/admin/accuracy')).flush({ code: 'VALIDATION_FAILED', message: 'to must not be before from' }, { status: 400, statusText: 'Bad Request' });
    backend.expectOne(at('/admin/accuracy/stats')).flush(stats);
    backend.expectOne(at('/admin/knowledge/gaps')).flush({ items: [], nextCursor: null });
    expect(store.answers.error()).toBe('to must not be before from');
  });

  it('puts a mark into the row and the open detail in place', async () => {
    loadTwoRows();
    store.open('a2');
    expect(store.detail.data()?.id).toBe('a2');
    backend.expectOne(at('/admin/accuracy/a2')).flush(record('a2'));

    const saved = store.feedback('a2', 'unhelpful', '  wrong refund window  ');
    const sent = backend.expectOne(at('/admin/accuracy/a2/feedback'));
    expect(sent.request.method).toBe('POST');
    expect(sent.request.body).toEqual({ mark: 'unhelpful', note: 'wrong refund window' });
    const marked = record('a2', { humanMark: 'unhelpful', humanMarkNote: 'wrong refund window', markedBy: 'agent-1', markedAt: '2025-03-11T10:00:00.000Z' });
    sent.flush(marked);
    await expect(saved).resolves.toBe(true);

    expect(store.answers.items()).toEqual([record('a1'), marked]);
    expect(store.detail.data()).toEqual(marked);
    expect(store.actionDone()).toBe('Marked unhelpful.');
    // The counts change with the mark, so the stats are asked again.
    backend.expectOne(at('/admin/accuracy/stats')).flush(stats);
  });

  it('puts an evaluation into the row in place and sends no blank note', async () => {
    loadTwoRows();
    const saved = store.evaluate('a1', 'partially_correct', '   ');
    const sent = backend.expectOne(at('/admin/accuracy/a1/evaluate'));
    expect(sent.request.body).toEqual({ evaluation: 'partially_correct' });
    const judged = record('a1', { evaluation: 'partially_correct', evaluatedBy: 'admin-1', evaluatedAt: '2025-03-11T10:00:00.000Z' });
    sent.flush(judged);
    await expect(saved).resolves.toBe(true);

    expect(store.answers.items()[0]).toEqual(judged);
    expect(store.actionDone()).toBe('Evaluation saved: partially correct.');
    backend.expectOne(at('/admin/accuracy/stats')).flush(stats);
  });

  it('says in words why an evaluation was refused and leaves the row as it was', async () => {
    loadTwoRows();
    const saved = store.evaluate('a1', 'correct', '');
    backend
      .expectOne(at('/admin/accuracy/a1/evaluate'))
      .flush({ code: 'FORBIDDEN', message: 'Missing permission accuracy:evaluate' }, { status: 403, statusText: 'Forbidden' });
    await expect(saved).resolves.toBe(false);

    expect(store.actionError()).toBe('Missing permission accuracy:evaluate');
    expect(store.actionDone()).toBeNull();
    expect(store.saving()).toBeNull();
    expect(store.answers.items()[0]).toEqual(record('a1'));
  });

  it('reports an unknown answer in words', () => {
    store.open('missing');
    backend.expectOne(at('/admin/accuracy/missing')).flush({ code: 'NOT_FOUND', message: 'Accuracy record not found' }, { status: 404, statusText: 'Not Found' });
    expect(store.detail.error()).toBe('Accuracy record not found');
  });
});
