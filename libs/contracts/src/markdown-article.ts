/** An article as a Markdown file with a small front matter (title, slug, tags, locale, published); read the same way by the server (folder import, CLI) and the console (file import). */
export interface ParsedArticle {
  slug: string;
  title: string;
  body: string;
  tags: string[];
  locale: string;
  published: boolean;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

export function slugify(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'article'
  );
}

/**
 * Reads `---\ntitle: …\ntags: a, b\nlocale: en\n---\n<markdown>`. Without a title in the front
 * matter, the first `# ` heading is the title. Throws with a message naming what is missing.
 */
export function parseMarkdownArticle(source: string, fallbackSlug: string): ParsedArticle {
  const match = FRONT_MATTER.exec(source);
  const fields = new Map<string, string>();
  for (const line of (match?.[1] ?? '').split(/\r?\n/)) {
    const separator = line.indexOf(':');
    if (separator > 0) fields.set(line.slice(0, separator).trim().toLowerCase(), line.slice(separator + 1).trim());
  }
  let body = (match ? source.slice(match[0].length) : source).trim();
  let title = fields.get('title');
  if (!title) {
    const heading = /^#\s+(.+)$/m.exec(body);
    if (!heading?.[1]) throw new Error('the article has no title (front matter `title:` or a `# ` heading)');
    title = heading[1].trim();
    body = body.replace(heading[0], '').trim();
  }
  if (!body) throw new Error(`the article "${title}" has no body`);
  return {
    slug: slugify(fields.get('slug') ?? fallbackSlug),
    title,
    body,
    tags: (fields.get('tags') ?? '')
      .split(',')
      .map((tag) => tag.trim().toLowerCase())
      .filter(Boolean),
    locale: fields.get('locale') || 'en',
    published: fields.get('published') !== 'false',
  };
}
