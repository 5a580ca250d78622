import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The stored form of an encrypted field: `enc:v1:<dekId>:<iv>:<tag>:<ciphertext>`, base64url parts.
 * It names its format and its data key, so any row can be read (or re-encrypted) on its own, and SQL
 * can count rows per key by splitting on ':' without decrypting anything.
 */
export const ENVELOPE_PREFIX = 'enc:v1:';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Where a value lives. It is authenticated with the value, so a ciphertext copied elsewhere fails. */
export interface FieldRef {
  table: string;
  column: string;
  rowId: string;
}

export class UnreadableValueError extends Error {
  constructor(readonly reason: 'malformed' | 'unknown key' | 'authentication failed') {
    super(`stored value is unreadable: ${reason}`);
    this.name = 'UnreadableValueError';
  }
}

export interface EnvelopeParts {
  dekId: string;
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
}

export function isEnvelope(stored: string): boolean {
  return stored.startsWith(ENVELOPE_PREFIX);
}

function additionalData(dekId: string, ref: FieldRef): Buffer {
  return Buffer.from(`${ENVELOPE_PREFIX}${dekId}|${ref.table}.${ref.column}|${ref.rowId}`, 'utf8');
}

export function encryptField(dek: { id: string; key: Buffer }, ref: FieldRef, plaintext: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', dek.key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(additionalData(dek.id, ref));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  const parts = [iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'));
  return `${ENVELOPE_PREFIX}${dek.id}:${parts.join(':')}`;
}

export function parseEnvelope(stored: string): EnvelopeParts {
  if (!isEnvelope(stored)) throw new UnreadableValueError('malformed');
  const parts = stored.slice(ENVELOPE_PREFIX.length).split(':');
  const [dekId, iv, tag, ciphertext] = parts;
  if (parts.length !== 4 || !dekId || iv === undefined || tag === undefined || ciphertext === undefined) {
    throw new UnreadableValueError('malformed');
  }
  const decoded = { dekId, iv: Buffer.from(iv, 'base64url'), tag: Buffer.from(tag, 'base64url'), ciphertext: Buffer.from(ciphertext, 'base64url') };
  if (decoded.iv.length !== IV_BYTES || decoded.tag.length !== TAG_BYTES) throw new UnreadableValueError('malformed');
  return decoded;
}

export function decryptField(parts: EnvelopeParts, key: Buffer, ref: FieldRef): string {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, parts.iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(parts.dekId, ref));
    decipher.setAuthTag(parts.tag);
    return Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]).toString('utf8');
  } catch {
    throw new UnreadableValueError('authentication failed');
  }
}
