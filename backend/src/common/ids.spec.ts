import { isUuid, uuidv7 } from './ids';

describe('uuidv7', () => {
  it('makes RFC 9562 version 7 ids', () => {
    const id = uuidv7();
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('7');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('orders ids by creation, also within one millisecond', () => {
    const now = Date.now();
    const ids = Array.from({ length: 5000 }, () => uuidv7(now));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('encodes the creation time in the first 48 bits', () => {
    const at = Date.UTC(2030, 0, 1);
    const id = uuidv7(at);
    expect(parseInt(id.replace(/-/g, '').slice(0, 12), 16)).toBeGreaterThanOrEqual(at);
  });
});

describe('isUuid', () => {
  it.each(['', 'abc', '123e4567-e89b-12d3-a456-42661417400', 42, null])('refuses %p', (value) => {
    expect(isUuid(value)).toBe(false);
  });
});
