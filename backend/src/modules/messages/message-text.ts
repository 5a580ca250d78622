import { MAX_MESSAGE_LENGTH } from '@parley/contracts';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a message text cannot be stored, or null when it can. Length counts Unicode code points, as a
 * person counts characters. NUL and unpaired surrogates are refused: PostgreSQL text cannot hold the
 * one and UTF-8 cannot carry the other, so neither would come back as sent.
 */
export function messageTextProblem(text: unknown): string | null {
  if (typeof text !== 'string') return 'text must be a string';
  if (text.trim() === '') return 'text must not be empty';
  if (LONE_SURROGATE.test(text)) return 'text must be valid Unicode (it has an unpaired surrogate)';
  if (text.includes('\u0000')) return 'text must not contain NUL characters';
  let length = 0;
  for (const _ of text) {
    length += 1;
    if (length > MAX_MESSAGE_LENGTH) return `text must be at most ${MAX_MESSAGE_LENGTH} characters long`;
  }
  return null;
}
