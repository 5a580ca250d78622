import { parseMarkdownArticle } from '@parley/contracts';
import type { CreateArticleDto } from '../core/api/parley-api.generated';

/** One article ready to send, with where it came from (for the preview and for error messages). */
export interface ImportCandidate {
  source: string;
  article: CreateArticleDto;
}

export interface ImportProblem {
  source: string;
  message: string;
}

export interface ImportParse {
  candidates: ImportCandidate[];
  problems: ImportProblem[];
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

/**
 * A Markdown article, read exactly as the server reads a folder import: optional front matter
 * (`title`, `slug`, `tags`, `locale`, `published`); without a title there, the first `# ` heading
 * is the title. The slug defaults to the file name, so a re-import updates in place.
 */
export function parseMarkdownFile(fileName: string, source: string): ImportCandidate | ImportProblem {
  try {
    const article: CreateArticleDto = parseMarkdownArticle(source, baseName(fileName));
    return { source: fileName, article };
  } catch (error) {
    return { source: fileName, message: `It cannot be imported: ${error instanceof Error ? error.message : String(error)}.` };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One JSON item → the fields the API accepts; unknown fields are dropped (the server refuses them). */
function readJsonArticle(item: unknown): CreateArticleDto | string {
  if (!isRecord(item)) return 'it is not an object';
  const { title, body, slug, tags, locale, published } = item;
  if (typeof title !== 'string' || !title.trim()) return '"title" must be a non-empty text';
  if (typeof body !== 'string' || !body.trim()) return '"body" must be a non-empty text';
  const article: CreateArticleDto = { title: title.trim(), body };
  if (slug !== undefined) {
    if (typeof slug !== 'string') return '"slug" must be a text';
    article.slug = slug;
  }
  if (tags !== undefined) {
    if (!Array.isArray(tags) || !tags.every((tag) => typeof tag === 'string')) return '"tags" must be a list of texts';
    article.tags = tags;
  }
  if (locale !== undefined) {
    if (typeof locale !== 'string') return '"locale" must be a text such as "en"';
    article.locale = locale;
  }
  if (published !== undefined) {
    if (typeof published !== 'boolean') return '"published" must be true or false';
    article.published = published;
  }
  return article;
}

/** A JSON file: an array of articles, or `{ "articles": [...] }` as the import endpoint takes it. */
export function parseJsonFile(fileName: string, source: string): ImportParse {
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch {
    return { candidates: [], problems: [{ source: fileName, message: 'It is not valid JSON.' }] };
  }
  const items = isRecord(parsed) && Array.isArray(parsed['articles']) ? parsed['articles'] : parsed;
  if (!Array.isArray(items)) {
    return { candidates: [], problems: [{ source: fileName, message: 'It must hold an array of articles (or { "articles": [...] }).' }] };
  }
  const result: ImportParse = { candidates: [], problems: [] };
  items.forEach((item: unknown, index) => {
    const source = `${fileName} #${index + 1}`;
    const article = readJsonArticle(item);
    if (typeof article === 'string') result.problems.push({ source, message: `Skipped: ${article}.` });
    else result.candidates.push({ source, article });
  });
  return result;
}

/** Every picked file, in order: `.md` / `.markdown` as one article each, `.json` as many. */
export function parseImportFiles(files: readonly { name: string; text: string }[]): ImportParse {
  const result: ImportParse = { candidates: [], problems: [] };
  for (const file of files) {
    const lower = file.name.toLowerCase();
    if (lower.endsWith('.json')) {
      const parsed = parseJsonFile(file.name, file.text);
      result.candidates.push(...parsed.candidates);
      result.problems.push(...parsed.problems);
    } else if (lower.endsWith('.md') || lower.endsWith('.markdown')) {
      const parsed = parseMarkdownFile(file.name, file.text);
      if ('article' in parsed) result.candidates.push(parsed);
      else result.problems.push(parsed);
    } else {
      result.problems.push({ source: file.name, message: 'Only .md and .json files can be imported.' });
    }
  }
  return result;
}

/**
 * The server names a broken rule by the article's position (`articles.3.slug must be …`); say
 * which file it came from instead.
 */
export function nameImportErrors(details: readonly string[], candidates: readonly ImportCandidate[]): string[] {
  return details.map((detail) => {
    const match = /^articles\.(\d+)\.(.*)$/.exec(detail);
    const candidate = match ? candidates[Number(match[1])] : undefined;
    return match && candidate ? `${candidate.source}: ${match[2]}` : detail;
  });
}
