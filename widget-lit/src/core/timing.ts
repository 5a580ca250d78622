const FIRST_DELAY_MS = 1000;
const MAX_DELAY_MS = 30_000;

/**
 * Retries with exponential backoff and jitter (1 s, 2 s, 4 s … 30 s, each ±50 %), so a desk that
 * comes back is not hit by every waiting widget at once. One retry is pending at a time.
 */
export class Backoff {
  private delay = FIRST_DELAY_MS;
  private timer?: ReturnType<typeof setTimeout>;

  /** Runs `retry` after the next delay, or after `afterMs` when the server said when. */
  schedule(retry: () => unknown, afterMs?: number): void {
    this.cancel();
    const wait = afterMs ?? this.delay * (0.5 + Math.random());
    this.delay = Math.min(this.delay * 2, MAX_DELAY_MS);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      retry();
    }, wait);
  }

  reset(): void {
    this.delay = FIRST_DELAY_MS;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}

/**
 * A `clientMessageId` (the protocol allows `A-Z a-z 0-9 . _ : -`, up to 100). crypto.randomUUID()
 * exists only in secure contexts, and the widget may be embedded in a plain-http page.
 */
export function newClientMessageId(): string {
  const random = crypto.getRandomValues(new Uint32Array(3));
  return `w-${Date.now().toString(36)}-${[...random].map((part) => part.toString(36)).join('')}`;
}
