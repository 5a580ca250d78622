import { marked } from 'marked';

/**
 * Markdown → HTML for the preview. The result is NOT safe by itself: it must only reach the page
 * through Angular's `[innerHTML]`, whose sanitizer drops scripts and event-handler attributes.
 */
export function renderMarkdown(text: string): string {
  return marked.parse(text, { async: false, gfm: true });
}
