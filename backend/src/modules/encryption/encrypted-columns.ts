/**
 * Every column holding what a visitor or agent wrote, by table. `unreadable` is what a reader gets in
 * place of a value that fails to decrypt: a marker for texts the UI shows, null for JSON documents.
 */
export interface EncryptedColumn {
  /** The Drizzle field name. */
  field: string;
  /** The SQL column name (part of the authenticated data). */
  column: string;
  unreadable: string | null;
}

export interface EncryptedTable {
  table: string;
  columns: readonly EncryptedColumn[];
}

export const UNREADABLE_TEXT = '[unreadable]';

export const MESSAGES_FIELDS: EncryptedTable = {
  table: 'messages',
  columns: [
    { field: 'text', column: 'text', unreadable: UNREADABLE_TEXT },
    { field: 'metadata', column: 'metadata', unreadable: null },
  ],
};

export const SESSIONS_FIELDS: EncryptedTable = {
  table: 'sessions',
  columns: [
    { field: 'userMeta', column: 'user_meta', unreadable: null },
    { field: 'customer', column: 'customer', unreadable: null },
  ],
};

export const ACCURACY_FIELDS: EncryptedTable = {
  table: 'ai_accuracy',
  columns: [
    { field: 'question', column: 'question', unreadable: UNREADABLE_TEXT },
    { field: 'aiText', column: 'ai_text', unreadable: UNREADABLE_TEXT },
    { field: 'metadata', column: 'metadata', unreadable: null },
  ],
};

/** In the order maintenance jobs walk them (a job's cursor stores the index). */
export const ENCRYPTED_TABLES: readonly EncryptedTable[] = [SESSIONS_FIELDS, MESSAGES_FIELDS, ACCURACY_FIELDS];
