import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { nameImportErrors, parseImportFiles, parseJsonFile, parseMarkdownFile } from './article-import';
import { ArticleImportStore } from './article-import.store';

describe('import parsing', () => {
  it('takes the first "# " heading as the title and the file name as the slug', () => {
    const parsed = parseMarkdownFile('Reset Password.md', '# How to reset your password\n\nOpen **Settings**.\n\n## By e-mail\nClick the link.');
    expect(parsed).toEqual({
      source: 'Reset Password.md',
      article: { slug: 'reset-password', title: 'How to reset your password', body: 'Open **Settings**.\n\n## By e-mail\nClick the link.', tags: [], locale: 'en', published: true },
    });
  });

  it('reads optional front matter', () => {
    const source = ['---', 'title: Shipping times', 'slug: shipping', 'tags: delivery, Orders', 'locale: pt-BR', 'published: false', '---', '# Ignored heading stays', 'Two days.'].join('\n');
    expect(parseMarkdownFile('whatever.md', source)).toEqual({
      source: 'whatever.md',
      article: { slug: 'shipping', title: 'Shipping times', body: '# Ignored heading stays\nTwo days.', tags: ['delivery', 'orders'], locale: 'pt-BR', published: false },
    });
  });

  it('says in words when a Markdown file has no title or no text', () => {
    expect(parseMarkdownFile('notes.md', 'Just text, no heading.')).toEqual({
      source: 'notes.md',
      message: 'It cannot be imported: the article has no title (front matter `title:` or a `# ` heading).',
    });
    expect(parseMarkdownFile('empty.md', '# Only a title\n')).toEqual({ source: 'empty.md', message: 'It cannot be imported: the article "Only a title" has no body.' });
  });

  it('reads a JSON array, keeps the fields the API takes and skips broken items with a reason', () => {
    const json = JSON.stringify([
      { title: 'Refunds', body: 'Within 30 days.', tags: ['billing'], locale: 'en', published: true, slug: 'refunds', id: 'dropped' },
      { title: '', body: 'no title' },
      { title: 'Bad tags', body: 'x', tags: 'billing' },
    ]);
    expect(parseJsonFile('kb.json', json)).toEqual({
      candidates: [{ source: 'kb.json #1', article: { title: 'Refunds', body: 'Within 30 days.', tags: ['billing'], locale: 'en', published: true, slug: 'refunds' } }],
      problems: [
        { source: 'kb.json #2', message: 'Skipped: "title" must be a non-empty text.' },
        { source: 'kb.json #3', message: 'Skipped: "tags" must be a list of texts.' },
      ],
    });
  });

  it('accepts the endpoint shape { articles: [...] } and refuses what is not JSON or not a list', () => {
    expect(parseJsonFile('a.json', '{"articles":[{"title":"T","body":"B"}]}').candidates).toEqual([{ source: 'a.json #1', article: { title: 'T', body: 'B' } }]);
    expect(parseJsonFile('b.json', '{ nope').problems).toEqual([{ source: 'b.json', message: 'It is not valid JSON.' }]);
    expect(parseJsonFile('c.json', '{"title":"T"}').problems[0].message).toContain('must hold an array of articles');
  });

  it('mixes files in order and refuses other kinds', () => {
    const parsed = parseImportFiles([
      { name: 'a.md', text: '# A\nText' },
      { name: 'b.json', text: '[{"title":"B","body":"Text"}]' },
      { name: 'c.pdf', text: '%PDF' },
    ]);
    expect(parsed.candidates.map((candidate) => candidate.article.title)).toEqual(['A', 'B']);
    expect(parsed.problems).toEqual([{ source: 'c.pdf', message: 'Only .md and .json files can be imported.' }]);
  });

  it("names the file behind the server's positional errors", () => {
    const candidates = [
      { source: 'a.md', article: { title: 'A', body: 'x' } },
      { source: 'kb.json #1', article: { title: 'B', body: 'y' } },
    ];
    expect(nameImportErrors(['articles.1.locale must be a language tag such as en or pt-BR', 'articles must contain no more than 1000 elements'], candidates)).toEqual([
      'kb.json #1: locale must be a language tag such as en or pt-BR',
      'articles must contain no more than 1000 elements',
    ]);
  });
});

describe('ArticleImportStore', () => {
  let backend: HttpTestingController;
  let store: ArticleImportStore;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting(), ArticleImportStore] });
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(ArticleImportStore);
  });
  afterEach(() => backend.verify());

  const files = () => [new File(['# Returns\nSend it back.'], 'returns.md'), new File(['[{"title":"Fees","body":"None.","locale":"english"}]'], 'fees.json')];

  it('reads picked files, sends them in one request and reports the counts in words', async () => {
    await store.pick(files());
    expect(store.candidates().map((candidate) => candidate.source)).toEqual(['returns.md', 'fees.json #1']);
    const sent = store.send();
    const request = backend.expectOne('/admin/knowledge/articles/import');
    expect(request.request.body).toEqual({
      articles: [
        { slug: 'returns', title: 'Returns', body: 'Send it back.', tags: [], locale: 'en', published: true },
        { title: 'Fees', body: 'None.', locale: 'english' },
      ],
    });
    request.flush({ created: 1, updated: 1 });
    await expect(sent).resolves.toBe(true);
    expect(store.summary()).toBe('1 article created, 1 article updated.');
    expect(store.candidates()).toEqual([]);
  });

  it("shows the server's refusal naming the file", async () => {
    await store.pick(files());
    const sent = store.send();
    const details = ['articles.1.locale must be a language tag such as en or pt-BR'];
    backend
      .expectOne('/admin/knowledge/articles/import')
      .flush({ code: 'VALIDATION_FAILED', message: details.join('; '), details }, { status: 400, statusText: 'Bad Request' });
    await expect(sent).resolves.toBe(false);
    expect(store.error()).toBe('The server refused the import; nothing was saved:');
    expect(store.errorDetails()).toEqual(['fees.json #1: locale must be a language tag such as en or pt-BR']);
    expect(store.candidates()).toHaveLength(2);
  });
});
