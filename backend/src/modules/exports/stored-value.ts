/**
 * A stored JSON column (user_meta, customer), already decrypted by ExportsRepository, as an object;
 * unreadable JSON is kept out of the file, not fatal to the export.
 */
export function decodeStoredJson(stored: string | null): Record<string, unknown> | null {
  if (stored === null) return null;
  try {
    const parsed: unknown = JSON.parse(stored);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
