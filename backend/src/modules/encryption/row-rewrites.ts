import { isEnvelope, parseEnvelope } from './crypto/envelope';
import { EncryptedTable, SESSIONS_FIELDS } from './encrypted-columns';
import type { RowRewrite, StoredRow } from './encryption-data.repository';
import type { Database } from '../../database/database.types';
import type { FieldCipher } from './field-cipher';

/** What a rewrite of a batch did: rows left alone because a value could not be decrypted are counted. */
export interface RewriteResult {
  rewrites: RowRewrite[];
  unreadable: number;
}

/**
 * New stored values for rows: plaintext fields encrypted (cleanup), or, with `toDekId`, every field
 * re-encrypted under that data key (rotation). A row with an undecryptable field is left as it is:
 * re-encrypting cannot repair it and must not destroy it.
 */
export async function rewriteRows(
  cipher: FieldCipher,
  spec: EncryptedTable,
  rows: readonly StoredRow[],
  toDekId?: string,
  /** The transaction the rows were read in, for the key reads (see FieldCipher.dataKey). */
  db?: Database,
): Promise<RewriteResult> {
  const rewrites: RowRewrite[] = [];
  let unreadable = 0;
  for (const row of rows) {
    const plain: Record<string, string | null> = {};
    const values: Record<string, string | null> = {};
    let hadPlaintext = false;
    try {
      for (const { column } of spec.columns) {
        const stored = row.values[column] ?? null;
        if (stored === null) {
          plain[column] = null;
          continue;
        }
        const ref = { table: spec.table, column, rowId: row.id };
        const encrypted = isEnvelope(stored);
        hadPlaintext ||= !encrypted;
        plain[column] = await cipher.decrypt(ref, stored, db);
        if (toDekId !== undefined && encrypted && parseEnvelope(stored).dekId === toDekId) continue;
        if (toDekId !== undefined) values[column] = await cipher.encryptWith(toDekId, ref, plain[column] as string, db);
        else if (!encrypted) values[column] = await cipher.encryptWith(await cipher.currentDataKeyId(), ref, stored);
      }
    } catch {
      unreadable += 1;
      continue;
    }
    if (Object.keys(values).length === 0) continue;
    // Plaintext sessions (written before encryption, or imported) may lack their search terms.
    const searchTerms =
      spec === SESSIONS_FIELDS && hadPlaintext ? await cipher.documentTerms([plain['user_meta'] ?? null, plain['customer'] ?? null]) : undefined;
    rewrites.push({ row, values, searchTerms });
  }
  return { rewrites, unreadable };
}
