import { Inject, Injectable, Logger } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { uuidv7 } from '../../common/ids';
import { deriveSearchKey, documentTerms, hashTerm, searchWords } from './crypto/blind-index';
import { FieldRef, UnreadableValueError, decryptField, encryptField, isEnvelope, parseEnvelope } from './crypto/envelope';
import { KeyRing, masterKey, newDataKey, unwrapDataKey, wrapDataKey } from './crypto/key-wrap';
import type { EncryptedTable } from './encrypted-columns';
import { EncryptionKeysRepository } from './encryption-keys.repository';
import type { Database } from '../../database/database.types';
import type { DataKeyPurpose } from './encryption.schema';

export interface CipherOptions {
  enabled: boolean;
  ring: KeyRing;
  cacheTtlSeconds: number;
  cacheMax: number;
}

export const CIPHER_OPTIONS = Symbol('CIPHER_OPTIONS');

/** A row as a repository hands it out: `unreadable` when a field failed to decrypt (and was replaced). */
export type Readable<T> = T & { unreadable?: boolean };

/**
 * Field-level envelope encryption for repositories: they encrypt what they write and decrypt what
 * they read, so services and analytics never see a ciphertext. Unwrapped data keys stay in memory
 * for a bounded time and count; the master keys never leave the key ring.
 */
@Injectable()
export class FieldCipher {
  private readonly logger = new Logger('Encryption');
  private readonly cache: LRUCache<string, Buffer>;
  private current: Promise<string> | undefined;
  private searchKey: Promise<Buffer> | undefined;

  constructor(
    @Inject(CIPHER_OPTIONS) readonly options: CipherOptions,
    private readonly keys: EncryptionKeysRepository,
  ) {
    this.cache = new LRUCache({ max: options.cacheMax, ttl: options.cacheTtlSeconds * 1000 });
  }

  get enabled(): boolean {
    return this.options.enabled;
  }

  /** The stored form of a value: encrypted, or as is when encryption is off. */
  async encrypt(ref: FieldRef, plaintext: string): Promise<string> {
    if (!this.options.enabled) return plaintext;
    return this.encryptWith(await this.currentDataKeyId(), ref, plaintext);
  }

  /** `db`: the transaction the caller is in (see dataKey). */
  async encryptWith(dekId: string, ref: FieldRef, plaintext: string, db?: Database): Promise<string> {
    return encryptField({ id: dekId, key: await this.dataKey(dekId, db) }, ref, plaintext);
  }

  /** Plaintext (written before encryption, or with it off) is returned as is. */
  async decrypt(ref: FieldRef, stored: string, db?: Database): Promise<string> {
    if (!isEnvelope(stored)) return stored;
    const parts = parseEnvelope(stored);
    return decryptField(parts, await this.dataKey(parts.dekId, db), ref);
  }

  /** Encrypts the given fields of a row about to be written; fields not given stay absent. */
  async encryptFields<T extends object>(spec: EncryptedTable, rowId: string, values: T): Promise<T> {
    const out = { ...values } as Record<string, unknown>;
    for (const { field, column } of spec.columns) {
      const value = out[field];
      if (typeof value === 'string') out[field] = await this.encrypt({ table: spec.table, column, rowId }, value);
    }
    return out as T;
  }

  /**
   * Decrypts a row read from the database. A value that fails is logged (where, never what) and
   * replaced, and the row flagged: one damaged row must not break a list of good ones.
   */
  async readRow<T extends { id: string }>(spec: EncryptedTable, row: T): Promise<Readable<T>> {
    const out: Record<string, unknown> = { ...row };
    let unreadable = false;
    for (const { field, column, unreadable: replacement } of spec.columns) {
      const stored = out[field];
      if (typeof stored !== 'string') continue;
      try {
        out[field] = await this.decrypt({ table: spec.table, column, rowId: row.id }, stored);
      } catch (error) {
        const reason = error instanceof UnreadableValueError ? error.reason : 'error';
        this.logger.error(`unreadable value in ${spec.table}.${column} of row ${row.id} (${reason})`);
        out[field] = replacement;
        unreadable = true;
      }
    }
    if (unreadable) out['unreadable'] = true;
    return out as Readable<T>;
  }

  async readRows<T extends { id: string }>(spec: EncryptedTable, rows: readonly T[]): Promise<Readable<T>[]> {
    return Promise.all(rows.map((row) => this.readRow(spec, row)));
  }

  async readOptional<T extends { id: string }>(spec: EncryptedTable, row: T | undefined): Promise<Readable<T> | undefined> {
    return row === undefined ? undefined : this.readRow(spec, row);
  }

  /** Blind-index terms of plaintext JSON documents (see crypto/blind-index). */
  async documentTerms(documents: readonly (string | null | undefined)[]): Promise<string[]> {
    return documentTerms(await this.searchHmacKey(), documents.map((document) => document ?? null));
  }

  /** Loads the search key now, before a transaction that may need it (see dataKey). */
  async loadSearchKeyNow(): Promise<void> {
    await this.searchHmacKey();
  }

  /** The terms a search query must all match; empty when it has no whole word. */
  async queryTerms(query: string): Promise<string[]> {
    const key = await this.searchHmacKey();
    return searchWords(query).map((word) => hashTerm(key, word));
  }

  /** A fresh data key wrapped by the active master key; it becomes the one new values use. */
  async createDataKey(purpose: DataKeyPurpose = 'data'): Promise<string> {
    const id = uuidv7();
    const key = newDataKey();
    const { activeId } = this.options.ring;
    await this.keys.insert({ id, purpose, masterKeyId: activeId, wrappedKey: wrapDataKey(masterKey(this.options.ring, activeId), id, key) });
    this.cache.set(id, key);
    return id;
  }

  /** After a rotation made a fresh key, this process writes with it at once. */
  useDataKey(id: string): void {
    this.current = Promise.resolve(id);
  }

  currentDataKeyId(): Promise<string> {
    this.current ??= this.findOrCreateCurrent().catch((error: unknown) => {
      this.current = undefined;
      throw error;
    });
    return this.current;
  }

  /**
   * A data key, unwrapped. Inside a transaction the caller passes it as `db`: PGlite has one
   * connection, so a key read outside the open transaction would wait for it forever.
   */
  async dataKey(id: string, db?: Database): Promise<Buffer> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const row = await this.keys.findById(id, db);
    if (!row) throw new UnreadableValueError('unknown key');
    const key = unwrapDataKey(masterKey(this.options.ring, row.masterKeyId), id, row.wrappedKey);
    this.cache.set(id, key);
    return key;
  }

  /** Unwrapped keys are dropped, e.g. after their wrapping changed. */
  forgetKeys(): void {
    this.cache.clear();
  }

  private async findOrCreateCurrent(): Promise<string> {
    const existing = await this.keys.findActive('data', this.options.ring.activeId);
    return existing?.id ?? this.createDataKey('data');
  }

  private searchHmacKey(): Promise<Buffer> {
    this.searchKey ??= this.loadSearchKey().catch((error: unknown) => {
      this.searchKey = undefined;
      throw error;
    });
    return this.searchKey;
  }

  private async loadSearchKey(): Promise<Buffer> {
    let row = await this.keys.findSearchKey();
    if (!row) {
      await this.createDataKey('search');
      // Two processes may race to create it; the unique index keeps the first, which both read.
      row = await this.keys.findSearchKey();
    }
    if (!row) throw new Error('the search key could not be stored');
    return deriveSearchKey(await this.dataKey(row.id));
  }
}
