import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { ParsedArticle, parseMarkdownArticle } from '@parley/contracts';

/** The sample knowledge base; the build copies it beside the compiled code at the same depth. */
export const SAMPLE_KNOWLEDGE_DIR = resolve(__dirname, '../../../knowledge-sample');

/** Every `*.md` article of a folder (README.md excluded); an unreadable file is an error naming it. */
export function readArticleFolder(folder: string): ParsedArticle[] {
  return readdirSync(folder)
    .filter((name) => extname(name).toLowerCase() === '.md' && name.toLowerCase() !== 'readme.md')
    .sort()
    .map((name) => {
      try {
        return parseMarkdownArticle(readFileSync(join(folder, name), 'utf8'), basename(name, extname(name)));
      } catch (error) {
        throw new Error(`${name}: ${(error as Error).message}`);
      }
    });
}

/** A JSON array of `{ title, body, tags?, locale?, published?, slug? }`, checked field by field. */
export function readArticleJson(file: string): ParsedArticle[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(parsed)) throw new Error('the JSON file must hold an array of articles');
  return parsed.map((item: unknown, index) => {
    const article = item as Partial<Record<keyof ParsedArticle, unknown>>;
    if (typeof article?.title !== 'string' || !article.title.trim()) throw new Error(`article ${index}: title must be a non-empty string`);
    if (typeof article.body !== 'string' || !article.body.trim()) throw new Error(`article ${index}: body must be a non-empty string`);
    const tags = Array.isArray(article.tags) ? article.tags.map(String) : [];
    return parseMarkdownArticle(
      ['---', `title: ${article.title.replace(/\n/g, ' ')}`, `tags: ${tags.join(', ')}`, `locale: ${typeof article.locale === 'string' ? article.locale : 'en'}`, `published: ${article.published !== false}`, '---', article.body].join('\n'),
      typeof article.slug === 'string' ? article.slug : article.title,
    );
  });
}

/** A folder of Markdown files or a JSON file. */
export function readArticles(path: string): ParsedArticle[] {
  return statSync(path).isDirectory() ? readArticleFolder(path) : readArticleJson(path);
}
