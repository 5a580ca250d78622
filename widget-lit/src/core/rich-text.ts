/** A run of message text: plain, strong, or a link. Rendered with Lit text bindings, never as HTML. */
export interface Segment {
  text: string;
  href?: string;
  strong?: boolean;
}

// http(s) and www. addresses; anything else (javascript:, data:) stays text.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi;
const TRAILING_PUNCTUATION = /[.,:;!?'"]+$/;
const STRONG_PATTERN = /\*\*([^*\n]+)\*\*/g;

/** Only http(s) URLs may become an href: a source or a link must never run script. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Drops punctuation that ends a sentence after a URL, and a closing bracket it did not open. */
function trimUrl(candidate: string): string {
  let url = candidate.replace(TRAILING_PUNCTUATION, '');
  while (/[)\]]$/.test(url)) {
    const close = url.endsWith(')') ? ')' : ']';
    const open = close === ')' ? '(' : '[';
    if (url.split(open).length >= url.split(close).length) break;
    url = url.slice(0, -1).replace(TRAILING_PUNCTUATION, '');
  }
  return url;
}

function linkify(text: string, strong: boolean): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = trimUrl(match[0]);
    const start = match.index ?? 0;
    const href = safeHref(url.startsWith('www.') ? `https://${url}` : url);
    if (!href) continue;
    if (start > last) segments.push({ text: text.slice(last, start), strong });
    segments.push({ text: url, href, strong });
    last = start + url.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), strong });
  return segments;
}

/**
 * Splits message text into segments: URLs become links; with `emphasis` (bot and agent answers,
 * which quote the help center's Markdown) `**bold**` becomes strong text without its asterisks.
 */
export function toSegments(text: string, emphasis = false): Segment[] {
  if (!emphasis) return linkify(text, false);
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(STRONG_PATTERN)) {
    const start = match.index ?? 0;
    segments.push(...linkify(text.slice(last, start), false), ...linkify(match[1], true));
    last = start + match[0].length;
  }
  segments.push(...linkify(text.slice(last), false));
  return segments;
}
