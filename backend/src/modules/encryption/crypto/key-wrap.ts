import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { UnreadableValueError } from './envelope';

/** The master keys (KEKs) of this process; only `activeId` wraps new or re-wrapped data keys. */
export interface KeyRing {
  activeId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export const DEK_BYTES = 32;

export function newDataKey(): Buffer {
  return randomBytes(DEK_BYTES);
}

// The DEK's id is authenticated with it, so a wrapped key copied onto another key row fails.
const wrapAad = (dekId: string): Buffer => Buffer.from(`parley-dek:v1:${dekId}`, 'utf8');

/** A data key encrypted under a master key: `<iv>:<tag>:<ciphertext>`, base64url. */
export function wrapDataKey(kek: Buffer, dekId: string, dek: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(wrapAad(dekId));
  const wrapped = Buffer.concat([cipher.update(dek), cipher.final()]);
  return [iv, cipher.getAuthTag(), wrapped].map((part) => part.toString('base64url')).join(':');
}

export function unwrapDataKey(kek: Buffer, dekId: string, wrapped: string): Buffer {
  const [iv, tag, ciphertext] = wrapped.split(':').map((part) => Buffer.from(part, 'base64url'));
  if (!iv || !tag || !ciphertext) throw new UnreadableValueError('malformed');
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, iv);
    decipher.setAAD(wrapAad(dekId));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw new UnreadableValueError('authentication failed');
  }
}

export function masterKey(ring: KeyRing, id: string): Buffer {
  const key = ring.keys.get(id);
  if (!key) throw new UnreadableValueError('unknown key');
  return key;
}
