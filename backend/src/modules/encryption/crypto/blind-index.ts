import { createHmac, hkdfSync } from 'node:crypto';

/**
 * A keyed blind index of the visitor meta: sessions can be found by a whole word or a whole e-mail
 * address without the database ever seeing either. Substrings cannot be found: that is the price of
 * not storing the words.
 */
const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[^\s@"'<>(),;:]+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const MAX_TERMS = 200;

export function deriveSearchKey(secret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), 'parley-search', 32));
}

/** Whole e-mail addresses and words (lower-cased, NFKC) of a text. */
export function searchWords(text: string): string[] {
  const normalized = text.normalize('NFKC').toLowerCase();
  const words = new Set<string>();
  for (const email of normalized.match(EMAIL) ?? []) words.add(email);
  for (const word of normalized.match(WORD) ?? []) words.add(word);
  return [...words];
}

/** Every string and number value of a JSON document (keys are left out: they match every session). */
export function jsonValues(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (typeof value === 'number' || typeof value === 'boolean') into.push(String(value));
  else if (Array.isArray(value)) value.forEach((item) => jsonValues(item, into));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => jsonValues(item, into));
  return into;
}

export function hashTerm(key: Buffer, word: string): string {
  return createHmac('sha256', key).update(word, 'utf8').digest().subarray(0, 16).toString('base64url');
}

/** The index terms of JSON documents stored as text (unparseable text is indexed as text). */
export function documentTerms(key: Buffer, documents: readonly (string | null)[]): string[] {
  const words = new Set<string>();
  for (const document of documents) {
    if (document === null) continue;
    let values: string[];
    try {
      values = jsonValues(JSON.parse(document));
    } catch {
      values = [document];
    }
    for (const value of values) for (const word of searchWords(value)) words.add(word);
  }
  return [...words].slice(0, MAX_TERMS).map((word) => hashTerm(key, word));
}
