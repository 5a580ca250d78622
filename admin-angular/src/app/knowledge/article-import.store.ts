import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { Subscription } from 'rxjs';
import { apiErrorDetails, describeApiError } from '../core/api/api-error';
import { ImportResultDto, ParleyApi } from '../core/api/parley-api.generated';
import { ImportParse, nameImportErrors, parseImportFiles } from './article-import';

const NOTHING: ImportParse = { candidates: [], problems: [] };

/** The import panel: files read and checked in the browser, shown, then sent in one request. */
@Injectable()
export class ArticleImportStore {
  private readonly api = inject(ParleyApi);
  private sending: Subscription | undefined;

  private readonly parsed = signal<ImportParse>(NOTHING);
  private readonly busy = signal(false);
  private readonly outcome = signal<ImportResultDto | null>(null);
  private readonly failure = signal<string | null>(null);
  private readonly failureDetails = signal<string[]>([]);

  readonly candidates = computed(() => this.parsed().candidates);
  readonly problems = computed(() => this.parsed().problems);
  readonly importing = this.busy.asReadonly();
  readonly result = this.outcome.asReadonly();
  readonly error = this.failure.asReadonly();
  readonly errorDetails = this.failureDetails.asReadonly();
  readonly canImport = computed(() => this.candidates().length > 0 && !this.busy());
  /** "2 created, 1 updated." */
  readonly summary = computed(() => {
    const result = this.outcome();
    if (!result) return null;
    const plural = (count: number) => (count === 1 ? 'article' : 'articles');
    return `${result.created} ${plural(result.created)} created, ${result.updated} ${plural(result.updated)} updated.`;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.sending?.unsubscribe());
  }

  async pick(files: readonly File[]): Promise<void> {
    this.reset();
    const read = await Promise.all(files.map(async (file) => ({ name: file.name, text: await readText(file) })));
    this.parsed.set(parseImportFiles(read));
  }

  /** Sends the checked articles; resolves true when the server took them. */
  send(): Promise<boolean> {
    const candidates = this.candidates();
    if (candidates.length === 0 || this.busy()) return Promise.resolve(false);
    this.busy.set(true);
    this.failure.set(null);
    this.failureDetails.set([]);
    return new Promise((resolve) => {
      this.sending = this.api.knowledgeImport({ articles: candidates.map((candidate) => candidate.article) }).subscribe({
        next: (result) => {
          this.outcome.set(result);
          this.parsed.set(NOTHING);
          this.busy.set(false);
          resolve(true);
        },
        error: (error: unknown) => {
          const details = apiErrorDetails(error);
          this.failure.set(details.length > 0 ? 'The server refused the import; nothing was saved:' : describeApiError(error));
          this.failureDetails.set(nameImportErrors(details, candidates));
          this.busy.set(false);
          resolve(false);
        },
      });
    });
  }

  reset(): void {
    this.sending?.unsubscribe();
    this.parsed.set(NOTHING);
    this.outcome.set(null);
    this.failure.set(null);
    this.failureDetails.set([]);
    this.busy.set(false);
  }
}

/** `File.text()` where it exists; FileReader otherwise (older engines and jsdom). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`${file.name} could not be read`));
    reader.readAsText(file);
  });
}
