export interface TokenPair {
  accessToken: string;
  refreshToken: string;
}

const KEY = 'parley.console.tokens';

/**
 * Tokens live in localStorage so a reload or a second tab stays signed in; the access token is
 * short-lived and the refresh token rotates on each use, so a stolen copy soon stops working.
 */
export const tokenStorage = {
  read(): TokenPair | null {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null');
      if (parsed && typeof parsed === 'object' && 'accessToken' in parsed && 'refreshToken' in parsed) {
        const { accessToken, refreshToken } = parsed as Record<string, unknown>;
        if (typeof accessToken === 'string' && typeof refreshToken === 'string') return { accessToken, refreshToken };
      }
    } catch {
      // A corrupt entry is the same as none: sign in again.
    }
    return null;
  },
  write(tokens: TokenPair): void {
    localStorage.setItem(KEY, JSON.stringify(tokens));
  },
  clear(): void {
    localStorage.removeItem(KEY);
  },
};
