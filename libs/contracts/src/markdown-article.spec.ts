import { parseMarkdownArticle, slugify } from './markdown-article';

describe('parseMarkdownArticle', () => {
  it('takes the title from the first "# " heading and the slug from the fallback', () => {
    expect(parseMarkdownArticle('# Reset your password\n\nOpen **Settings**.', 'Reset Password')).toEqual({
      slug: 'reset-password',
      title: 'Reset your password',
      body: 'Open **Settings**.',
      tags: [],
      locale: 'en',
      published: true,
    });
  });

  it('reads the front matter, which wins over the heading', () => {
    const source = ['---', 'title: Envío', 'slug: envio', 'tags: Entrega, pedidos', 'locale: es', 'published: false', '---', '# Kept', 'Dos días.'].join('\n');
    expect(parseMarkdownArticle(source, 'ignored')).toEqual({
      slug: 'envio',
      title: 'Envío',
      body: '# Kept\nDos días.',
      tags: ['entrega', 'pedidos'],
      locale: 'es',
      published: false,
    });
  });

  it('says what is missing', () => {
    expect(() => parseMarkdownArticle('No heading here.', 'x')).toThrow('has no title');
    expect(() => parseMarkdownArticle('# Only a title\n', 'x')).toThrow('"Only a title" has no body');
  });

  it('makes URL-safe slugs from any text', () => {
    expect(slugify('  Ça coûte combien ?  ')).toBe('ca-coute-combien');
    expect(slugify('!!!')).toBe('article');
  });
});
