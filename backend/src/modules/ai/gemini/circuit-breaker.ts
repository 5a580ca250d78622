export type BreakerState = 'closed' | 'open' | 'half_open';

export interface CircuitBreakerOptions {
  /** Failed calls in a row that open the breaker. */
  failureThreshold: number;
  /** How long an open breaker refuses calls before it lets one trial call through. */
  cooldownMs: number;
  /** Milliseconds since some fixed point; injected so tests need not wait for the cooldown. */
  now?: () => number;
}

/**
 * Stops calling a dependency that keeps failing, so visitors get the fallback at once instead of
 * after a timeout each, and a struggling service is not hammered. Closed: every call goes through.
 * After `failureThreshold` failures in a row it opens: calls are refused for `cooldownMs`. Then it is
 * half-open: exactly one trial call goes through (the others are still refused); its success closes
 * the breaker, its failure opens it for another cooldown.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    this.now = options.now ?? Date.now;
  }

  get state(): BreakerState {
    if (this.openedAt === null) return 'closed';
    return this.now() - this.openedAt >= this.options.cooldownMs ? 'half_open' : 'open';
  }

  /**
   * Asks to make one call. True means go ahead, and the caller must then report the outcome with
   * `recordSuccess` or `recordFailure`, or the half-open trial slot stays taken.
   */
  tryAcquire(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.openedAt = null;
    this.trialInFlight = false;
  }

  recordFailure(): void {
    this.failures += 1;
    // A failed trial re-opens at once; a call that started while closed counts towards the threshold.
    if (this.trialInFlight || this.failures >= this.options.failureThreshold) this.openedAt = this.now();
    this.trialInFlight = false;
  }
}
