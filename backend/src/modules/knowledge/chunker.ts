/** One retrievable piece of an article: the text under one heading. */
export interface Chunk {
  id: string;
  articleId: string;
  title: string;
  heading: string;
  text: string;
  tags: string[];
  locale: string;
}

export interface ChunkableArticle {
  id: string;
  title: string;
  body: string;
  tags: string[];
  locale: string;
}

/** Markdown emphasis, code marks and heading hashes are noise in an extractive answer. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Splits an article at its `##` (and deeper) headings. The text before the first heading becomes a
 * chunk headed by the article title, so a short article is still one answerable piece.
 */
export function chunkArticle(article: ChunkableArticle): Chunk[] {
  const sections: { heading: string; lines: string[] }[] = [{ heading: article.title, lines: [] }];
  for (const line of article.body.split(/\r?\n/)) {
    const heading = /^#{2,6}\s+(.+)$/.exec(line);
    if (heading?.[1]) sections.push({ heading: heading[1].trim(), lines: [] });
    else sections[sections.length - 1]?.lines.push(line);
  }
  return sections
    .map((section) => ({ heading: section.heading, text: toPlainText(section.lines.join('\n')) }))
    .filter((section) => section.text.length > 0)
    .map((section, index) => ({
      id: `${article.id}#${index}`,
      articleId: article.id,
      title: article.title,
      heading: section.heading,
      text: section.text,
      tags: article.tags,
      locale: article.locale,
    }));
}
