/**
 * One time budget shared by every attempt of a call. Each attempt gets its own abort signal, which
 * the deadline aborts when it passes (and which is aborted anyway once the attempt is over, so no
 * request or stream outlives its call). `race` also settles at the deadline even if something below
 * ignored the signal, so the caller always gets control back in time.
 *
 * A signal per attempt rather than one for the whole call: the SDK adds an abort listener to the
 * signal it is given and never removes it, and Node warns about a leak past ten listeners.
 */
export class Deadline {
  private attemptController = new AbortController();
  private readonly endsAt: number;
  private readonly timer: NodeJS.Timeout;
  private readonly expiry: Promise<never>;
  private expiredFlag = false;

  constructor(budgetMs: number) {
    this.endsAt = performance.now() + budgetMs;
    let reject: (reason: Error) => void = () => undefined;
    this.expiry = new Promise<never>((_, rejectExpiry) => (reject = rejectExpiry));
    // Nobody may be racing when it fires; an unobserved rejection must not crash the process.
    this.expiry.catch(() => undefined);
    this.timer = setTimeout(() => {
      this.expiredFlag = true;
      this.attemptController.abort();
      reject(new Error('deadline passed'));
    }, budgetMs);
  }

  get expired(): boolean {
    return this.expiredFlag;
  }

  remainingMs(): number {
    return Math.max(0, this.endsAt - performance.now());
  }

  /** The signal for the next attempt; whatever is left of the previous one is aborted. */
  nextAttemptSignal(): AbortSignal {
    this.attemptController.abort();
    this.attemptController = new AbortController();
    if (this.expiredFlag) this.attemptController.abort();
    return this.attemptController.signal;
  }

  race<T>(work: Promise<T>): Promise<T> {
    // The loser is still running; its eventual failure has been accounted for by the deadline.
    work.catch(() => undefined);
    return Promise.race([work, this.expiry]);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.attemptController.abort();
  }
}
