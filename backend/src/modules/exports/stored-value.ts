/**
 * What a text column holds once read. Message texts, `user_meta` and `customer` are encrypted at rest
 * and ExportsRepository decrypts them (a repository holds the keys' use, like every other reader),
 * so this hook has nothing left to undo.
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
