import { randomBytes } from 'node:crypto';
import { encryptField, isEnvelope, parseEnvelope } from './crypto/envelope';
import { MESSAGES_FIELDS, UNREADABLE_TEXT } from './encrypted-columns';
import type { EncryptionKeysRepository, NewDataKey } from './encryption-keys.repository';
import type { EncryptionKeyRow } from './encryption.schema';
import { FieldCipher } from './field-cipher';

/** encryption_keys in memory. */
class FakeKeys {
  readonly rows: EncryptionKeyRow[] = [];
  async findById(id: string) {
    return this.rows.find((row) => row.id === id);
  }
  async findActive(purpose: string, masterKeyId: string) {
    return this.rows.filter((row) => row.purpose === purpose && row.masterKeyId === masterKeyId && row.active).at(-1);
  }
  async findSearchKey() {
    return this.rows.find((row) => row.purpose === 'search');
  }
  async insert(key: NewDataKey) {
    if (key.purpose === 'search' && this.rows.some((row) => row.purpose === 'search')) return;
    this.rows.push({ ...key, active: true, createdAt: new Date(), rewrappedAt: null });
  }
}

function cipher(keys = new FakeKeys(), enabled = true, ring = { activeId: 'a', keys: new Map([['a', randomBytes(32)]]) }) {
  return new FieldCipher({ enabled, ring, cacheTtlSeconds: 60, cacheMax: 10 }, keys as unknown as EncryptionKeysRepository);
}

const ref = { table: 'messages', column: 'text', rowId: '0190a000-0000-7000-8000-000000000001' };

describe('FieldCipher', () => {
  it('round-trips a value through a self-describing envelope', async () => {
    const fields = cipher();
    const stored = await fields.encrypt(ref, 'Hello, my card is 4111 1111 1111 1111 ✓');
    expect(isEnvelope(stored)).toBe(true);
    expect(stored).not.toContain('Hello');
    expect(parseEnvelope(stored).dekId).toBe(await fields.currentDataKeyId());
    expect(await fields.decrypt(ref, stored)).toBe('Hello, my card is 4111 1111 1111 1111 ✓');
  });

  it('uses a fresh IV each time', async () => {
    const fields = cipher();
    expect(await fields.encrypt(ref, 'same')).not.toBe(await fields.encrypt(ref, 'same'));
  });

  it('refuses a tampered value and a value moved to another row or column', async () => {
    const fields = cipher();
    const stored = await fields.encrypt(ref, 'secret words');
    const last = stored.at(-2) === 'A' ? 'B' : 'A';
    const tampered = `${stored.slice(0, -2)}${last}${stored.at(-1) ?? ''}`;
    await expect(fields.decrypt(ref, tampered)).rejects.toThrow('authentication failed');
    await expect(fields.decrypt({ ...ref, rowId: '0190a000-0000-7000-8000-000000000002' }, stored)).rejects.toThrow('authentication failed');
    await expect(fields.decrypt({ ...ref, column: 'metadata' }, stored)).rejects.toThrow('authentication failed');
    await expect(fields.decrypt(ref, 'enc:v1:nonsense')).rejects.toThrow('malformed');
  });

  it('replaces an unreadable field, flags the row and leaves the others alone', async () => {
    const fields = cipher();
    const good = { id: ref.rowId, text: await fields.encrypt(ref, 'fine'), metadata: null };
    const moved = { id: '0190a000-0000-7000-8000-000000000009', text: good.text, metadata: '{"a":1}' };
    const [first, second] = await fields.readRows(MESSAGES_FIELDS, [good, moved]);
    expect(first).toEqual({ ...good, text: 'fine' });
    expect(second).toEqual({ ...moved, text: UNREADABLE_TEXT, unreadable: true });
  });

  it('reads plaintext as is and writes plaintext when disabled', async () => {
    const fields = cipher(new FakeKeys(), false);
    expect(await fields.encrypt(ref, 'plain')).toBe('plain');
    expect(await fields.decrypt(ref, 'plain')).toBe('plain');
  });

  it('fails on a data key whose master key is not configured', async () => {
    const keys = new FakeKeys();
    const stored = await cipher(keys).encrypt(ref, 'x');
    const other = cipher(keys, true, { activeId: 'b', keys: new Map([['b', randomBytes(32)]]) });
    await expect(other.decrypt(ref, stored)).rejects.toThrow('unknown key');
    await expect(other.decrypt(ref, encryptField({ id: 'missing', key: randomBytes(32) }, ref, 'x'))).rejects.toThrow('unknown key');
  });

  it('indexes whole words and e-mail addresses with one shared search key', async () => {
    const keys = new FakeKeys();
    const ring = { activeId: 'a', keys: new Map([['a', randomBytes(32)]]) };
    const terms = await cipher(keys, true, ring).documentTerms(['{"email":"Ada@Example.com","plan":"Gold plan"}', null]);
    const query = await cipher(keys, true, ring).queryTerms('ada@example.com');
    expect(query.filter((term) => terms.includes(term))).toEqual(query);
    expect((await cipher(keys, true, ring).queryTerms('gold')).every((term) => terms.includes(term))).toBe(true);
    expect((await cipher(keys, true, ring).queryTerms('gol')).some((term) => terms.includes(term))).toBe(false);
    expect(keys.rows.filter((row) => row.purpose === 'search')).toHaveLength(1);
  });
});
