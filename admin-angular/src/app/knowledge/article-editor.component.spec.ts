import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { Permission } from '@parley/contracts';
import type { ArticleDto } from '../core/api/parley-api.generated';
import { AuthStore } from '../core/auth/auth.store';
import ArticleEditorComponent from './article-editor.component';
import { MarkdownPreviewComponent } from './markdown-preview.component';

const ARTICLE: ArticleDto = {
  id: 'a1',
  slug: 'refunds',
  title: 'Refunds',
  body: '## Policy\nWithin **30** days.',
  tags: ['billing'],
  locale: 'en',
  published: true,
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
};

const HOSTILE = [
  '# Hello',
  '<script>window.hacked = true</script>',
  '<img src="x.png" onerror="window.hacked = true">',
  '<a href="javascript:alert(1)">link</a>',
  '<p onclick="alert(1)">para</p>',
].join('\n\n');

describe('Markdown preview', () => {
  it('renders Markdown and lets no script, handler or javascript: URL into the DOM', async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fixture = TestBed.createComponent(MarkdownPreviewComponent);
    fixture.componentRef.setInput('markdown', HOSTILE);
    await fixture.whenStable();
    const preview = fixture.nativeElement as HTMLElement;
    expect(preview.querySelector('h1')?.textContent).toBe('Hello');
    expect(preview.querySelector('img')).not.toBeNull();
    expect(preview.querySelector('script')).toBeNull();
    expect(preview.innerHTML).not.toContain('onerror');
    expect(preview.innerHTML).not.toContain('onclick');
    expect(preview.querySelector('a')?.getAttribute('href')).not.toMatch(/^javascript:/);
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
    warn.mockRestore();
  });
});

describe('ArticleEditorComponent', () => {
  let backend: HttpTestingController;
  let fixture: ComponentFixture<ArticleEditorComponent>;

  async function render(permissions: Permission[]): Promise<HTMLElement> {
    const granted = new Set<Permission>(permissions);
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), { provide: AuthStore, useValue: { can: (permission: Permission) => granted.has(permission) } }],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ArticleEditorComponent);
    fixture.componentRef.setInput('articleId', 'a1');
    await fixture.whenStable();
    backend.expectOne('/admin/knowledge/articles/a1').flush(ARTICLE);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  afterEach(() => {
    backend.verify();
    jest.restoreAllMocks();
  });

  it('previews the body live beside the editor', async () => {
    // The sanitizer warns when it strips the handler below; that is the point of the test.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const page = await render(['knowledge:read', 'knowledge:manage']);
    expect(page.querySelector('.preview h2 + app-markdown-preview strong')?.textContent).toBe('30');
    const textarea = page.querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = '# New heading\n\n<img src="x" onerror="alert(1)">';
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(page.querySelector('.preview h1')?.textContent).toBe('New heading');
    expect(page.querySelector('.preview')?.innerHTML).not.toContain('onerror');
    expect(page.textContent).toContain('Unsaved changes');
    const labels = Array.from(page.querySelectorAll('button')).map((button) => button.textContent?.trim());
    expect(labels).toEqual(expect.arrayContaining(['Save', 'Unpublish', 'Delete']));
  });

  it('shows a read-only article without knowledge:manage', async () => {
    const page = await render(['knowledge:read']);
    expect(page.querySelector('h1')?.textContent).toBe('Refunds');
    expect(page.querySelector('textarea, input, form')).toBeNull();
    expect(page.querySelector('button')).toBeNull();
    expect(page.querySelector('article h2')?.textContent).toBe('Policy');
  });
});
