import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { Subscription, firstValueFrom } from 'rxjs';
import { apiErrorDetails, describeApiError } from '../core/api/api-error';
import { ArticleDto, CreateArticleDto, ParleyApi } from '../core/api/parley-api.generated';

export type ArticleField = 'title' | 'slug' | 'locale' | 'tags' | 'body';

const FIELDS: readonly ArticleField[] = ['title', 'slug', 'locale', 'tags', 'body'];

interface Draft {
  title: string;
  slug: string;
  locale: string;
  tags: string;
  body: string;
}

const EMPTY_DRAFT: Draft = { title: '', slug: '', locale: 'en', tags: '', body: '' };

function draftOf(article: ArticleDto): Draft {
  return { title: article.title, slug: article.slug, locale: article.locale, tags: article.tags.join(', '), body: article.body };
}

function tagsOf(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim()).filter(Boolean))];
}

/** One article being read or edited: the draft, saving, publishing and deleting. */
@Injectable()
export class ArticleEditorStore {
  private readonly api = inject(ParleyApi);
  private loading: Subscription | undefined;

  private readonly saved = signal<ArticleDto | null>(null);
  private readonly draft = signal<Draft>(EMPTY_DRAFT);
  private readonly loadingState = signal(false);
  private readonly loadFailure = signal<string | null>(null);
  private readonly busyState = signal(false);
  private readonly failure = signal<string | null>(null);
  private readonly failureDetails = signal<string[]>([]);
  private readonly noticeState = signal<string | null>(null);

  readonly article = this.saved.asReadonly();
  readonly isNew = computed(() => this.saved() === null);
  readonly title = computed(() => this.draft().title);
  readonly slug = computed(() => this.draft().slug);
  readonly locale = computed(() => this.draft().locale);
  readonly tags = computed(() => this.draft().tags);
  readonly body = computed(() => this.draft().body);
  readonly loadingArticle = this.loadingState.asReadonly();
  readonly loadError = this.loadFailure.asReadonly();
  readonly busy = this.busyState.asReadonly();
  readonly error = this.failure.asReadonly();
  readonly errorDetails = this.failureDetails.asReadonly();
  readonly notice = this.noticeState.asReadonly();
  readonly published = computed(() => this.saved()?.published ?? false);
  readonly dirty = computed(() => {
    const article = this.saved();
    const draft = this.draft();
    const base = article ? draftOf(article) : EMPTY_DRAFT;
    return FIELDS.some((field) => (field === 'tags' ? tagsOf(draft.tags).join(',') !== tagsOf(base.tags).join(',') : draft[field] !== base[field]));
  });
  /** The server's broken rules, by the field they name ("slug must be …"); the rest under `other`. */
  readonly fieldErrors = computed(() => {
    const byField: Partial<Record<ArticleField | 'other', string[]>> = {};
    for (const detail of this.failureDetails()) {
      const field = FIELDS.find((name) => detail.startsWith(`${name} `)) ?? 'other';
      (byField[field] ??= []).push(detail);
    }
    return byField;
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.loading?.unsubscribe());
  }

  open(articleId: string): void {
    this.loading?.unsubscribe();
    this.loadingState.set(true);
    this.loadFailure.set(null);
    this.loading = this.api.knowledgeGet(articleId).subscribe({
      next: (article) => {
        this.keep(article);
        this.loadingState.set(false);
      },
      error: (error: unknown) => {
        this.loadFailure.set(describeApiError(error));
        this.loadingState.set(false);
      },
    });
  }

  edit(field: ArticleField, value: string): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
    this.noticeState.set(null);
  }

  setNotice(message: string): void {
    this.noticeState.set(message);
  }

  /** Creates (as a draft, unpublished) or updates; resolves to the stored article, or null on failure. */
  async save(): Promise<ArticleDto | null> {
    const draft = this.draft();
    const missing = [!draft.title.trim() && 'title must not be empty', !draft.body.trim() && 'body must not be empty'].filter(
      (problem): problem is string => typeof problem === 'string',
    );
    if (missing.length > 0) {
      this.fail('The article cannot be saved yet:', missing);
      return null;
    }
    const body: CreateArticleDto = { title: draft.title.trim(), body: draft.body, locale: draft.locale.trim() || 'en', tags: tagsOf(draft.tags) };
    if (draft.slug.trim()) body.slug = draft.slug.trim();
    const article = this.saved();
    const stored = await this.run(() => (article ? this.api.knowledgeUpdate(article.id, body) : this.api.knowledgeCreate({ ...body, published: false })));
    if (stored) this.noticeState.set(article ? 'Saved.' : 'Article created as a draft.');
    return stored;
  }

  /** Flips only the published flag; unsaved edits stay in the draft. */
  async togglePublished(): Promise<void> {
    const article = this.saved();
    if (!article) return;
    const published = !article.published;
    const stored = await this.run(() => this.api.knowledgeUpdate(article.id, { published }), false);
    if (stored) this.noticeState.set(published ? 'Published: the bot can now answer from it.' : 'Unpublished: the bot no longer answers from it.');
  }

  async remove(): Promise<boolean> {
    const article = this.saved();
    if (!article || this.busyState()) return false;
    this.startWrite();
    try {
      await firstValueFrom(this.api.knowledgeDelete(article.id), { defaultValue: undefined });
      return true;
    } catch (error) {
      this.fail(describeApiError(error), apiErrorDetails(error));
      return false;
    } finally {
      this.busyState.set(false);
    }
  }

  private async run(write: () => ReturnType<ParleyApi['knowledgeUpdate']>, replaceDraft = true): Promise<ArticleDto | null> {
    if (this.busyState()) return null;
    this.startWrite();
    try {
      const stored = await firstValueFrom(write());
      this.keep(stored, replaceDraft);
      return stored;
    } catch (error) {
      const details = apiErrorDetails(error);
      this.fail(details.length > 0 ? 'The server refused the article:' : describeApiError(error), details);
      return null;
    } finally {
      this.busyState.set(false);
    }
  }

  private startWrite(): void {
    this.busyState.set(true);
    this.failure.set(null);
    this.failureDetails.set([]);
    this.noticeState.set(null);
  }

  private fail(message: string, details: string[]): void {
    this.failure.set(message);
    this.failureDetails.set(details);
  }

  private keep(article: ArticleDto, replaceDraft = true): void {
    this.saved.set(article);
    if (replaceDraft) this.draft.set(draftOf(article));
  }
}
