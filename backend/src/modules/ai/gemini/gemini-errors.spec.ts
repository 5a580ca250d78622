import {
  GoogleGenerativeAIAbortError,
  GoogleGenerativeAIError,
  GoogleGenerativeAIFetchError,
  GoogleGenerativeAIResponseError,
} from '@google/generative-ai';
import { GeminiError, GeminiUnavailableError, toGeminiError } from './gemini-errors';

const fetchError = (status: number, details?: unknown[]) =>
  new GoogleGenerativeAIFetchError(`Error fetching from http://x/v1beta/models/m:streamGenerateContent: [${status}] nope`, status, 'x', details as never);

describe('toGeminiError', () => {
  it.each([
    [429, 'rate_limited', true],
    [500, 'server_error', true],
    [502, 'server_error', true],
    [503, 'server_error', true],
    [400, 'refused', false],
    [401, 'refused', false],
    [403, 'refused', false],
    [404, 'refused', false],
  ])('maps HTTP %s to %s (retryable: %s)', (status, reason, retryable) => {
    const error = toGeminiError(fetchError(status), false);
    expect(error).toMatchObject({ reason, status, retryable });
  });

  it('carries the RetryInfo delay of a 429 and keeps Gemini’s message out of its own', () => {
    const error = toGeminiError(fetchError(429, [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '12s' }]), false);
    expect(error?.retryAfterMs).toBe(12_000);
    expect(error?.message).toBe('Gemini answered 429');
  });

  it('calls everything a timeout once the deadline passed', () => {
    for (const thrown of [new GoogleGenerativeAIAbortError('aborted'), fetchError(500), new Error('x')]) {
      expect(toGeminiError(thrown, true)?.reason).toBe('timeout');
    }
  });

  it('tells network failures from unparseable streams', () => {
    expect(toGeminiError(new GoogleGenerativeAIError('Error fetching from http://x: fetch failed'), false)?.reason).toBe('network');
    expect(toGeminiError(new GoogleGenerativeAIError('Error reading from the stream'), false)?.reason).toBe('network');
    expect(toGeminiError(new GoogleGenerativeAIAbortError('Request aborted when reading from the stream'), false)?.reason).toBe('network');
    expect(toGeminiError(new GoogleGenerativeAIError('Error parsing JSON response: "{"'), false)?.reason).toBe('bad_response');
    expect(toGeminiError(new GoogleGenerativeAIError('Failed to parse stream'), false)?.reason).toBe('bad_response');
  });

  it('maps a response error to blocked and passes GeminiErrors through', () => {
    expect(toGeminiError(new GoogleGenerativeAIResponseError('Candidate was blocked due to SAFETY'), false)?.reason).toBe('blocked');
    const own = new GeminiError('bad_response', 'x');
    expect(toGeminiError(own, false)).toBe(own);
  });

  it('leaves errors that are not Gemini’s alone', () => {
    expect(toGeminiError(new TypeError('onDelta broke'), false)).toBeUndefined();
  });
});

describe('GeminiUnavailableError', () => {
  it('is a GeminiError with reason unavailable, not retryable', () => {
    const error = new GeminiUnavailableError();
    expect(error).toBeInstanceOf(GeminiError);
    expect(error).toMatchObject({ reason: 'unavailable', retryable: false, name: 'GeminiUnavailableError' });
  });
});
