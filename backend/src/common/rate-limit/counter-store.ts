/** A fixed-window counter: how many hits a key had in its current window, and when that ends. */
export interface CounterState {
  count: number;
  resetInMs: number;
}

/**
 * Counters for rate limits. In memory for one process; in Redis when several processes must share
 * them (REDIS_URL).
 */
export abstract class CounterStore {
  /** Counts one hit; the first hit of a key opens a window of `windowMs`. */
  abstract hit(key: string, windowMs: number): Promise<CounterState>;
  abstract peek(key: string): Promise<CounterState>;
  abstract reset(key: string): Promise<void>;
}
