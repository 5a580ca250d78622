import { AppException } from '../errors/app.exception';
import { isUuid } from '../ids';

/** The kinds of value a keyset cursor may hold, checked when it comes back from a client. */
export type CursorPartKind = 'uuid' | 'string' | 'number' | 'date';
type PartValue<K extends CursorPartKind> = K extends 'number' ? number : K extends 'date' ? Date : string;
export type CursorValues<S extends readonly CursorPartKind[]> = { [I in keyof S]: PartValue<S[I]> };

const MAX_CURSOR_LENGTH = 512;

/** Cursors are opaque to clients: base64url of the last row's sort key. */
export function encodeCursor(values: readonly (string | number | Date)[]): string {
  const plain = values.map((value) => (value instanceof Date ? value.toISOString() : value));
  return Buffer.from(JSON.stringify(plain), 'utf8').toString('base64url');
}

function invalid(): AppException {
  return AppException.validation('cursor is not valid: pass back a nextCursor from an earlier page', [
    'cursor is not valid',
  ]);
}

function readPart(kind: CursorPartKind, value: unknown): string | number | Date {
  switch (kind) {
    case 'uuid':
      if (isUuid(value)) return value;
      break;
    case 'string':
      if (typeof value === 'string') return value;
      break;
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return value;
      break;
    case 'date':
      if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value);
      break;
  }
  throw invalid();
}

/** Reads a cursor back, refusing anything that is not exactly the expected shape (a 400). */
export function decodeCursor<S extends readonly CursorPartKind[]>(cursor: string, shape: S): CursorValues<S> {
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length) throw invalid();
  return shape.map((kind, index) => readPart(kind, parsed[index])) as CursorValues<S>;
}
