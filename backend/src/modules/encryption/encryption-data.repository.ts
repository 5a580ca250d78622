import { Inject, Injectable } from '@nestjs/common';
import { SQL, sql } from 'drizzle-orm';
import { DATABASE, Database } from '../../database/database.types';
import { ENVELOPE_PREFIX } from './crypto/envelope';
import type { EncryptedTable } from './encrypted-columns';
import { JobCursor, encryptionJobs } from './encryption.schema';

/** A row of an encrypted table as maintenance reads it: its id and its stored (encrypted or plain) fields by SQL column. */
export interface StoredRow {
  id: string;
  values: Record<string, string | null>;
}

/** New stored values for a row, applied only if the row still holds what was read (the desk keeps writing). */
export interface RowRewrite {
  row: StoredRow;
  values: Record<string, string | null>;
  searchTerms?: string[];
}

export type BatchOutcome = { kind: 'busy' } | { kind: 'finished' } | { kind: 'done'; rows: number; cursor: JobCursor };

async function rows<T>(db: Database, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

const ident = (name: string): SQL => sql`${sql.identifier(name)}`;
const ENVELOPE_LIKE = `${ENVELOPE_PREFIX}%`;
const textArray = (terms: readonly string[]): string => `{${terms.join(',')}}`;

function isPlain(column: string): SQL {
  return sql`(${ident(column)} is not null and ${ident(column)} not like ${ENVELOPE_LIKE})`;
}

function anyPlain(spec: EncryptedTable): SQL {
  return sql.join(spec.columns.map((c) => isPlain(c.column)), sql` or `);
}

/**
 * The SQL of key maintenance over every encrypted table. It reads stored values only as strings: it
 * never needs a key, and counting rows per data key parses the envelope prefix in SQL.
 */
@Injectable()
export class EncryptionDataRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async plaintextCount(spec: EncryptedTable): Promise<number> {
    const [row] = await rows<{ n: string }>(this.db, sql`select count(*) as n from ${ident(spec.table)} where ${anyPlain(spec)}`);
    return Number(row?.n ?? 0);
  }

  /** Encrypted values per data key (a row with two encrypted columns counts twice). */
  async valuesPerDataKey(spec: EncryptedTable): Promise<{ dekId: string; values: number }[]> {
    const parts = spec.columns.map(
      (c) => sql`select split_part(${ident(c.column)}, ':', 3) as dek from ${ident(spec.table)} where ${ident(c.column)} like ${ENVELOPE_LIKE}`,
    );
    const found = await rows<{ dek: string; n: string }>(
      this.db,
      sql`select dek, count(*) as n from (${sql.join(parts, sql` union all `)}) v group by dek order by dek`,
    );
    return found.map((row) => ({ dekId: row.dek, values: Number(row.n) }));
  }

  async countRows(spec: EncryptedTable): Promise<number> {
    const [row] = await rows<{ n: string }>(this.db, sql`select count(*) as n from ${ident(spec.table)}`);
    return Number(row?.n ?? 0);
  }

  /** The next rows after `afterId` in id order; `onlyPlain` keeps those with a plaintext field. */
  async batch(spec: EncryptedTable, afterId: string | null, limit: number, onlyPlain = false, db: Database = this.db): Promise<StoredRow[]> {
    const columns = sql.join([ident('id'), ...spec.columns.map((c) => ident(c.column))], sql`, `);
    const found = await rows<Record<string, string | null>>(
      db,
      sql`select ${columns} from ${ident(spec.table)}
          where ${afterId ? sql`id > ${afterId}::uuid` : sql`true`} and ${onlyPlain ? anyPlain(spec) : sql`true`}
          order by id limit ${limit}`,
    );
    return found.map((row) => toStored(spec, row));
  }

  async sample(spec: EncryptedTable, size: number): Promise<StoredRow[]> {
    const columns = sql.join([ident('id'), ...spec.columns.map((c) => ident(c.column))], sql`, `);
    const found = await rows<Record<string, string | null>>(this.db, sql`select ${columns} from ${ident(spec.table)} order by random() limit ${size}`);
    return found.map((row) => toStored(spec, row));
  }

  /** Applies rewrites in one transaction; answers how many rows still held what was read. */
  async rewrite(spec: EncryptedTable, rewrites: readonly RowRewrite[]): Promise<number> {
    return this.db.transaction(async (tx) => this.applyRewrites(tx as unknown as Database, spec, rewrites));
  }

  /**
   * One batch of a job, in one transaction with its cursor: a crash leaves either the old values and
   * cursor or the new ones. The job row is locked (SKIP LOCKED), so of several processes resuming the
   * same job only one works a batch at a time; `busy` tells the others to wait.
   */
  async jobBatch(
    jobId: string,
    tables: readonly EncryptedTable[],
    limit: number,
    /** Runs inside the transaction, which it gets for any read it needs (PGlite has one connection). */
    transform: (spec: EncryptedTable, rows: StoredRow[], tx: Database) => Promise<RowRewrite[]>,
  ): Promise<BatchOutcome> {
    return this.db.transaction(async (transaction) => {
      const tx = transaction as unknown as Database;
      const [job] = await rows<{ cursor: JobCursor; status: string }>(
        tx,
        sql`select cursor, status from encryption_jobs where id = ${jobId}::uuid for update skip locked`,
      );
      if (!job) return { kind: 'busy' };
      if (job.status !== 'running') return { kind: 'finished' };
      let cursor = job.cursor;
      for (;;) {
        const spec = tables[cursor.table];
        if (!spec) return { kind: 'done', rows: 0, cursor };
        const found = await this.batch(spec, cursor.afterId, limit, false, tx);
        const last = found.at(-1);
        if (!last) {
          cursor = { table: cursor.table + 1, afterId: null };
          continue;
        }
        await this.applyRewrites(tx, spec, await transform(spec, found, tx));
        cursor = { table: cursor.table, afterId: last.id };
        await tx
          .update(encryptionJobs)
          .set({ cursor, rowsDone: sql`${encryptionJobs.rowsDone} + ${found.length}`, updatedAt: new Date() })
          .where(sql`${encryptionJobs.id} = ${jobId}::uuid`);
        return { kind: 'done', rows: found.length, cursor };
      }
    });
  }

  private async applyRewrites(db: Database, spec: EncryptedTable, rewrites: readonly RowRewrite[]): Promise<number> {
    let applied = 0;
    for (const { row, values, searchTerms } of rewrites) {
      const sets = Object.entries(values).map(([column, value]) => sql`${ident(column)} = ${value}`);
      if (searchTerms) sets.push(sql`meta_search = ${textArray(searchTerms)}::text[]`);
      if (sets.length === 0) continue;
      const unchanged = spec.columns.map((c) => sql`${ident(c.column)} is not distinct from ${row.values[c.column] ?? null}`);
      const result = await rows<{ id: string }>(
        db,
        sql`update ${ident(spec.table)} set ${sql.join(sets, sql`, `)} where id = ${row.id}::uuid and ${sql.join(unchanged, sql` and `)} returning id`,
      );
      applied += result.length;
    }
    return applied;
  }
}

function toStored(spec: EncryptedTable, row: Record<string, string | null>): StoredRow {
  const values: Record<string, string | null> = {};
  for (const { column } of spec.columns) values[column] = row[column] ?? null;
  return { id: String(row['id']), values };
}
