import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { ArticleDto } from '../core/api/parley-api.generated';
import { ArticleEditorStore } from './article-editor.store';

const ARTICLE: ArticleDto = {
  id: 'a1',
  slug: 'refunds',
  title: 'Refunds',
  body: 'Within 30 days.',
  tags: ['billing'],
  locale: 'en',
  published: false,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
};

describe('ArticleEditorStore', () => {
  let backend: HttpTestingController;
  let store: ArticleEditorStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), ArticleEditorStore] });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ArticleEditorStore);
  });
  afterEach(() => backend.verify());

  function openArticle(article: ArticleDto = ARTICLE): void {
    store.open(article.id);
    backend.expectOne(`/admin/knowledge/articles/${article.id}`).flush(article);
  }

  it('creates a new article as a draft, with tags split on commas', async () => {
    store.edit('title', '  Refunds ');
    store.edit('body', 'Within 30 days.');
    store.edit('tags', 'billing, refunds ,, billing');
    expect(store.dirty()).toBe(true);
    const saved = store.save();
    const request = backend.expectOne('/admin/knowledge/articles');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ title: 'Refunds', body: 'Within 30 days.', locale: 'en', tags: ['billing', 'refunds'], published: false });
    request.flush(ARTICLE);
    await expect(saved).resolves.toEqual(ARTICLE);
    expect(store.isNew()).toBe(false);
    expect(store.dirty()).toBe(false);
    expect(store.notice()).toBe('Article created as a draft.');
  });

  it('updates an existing article with the edited fields', async () => {
    openArticle();
    expect(store.tags()).toBe('billing');
    store.edit('body', 'Within 60 days.');
    store.edit('slug', 'refund-policy');
    const saved = store.save();
    const request = backend.expectOne('/admin/knowledge/articles/a1');
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({ title: 'Refunds', body: 'Within 60 days.', locale: 'en', tags: ['billing'], slug: 'refund-policy' });
    request.flush({ ...ARTICLE, body: 'Within 60 days.', slug: 'refund-policy' });
    await saved;
    expect(store.notice()).toBe('Saved.');
    expect(store.dirty()).toBe(false);
  });

  it('toggles only the published flag and keeps unsaved edits', async () => {
    openArticle();
    store.edit('title', 'Refunds (draft edit)');
    const publishing = store.togglePublished();
    const publish = backend.expectOne('/admin/knowledge/articles/a1');
    expect(publish.request.body).toEqual({ published: true });
    publish.flush({ ...ARTICLE, published: true });
    await publishing;
    expect(store.published()).toBe(true);
    expect(store.title()).toBe('Refunds (draft edit)');
    expect(store.dirty()).toBe(true);
    expect(store.notice()).toContain('Published');

    const unpublishing = store.togglePublished();
    const unpublish = backend.expectOne('/admin/knowledge/articles/a1');
    expect(unpublish.request.body).toEqual({ published: false });
    unpublish.flush({ ...ARTICLE, published: false });
    await unpublishing;
    expect(store.published()).toBe(false);
  });

  it("shows the API's validation errors and marks the fields they name", async () => {
    openArticle();
    store.edit('slug', 'Not A Slug');
    store.edit('locale', 'english');
    const saved = store.save();
    const details = ['slug must be lower-case words joined by dashes', 'locale must be a language tag such as en or pt-BR'];
    backend
      .expectOne('/admin/knowledge/articles/a1')
      .flush({ code: 'VALIDATION_FAILED', message: details.join('; '), details }, { status: 400, statusText: 'Bad Request' });
    await expect(saved).resolves.toBeNull();
    expect(store.error()).toBe('The server refused the article:');
    expect(store.errorDetails()).toEqual(details);
    expect(store.fieldErrors()).toEqual({ slug: [details[0]], locale: [details[1]] });
    expect(store.slug()).toBe('Not A Slug');
  });

  it('shows a conflict in words', async () => {
    store.edit('title', 'Refunds');
    store.edit('body', 'x');
    store.edit('slug', 'refunds');
    const saved = store.save();
    backend
      .expectOne('/admin/knowledge/articles')
      .flush({ code: 'CONFLICT', message: 'An article with this slug exists already' }, { status: 409, statusText: 'Conflict' });
    await saved;
    expect(store.error()).toBe('An article with this slug exists already');
    expect(store.isNew()).toBe(true);
  });

  it('does not send an article without a title or text', async () => {
    await expect(store.save()).resolves.toBeNull();
    backend.expectNone('/admin/knowledge/articles');
    expect(store.fieldErrors()).toEqual({ title: ['title must not be empty'], body: ['body must not be empty'] });
  });

  it('deletes, and reports a failure in words', async () => {
    openArticle();
    const failed = store.remove();
    backend.expectOne('/admin/knowledge/articles/a1').flush({ code: 'NOT_FOUND', message: 'The article was not found' }, { status: 404, statusText: 'Not Found' });
    await expect(failed).resolves.toBe(false);
    expect(store.error()).toBe('The article was not found');

    const removed = store.remove();
    const request = backend.expectOne('/admin/knowledge/articles/a1');
    expect(request.request.method).toBe('DELETE');
    request.flush(null, { status: 204, statusText: 'No Content' });
    await expect(removed).resolves.toBe(true);
  });

  it('shows why an article could not be loaded', () => {
    store.open('gone');
    backend.expectOne('/admin/knowledge/articles/gone').flush({ code: 'NOT_FOUND', message: 'The article was not found' }, { status: 404, statusText: 'Not Found' });
    expect(store.loadError()).toBe('The article was not found');
  });
});
