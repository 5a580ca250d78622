export interface BackoffPolicy {
  /** The wait before the first retry, before jitter. */
  baseDelayMs: number;
  /** No computed wait is longer, however many retries came before. */
  maxDelayMs: number;
  /** A wait Gemini asks for is honoured up to this long. */
  retryAfterCapMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseDelayMs: 300, maxDelayMs: 4000, retryAfterCapMs: 5000 };

/**
 * The wait before retry number `retry` (0 for the first). Exponential, with "equal jitter": half of
 * the step is fixed, the other half random, so replicas that failed together do not retry together
 * yet each still waits a real while. A wait Gemini asked for wins, capped, because waiting longer
 * than the visitor will would only turn a 429 into a timeout.
 */
export function retryDelayMs(retry: number, policy: BackoffPolicy, retryAfterMs?: number, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(retryAfterMs, 0), policy.retryAfterCapMs);
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(step / 2 + random() * (step / 2));
}

/**
 * Reads the wait out of Gemini's error details. The SDK does not expose response headers, so an
 * HTTP Retry-After header is out of reach; Gemini states the same thing as a google.rpc.RetryInfo
 * detail whose `retryDelay` is a protobuf Duration in its JSON form ("37s", "0.500s").
 */
export function retryInfoDelayMs(details: unknown): number | undefined {
  if (!Array.isArray(details)) return undefined;
  for (const detail of details as unknown[]) {
    if (typeof detail !== 'object' || detail === null) continue;
    const { '@type': type, retryDelay } = detail as Record<string, unknown>;
    if (typeof type !== 'string' || !type.endsWith('google.rpc.RetryInfo') || typeof retryDelay !== 'string') continue;
    const match = /^(\d+(?:\.\d+)?)s$/.exec(retryDelay.trim());
    if (match) return Math.round(Number(match[1]) * 1000);
  }
  return undefined;
}
