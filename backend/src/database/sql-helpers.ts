import { SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** CHECK that a text column holds one of a closed set of values (the sets live in libs/contracts). */
export function inList(column: AnyPgColumn, values: readonly string[]): SQL {
  const literals = values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');
  return sql`${column} in (${sql.raw(literals)})`;
}

/** CHECK that a nullable score lies in [0, 1]. */
export function unitInterval(column: AnyPgColumn): SQL {
  return sql`${column} is null or (${column} >= 0 and ${column} <= 1)`;
}

/** Escapes the wildcards of a user's search text for `LIKE`/`ILIKE` (backslash is the default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Whether a failed statement broke a unique constraint (pg and PGlite both report SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } }).cause ?? (error as { code?: string });
  return cause?.code === '23505';
}
