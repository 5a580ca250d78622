/**
 * What a stored text column holds, as written. Message texts, metadata, `user_meta` and `customer`
 * are to be encrypted at rest: this is the one place the export reads them through, so the
 * decryption goes here and nowhere else.
 */
export function decodeStoredText(stored: string): string {
  return stored;
}

/** A stored JSON column (user_meta, customer) as an object; unreadable JSON is kept out, not fatal. */
export function decodeStoredJson(stored: string | null): Record<string, unknown> | null {
  if (stored === null) return null;
  try {
    const parsed: unknown = JSON.parse(decodeStoredText(stored));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
