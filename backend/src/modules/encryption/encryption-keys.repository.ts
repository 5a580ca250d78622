import { Inject, Injectable } from '@nestjs/common';
import { and, asc, count, desc, eq, ne } from 'drizzle-orm';
import { DATABASE, Database } from '../../database/database.types';
import { DataKeyPurpose, EncryptionKeyRow, encryptionKeys } from './encryption.schema';

export interface NewDataKey {
  id: string;
  purpose: DataKeyPurpose;
  masterKeyId: string;
  wrappedKey: string;
}

/** All SQL on encryption_keys. Rows hold wrapped keys only; unwrapping is FieldCipher's. */
@Injectable()
export class EncryptionKeysRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async findById(id: string, db: Database = this.db): Promise<EncryptionKeyRow | undefined> {
    const [row] = await db.select().from(encryptionKeys).where(eq(encryptionKeys.id, id));
    return row;
  }

  /** The newest active key of this purpose wrapped by this master key. */
  async findActive(purpose: DataKeyPurpose, masterKeyId: string): Promise<EncryptionKeyRow | undefined> {
    const [row] = await this.db
      .select()
      .from(encryptionKeys)
      .where(and(eq(encryptionKeys.purpose, purpose), eq(encryptionKeys.masterKeyId, masterKeyId), eq(encryptionKeys.active, true)))
      .orderBy(desc(encryptionKeys.id))
      .limit(1);
    return row;
  }

  async findSearchKey(): Promise<EncryptionKeyRow | undefined> {
    const [row] = await this.db.select().from(encryptionKeys).where(eq(encryptionKeys.purpose, 'search'));
    return row;
  }

  /** Stores a key; a second search key loses silently to the first (callers re-read it). */
  async insert(key: NewDataKey, db: Database = this.db): Promise<void> {
    await db.insert(encryptionKeys).values(key).onConflictDoNothing();
  }

  async listAll(db: Database = this.db): Promise<EncryptionKeyRow[]> {
    return db.select().from(encryptionKeys).orderBy(asc(encryptionKeys.id));
  }

  async rewrap(id: string, masterKeyId: string, wrappedKey: string, db: Database = this.db): Promise<void> {
    await db.update(encryptionKeys).set({ masterKeyId, wrappedKey, rewrappedAt: new Date() }).where(eq(encryptionKeys.id, id));
  }

  /** After a data rewrite only the fresh key encrypts; the others stay for rows written meanwhile. */
  async retireDataKeysExcept(id: string, db: Database = this.db): Promise<void> {
    await db
      .update(encryptionKeys)
      .set({ active: false })
      .where(and(eq(encryptionKeys.purpose, 'data'), ne(encryptionKeys.id, id)));
  }

  async countByMasterKey(): Promise<{ masterKeyId: string; purpose: DataKeyPurpose; keys: number }[]> {
    return this.db
      .select({ masterKeyId: encryptionKeys.masterKeyId, purpose: encryptionKeys.purpose, keys: count() })
      .from(encryptionKeys)
      .groupBy(encryptionKeys.masterKeyId, encryptionKeys.purpose)
      .orderBy(encryptionKeys.masterKeyId, encryptionKeys.purpose);
  }
}
