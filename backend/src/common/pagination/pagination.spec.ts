import { AppException } from '../errors/app.exception';
import { uuidv7 } from '../ids';
import { decodeCursor, encodeCursor } from './cursor';
import { toPage } from './page';

describe('keyset cursors', () => {
  it('round-trips a sort key', () => {
    const id = uuidv7();
    const at = new Date('2026-01-02T03:04:05.678Z');
    const [time, key] = decodeCursor(encodeCursor([at, id]), ['date', 'uuid'] as const);
    expect(time).toEqual(at);
    expect(key).toBe(id);
  });

  it.each([
    ['garbage', 'not-base64!!'],
    ['not JSON', Buffer.from('{{').toString('base64url')],
    ['wrong length', encodeCursor([uuidv7(), 1])],
    ['wrong type', encodeCursor(['2026-01-01'])],
    ['too long', 'a'.repeat(600)],
  ])('refuses a %s cursor as a validation error', (_, cursor) => {
    expect(() => decodeCursor(cursor, ['uuid'] as const)).toThrow(AppException);
    try {
      decodeCursor(cursor, ['uuid'] as const);
    } catch (error) {
      expect((error as AppException).code).toBe('VALIDATION_FAILED');
      expect((error as AppException).status).toBe(400);
    }
  });
});

describe('toPage', () => {
  const rows = [1, 2, 3, 4, 5].map((n) => ({ id: `row-${n}`, n }));

  it('returns limit items and a cursor when another row exists', () => {
    const page = toPage(rows.slice(0, 3), 2, (row) => [row.id]);
    expect(page.items.map((row) => row.n)).toEqual([1, 2]);
    expect(decodeCursor(page.nextCursor as string, ['string'] as const)).toEqual(['row-2']);
  });

  it('ends with a null cursor', () => {
    expect(toPage(rows, 5, (row) => [row.id]).nextCursor).toBeNull();
    expect(toPage([], 5, (row: { id: string }) => [row.id])).toEqual({ items: [], nextCursor: null });
  });

  it('maps rows to items', () => {
    expect(toPage(rows.slice(0, 1), 5, (row) => [row.id], (row) => row.n).items).toEqual([1]);
  });
});
