import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import AccuracyDetailComponent from './accuracy-detail.component';
import { record } from './accuracy.testing';
import { AccuracyStore } from './accuracy.store';
import { authGranting } from '../core/auth/signed-in.testing';

const VIEWER = ['sessions:read', 'analytics:read', 'accuracy:read'];
const AGENT = [...VIEWER, 'accuracy:feedback', 'knowledge:read'];
const ADMIN = [...AGENT, 'accuracy:evaluate'];

/** The detail page as a user with these permissions sees it once the answer has loaded. */
async function render(granted: string[], loaded = record('a1', { humanMark: 'helpful', markedBy: null, evaluation: 'incorrect', evaluationNote: 'Old policy' })): Promise<ComponentFixture<AccuracyDetailComponent>> {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      AccuracyStore,
      authGranting(granted),
    ],
  });
  const fixture = TestBed.createComponent(AccuracyDetailComponent);
  fixture.componentRef.setInput('accuracyId', 'a1');
  await fixture.whenStable();
  TestBed.inject(HttpTestingController)
    .expectOne('/admin/accuracy/a1')
    .flush(loaded);
  await fixture.whenStable();
  return fixture;
}

const pageOf = (fixture: ComponentFixture<AccuracyDetailComponent>) => fixture.nativeElement as HTMLElement;

const buttons = (page: HTMLElement) => [...page.querySelectorAll('button')].map((button) => button.textContent?.trim());
const labels = (page: HTMLElement) => [...page.querySelectorAll('label')].map((label) => label.textContent?.trim());

describe('AccuracyDetailComponent', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows a viewer the answer with no feedback or evaluation controls', async () => {
    const page = pageOf(await render(VIEWER));

    expect(page.querySelector('[data-testid="accuracy-question"]')?.textContent).toBe('Question a1?');
    expect(page.querySelector('[data-testid="accuracy-answer"]')?.textContent).toBe('Answer a1.');
    expect(page.querySelector('[data-testid="accuracy-mark"]')?.textContent).toContain('Helpful (by the visitor)');
    expect(page.querySelector('[data-testid="accuracy-evaluation"]')?.textContent).toContain('Old policy');
    expect(buttons(page)).toEqual([]);
    expect(page.querySelectorAll('select, textarea, input')).toHaveLength(0);
    // Viewers cannot open knowledge articles, so a source is plain text.
    expect(page.textContent).toContain('Refunds');
    expect(page.querySelector('a[href^="/knowledge"]')).toBeNull();
  });

  it('gives an agent Helpful / Unhelpful with a note, but no evaluation form', async () => {
    const page = pageOf(await render(AGENT));

    expect(buttons(page)).toEqual(['Helpful', 'Unhelpful']);
    expect(labels(page)).toEqual(['Feedback note (optional)']);
    expect(page.querySelector('button[aria-pressed="true"]')?.textContent?.trim()).toBe('Helpful');
    expect(page.querySelector('a[href="/knowledge/article-1"]')?.textContent).toBe('Refunds');
  });

  it('gives an admin the evaluation form, filled with the current verdict and note', async () => {
    const page = pageOf(await render(ADMIN));

    expect(buttons(page)).toEqual(['Helpful', 'Unhelpful', 'Save evaluation']);
    expect(labels(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^Verdict/), 'Evaluation note']));
    expect(page.querySelector<HTMLSelectElement>('select[name="verdict"]')?.value).toBe('incorrect');
    expect(page.querySelector<HTMLTextAreaElement>('textarea[name="evaluationNote"]')?.value).toBe('Old policy');
  });

  it('keeps the verdict an admin is choosing when a mark saved meanwhile comes back', async () => {
    const fixture = await render(ADMIN, record('a1'));
    const page = pageOf(fixture);
    const backend = TestBed.inject(HttpTestingController);
    const unhelpful = [...page.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Unhelpful');
    unhelpful?.click();
    const verdict = page.querySelector<HTMLSelectElement>('select[name="verdict"]');
    if (!verdict) throw new Error('no verdict select');
    verdict.value = 'correct';
    verdict.dispatchEvent(new Event('change'));
    await fixture.whenStable();

    backend.expectOne('/admin/accuracy/a1/feedback').flush(record('a1', { humanMark: 'unhelpful', markedBy: 'agent-1' }));
    // The saved mark reaches the page after the request's promise settles.
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
    backend.expectOne('/admin/accuracy/stats').flush({});

    expect(verdict.value).toBe('correct');
    const save = [...page.querySelectorAll('button')].find((button) => button.textContent?.trim() === 'Save evaluation');
    expect(save?.disabled).toBe(false);
    expect(page.textContent).toContain('Marked unhelpful.');
  });
});
