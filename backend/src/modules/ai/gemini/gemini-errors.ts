import { GoogleGenerativeAIError, GoogleGenerativeAIFetchError, GoogleGenerativeAIResponseError } from '@google/generative-ai';
import { retryInfoDelayMs } from './backoff';

/**
 * Why a Gemini call gave no answer. The caller logs the reason and falls back to the local answerer.
 * - `timeout`: the whole call, retries and streaming included, took longer than `AI_TIMEOUT_MS`
 * - `rate_limited`: 429, still after the retries
 * - `server_error`: 5xx (or an error inside the stream), still after the retries
 * - `network`: Gemini could not be reached, or the connection broke
 * - `refused`: any other 4xx: a wrong key, an unknown model, a request Gemini will not take
 * - `blocked`: Gemini took the request but withheld the answer (safety, recitation, blocked prompt)
 * - `bad_response`: the answer is not the JSON we asked for (or has no answer in it)
 * - `unavailable`: the circuit breaker is open, or no key is configured; nothing was sent
 */
export type GeminiFailureReason =
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'network'
  | 'refused'
  | 'blocked'
  | 'bad_response'
  | 'unavailable';

const RETRYABLE: ReadonlySet<GeminiFailureReason> = new Set(['rate_limited', 'server_error']);

/**
 * A failed Gemini call. The message names the reason and at most an HTTP status: never the key, the
 * prompt, the visitor's words or Gemini's own error text (which may quote the request).
 */
export class GeminiError extends Error {
  constructor(
    readonly reason: GeminiFailureReason,
    message: string,
    /** The HTTP status Gemini answered with, when it answered with one. */
    readonly status?: number,
    /** How long Gemini asked us to wait before the next call (its RetryInfo), when it said. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'GeminiError';
  }

  /** 429 and 5xx may pass on their own; everything else would fail the same way again. */
  get retryable(): boolean {
    return RETRYABLE.has(this.reason);
  }
}

/** Thrown without touching the network while the circuit breaker is open. */
export class GeminiUnavailableError extends GeminiError {
  constructor(message = 'Gemini is not called for now: too many calls failed in a row') {
    super('unavailable', message);
    this.name = 'GeminiUnavailableError';
  }
}

/**
 * Turns what a Gemini call threw into a GeminiError. `timedOut` wins: once our deadline has aborted
 * the call, whatever the SDK reports next is a consequence of that. Undefined for an error that did
 * not come from Gemini or the SDK (a bug, or the caller's onDelta throwing), which should surface as is.
 */
export function toGeminiError(error: unknown, timedOut: boolean): GeminiError | undefined {
  if (timedOut) return timeoutError();
  if (error instanceof GeminiError) return error;
  if (error instanceof GoogleGenerativeAIFetchError) return fromStatus(error.status, error.errorDetails);
  if (error instanceof GoogleGenerativeAIResponseError) return new GeminiError('blocked', 'Gemini withheld the answer');
  if (error instanceof GoogleGenerativeAIError) {
    // The SDK wraps failed fetches and broken streams in its base class; only the message tells
    // them apart from a stream it could not parse (0.24.1 words them as below).
    if (/Error fetching from|Error reading from the stream|Request aborted/.test(error.message)) {
      return new GeminiError('network', 'Gemini could not be reached or the connection broke');
    }
    return new GeminiError('bad_response', "Gemini's stream could not be parsed");
  }
  return undefined;
}

export function timeoutError(): GeminiError {
  return new GeminiError('timeout', 'Gemini did not finish in time');
}

function fromStatus(status: number | undefined, details: unknown): GeminiError {
  const label = `Gemini answered ${status ?? 'without a status'}`;
  if (status === 429) return new GeminiError('rate_limited', label, status, retryInfoDelayMs(details));
  if (status !== undefined && status >= 500) return new GeminiError('server_error', label, status, retryInfoDelayMs(details));
  if (status !== undefined && status >= 400) return new GeminiError('refused', label, status);
  return new GeminiError('bad_response', label, status);
}
