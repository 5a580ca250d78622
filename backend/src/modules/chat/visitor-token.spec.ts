import { hashVisitorToken, newVisitorToken, visitorTokenMatches } from './visitor-token';

describe('visitor tokens', () => {
  it('are long random secrets stored only as their hash', () => {
    const { token, hash } = newVisitorToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toBe(hashVisitorToken(token));
    expect(hash).not.toContain(token);
    expect(newVisitorToken().token).not.toBe(token);
  });

  it('match only their own hash', () => {
    const { token, hash } = newVisitorToken();
    expect(visitorTokenMatches(token, hash)).toBe(true);
    expect(visitorTokenMatches(`${token}x`, hash)).toBe(false);
    expect(visitorTokenMatches(newVisitorToken().token, hash)).toBe(false);
    expect(visitorTokenMatches(token, null)).toBe(false);
    expect(visitorTokenMatches(token, 'abc')).toBe(false);
  });
});
