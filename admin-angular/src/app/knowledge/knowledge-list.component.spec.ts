import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Permission } from '@parley/contracts';
import type { ArticleDto } from '../core/api/parley-api.generated';
import { AuthStore } from '../core/auth/auth.store';
import KnowledgeListComponent from './knowledge-list.component';

const ARTICLE: ArticleDto = {
  id: 'a1',
  slug: 'refunds',
  title: 'Refunds',
  body: 'Within 30 days.',
  tags: ['billing', 'money'],
  locale: 'en',
  published: false,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
};

describe('KnowledgeListComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<KnowledgeListComponent>;

  async function render(permissions: Permission[]): Promise<HTMLElement> {
    const granted = new Set<Permission>(permissions);
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: AuthStore, useValue: { can: (permission: Permission) => granted.has(permission) } }],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(KnowledgeListComponent);
    backend.expectOne((request) => request.url === '/admin/knowledge/articles').flush({ items: [ARTICLE], nextCursor: null });
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const buttonLabels = (page: HTMLElement) => Array.from(page.querySelectorAll('button')).map((button) => button.textContent?.trim());

  afterEach(() => backend.verify());

  it('lists articles with their slug, locale, tags and status', async () => {
    const page = await render(['knowledge:read']);
    const cells = Array.from(page.querySelectorAll('tbody td')).map((cell) => cell.textContent?.trim());
    expect(cells.slice(0, 5)).toEqual(['Refunds', 'refunds', 'en', 'billing, money', 'Draft']);
  });

  it('offers no write controls without knowledge:manage', async () => {
    const page = await render(['knowledge:read']);
    expect(buttonLabels(page)).not.toContain('New article');
    expect(buttonLabels(page)).not.toContain('Import');
  });

  it('offers "New article" and the import panel with knowledge:manage', async () => {
    const page = await render(['knowledge:read', 'knowledge:manage']);
    expect(buttonLabels(page)).toEqual(expect.arrayContaining(['New article', 'Import']));
    const toggle = Array.from(page.querySelectorAll('button')).find((button) => button.textContent?.trim() === 'Import') as HTMLButtonElement;
    toggle.click();
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(page.querySelector('app-article-import input[type="file"]')).not.toBeNull();
  });

  it('sends the filters to the server and starts again at page one', async () => {
    const page = await render(['knowledge:read']);
    const select = page.querySelector('select[name="published"]') as HTMLSelectElement;
    select.value = 'no';
    select.dispatchEvent(new Event('change'));
    const request = backend.expectOne((candidate) => candidate.url === '/admin/knowledge/articles');
    expect(request.request.params.get('published')).toBe('false');
    expect(request.request.params.has('cursor')).toBe(false);
    request.flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    expect(page.textContent).toContain('No articles match these filters.');
  });

  it('shows the passages the bot would use, with scores', async () => {
    const page = await render(['knowledge:read']);
    const input = page.querySelector('input[name="question"]') as HTMLInputElement;
    input.value = 'how do refunds work';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    (input.form as HTMLFormElement).dispatchEvent(new Event('submit'));
    const request = backend.expectOne((candidate) => candidate.url === '/admin/knowledge/search');
    expect(request.request.params.get('q')).toBe('how do refunds work');
    request.flush({ items: [{ articleId: 'a1', title: 'Refunds', heading: 'Policy', text: 'Within 30 days.', score: 0.8123 }] });
    await fixture.whenStable();
    const passage = page.querySelector('.passage');
    expect(passage?.textContent).toContain('Policy');
    expect(passage?.textContent).toContain('score 0.81');
  });
});
