import type { Page } from '@parley/contracts';
import { encodeCursor } from './cursor';

/**
 * Turns `limit + 1` rows fetched in keyset order into a page: the extra row only tells that
 * another page exists, and the last returned row becomes the cursor.
 */
export function toPage<Row, Item = Row>(
  rows: readonly Row[],
  limit: number,
  keyOf: (row: Row) => readonly (string | number | Date)[],
  map: (row: Row) => Item = (row) => row as unknown as Item,
): Page<Item> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return {
    items: items.map(map),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null,
  };
}
