import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A visitor's secret: 256 random bits. Only its SHA-256 is stored, so a database leak grants nothing. */
export function newVisitorToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashVisitorToken(token) };
}

export function hashVisitorToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function visitorTokenMatches(token: string, storedHash: string | null): boolean {
  if (!storedHash) return false;
  const given = Buffer.from(hashVisitorToken(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
