import { Logger } from '@nestjs/common';
import { modelJson } from '../../../../test/fake-gemini-server';
import { GenerationRequest } from '../ai.types';
import { GeminiError, GeminiUnavailableError } from './gemini-errors';
import { GeminiHarness } from './testing/gemini-harness';

const ask = (extra: Partial<GenerationRequest> = {}): GenerationRequest => ({
  question: 'How do I upgrade?',
  passages: [{ articleId: 'a1', title: 'Plans', heading: 'Upgrading', text: 'Choose Upgrade in Billing.', score: 5 }],
  history: [],
  ...extra,
});

async function failureOf(call: Promise<unknown>): Promise<GeminiError> {
  const error = await call.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof GeminiError)) throw new Error(`expected a GeminiError, got ${String(error)}`);
  return error;
}

describe('GeminiAnswerGenerator: timeout, retries and circuit breaker', () => {
  let harness: GeminiHarness;

  beforeAll(async () => {
    // The generator logs every failure; here the failures are the point.
    Logger.overrideLogger(false);
    harness = await GeminiHarness.start();
    // The first fetch of a process loads undici, which can take longer than a short test timeout.
    await harness.generator().generate(ask());
    harness.reset();
  });
  afterEach(() => harness.reset());
  afterAll(() => harness.close());

  describe('timeout', () => {
    it('gives up on a server that never answers', async () => {
      harness.fake.enqueue({ kind: 'hang' });
      const started = performance.now();
      const failure = await failureOf(harness.generator({ AI_TIMEOUT_MS: '500' }).generate(ask()));
      expect(failure.reason).toBe('timeout');
      expect(performance.now() - started).toBeLessThan(5000);
      expect(harness.fake.requests).toHaveLength(1);
    });

    it('gives up on a stream that stalls, after the visitor saw its beginning, and does not retry', async () => {
      harness.fake.enqueue({ kind: 'hang', pieces: ['{"answer": "Choose ', 'Upgrade'] });
      const deltas: string[] = [];
      const failure = await failureOf(
        harness.generator({ AI_TIMEOUT_MS: '1000', AI_MAX_RETRIES: '3' }).generate(ask({ onDelta: (delta) => deltas.push(delta) })),
      );
      expect(failure.reason).toBe('timeout');
      expect(deltas.join('')).toBe('Choose Upgrade');
      expect(harness.fake.requests).toHaveLength(1);
    });

    it('counts the backoff waits against the same budget', async () => {
      harness.fake.enqueue({ kind: 'error', status: 503 }, { kind: 'hang' });
      // A real wait this time (225 ms), well inside the budget, so only the hang can run out the clock.
      const generator = harness.generator({ AI_TIMEOUT_MS: '1500', AI_MAX_RETRIES: '5' }, { sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) });
      const started = performance.now();
      expect((await failureOf(generator.generate(ask()))).reason).toBe('timeout');
      expect(performance.now() - started).toBeLessThan(5000);
      expect(harness.fake.requests).toHaveLength(2);
    });
  });

  describe('retries', () => {
    it.each([
      ['429 with a RetryInfo delay', { kind: 'error', status: 429, retryAfterSeconds: 1 } as const, [1000]],
      ['429 without one', { kind: 'error', status: 429 } as const, [225]],
      ['500', { kind: 'error', status: 500 } as const, [225]],
      ['503', { kind: 'error', status: 503 } as const, [225]],
    ])('retries after %s and then answers', async (_, failure, sleeps) => {
      harness.fake.enqueue(failure, { kind: 'answer', text: modelJson('Choose Upgrade in Billing.') });
      const answer = await harness.generator().generate(ask());
      expect(answer.text).toBe('Choose Upgrade in Billing.');
      expect(harness.fake.requests).toHaveLength(2);
      // random() is 0.5 in tests: 300 ms base, half fixed and half jitter, gives 225 ms.
      expect(harness.sleeps).toEqual(sleeps);
    });

    it('backs off exponentially and gives up after AI_MAX_RETRIES', async () => {
      harness.fake.defaultReply = { kind: 'error', status: 500 };
      const failure = await failureOf(harness.generator({ AI_MAX_RETRIES: '3' }).generate(ask()));
      expect(failure).toMatchObject({ reason: 'server_error', status: 500 });
      expect(harness.fake.requests).toHaveLength(4);
      expect(harness.sleeps).toEqual([225, 450, 900]);
    });

    it('gives up on a persistent 429 with reason rate_limited', async () => {
      harness.fake.defaultReply = { kind: 'error', status: 429, retryAfterSeconds: 2 };
      const failure = await failureOf(harness.generator({ AI_MAX_RETRIES: '2' }).generate(ask()));
      expect(failure).toMatchObject({ reason: 'rate_limited', status: 429 });
      expect(harness.sleeps).toEqual([2000, 2000]);
    });

    it('waits no longer than the cap, however long Gemini asks for', async () => {
      harness.fake.enqueue({ kind: 'error', status: 429, retryAfterSeconds: 3600 });
      await harness.generator({ AI_TIMEOUT_MS: '60000' }).generate(ask());
      expect(harness.sleeps).toEqual([5000]);
    });

    it('does not wait when the wait would outlast the timeout', async () => {
      harness.fake.enqueue({ kind: 'error', status: 429, retryAfterSeconds: 3 });
      const failure = await failureOf(harness.generator({ AI_TIMEOUT_MS: '2000' }).generate(ask()));
      expect(failure.reason).toBe('rate_limited');
      expect(harness.sleeps).toEqual([]);
      expect(harness.fake.requests).toHaveLength(1);
    });

    it.each([400, 401, 403, 404])('does not retry %s', async (status) => {
      harness.fake.enqueue({ kind: 'error', status });
      expect(await failureOf(harness.generator({ AI_MAX_RETRIES: '3' }).generate(ask()))).toMatchObject({ reason: 'refused', status });
      expect(harness.fake.requests).toHaveLength(1);
    });

    it('does not retry once the visitor has seen part of the answer', async () => {
      harness.fake.enqueue({ kind: 'stream_error', pieces: ['{"answer": "Choose Up'], code: 503 });
      const deltas: string[] = [];
      const failure = await failureOf(harness.generator({ AI_MAX_RETRIES: '3' }).generate(ask({ onDelta: (delta) => deltas.push(delta) })));
      expect(failure.reason).toBe('server_error');
      expect(deltas).toEqual(['Choose Up']);
      expect(harness.fake.requests).toHaveLength(1);
    });

    it('retries an error inside the stream when nothing was shown yet', async () => {
      harness.fake.enqueue({ kind: 'stream_error', pieces: [], code: 500 });
      expect((await harness.generator().generate(ask())).text).toBe('The default answer.');
      expect(harness.fake.requests).toHaveLength(2);
    });
  });

  describe('circuit breaker', () => {
    const env = { AI_MAX_RETRIES: '0', AI_BREAKER_FAILURES: '3', AI_BREAKER_COOLDOWN_MS: '30000' };

    it('opens after N failed calls in a row, sends nothing while open, and closes after the cooldown and a success', async () => {
      const generator = harness.generator(env);
      harness.fake.defaultReply = { kind: 'error', status: 500 };
      for (let call = 0; call < 3; call++) expect((await failureOf(generator.generate(ask()))).reason).toBe('server_error');
      expect(harness.fake.requests).toHaveLength(3);

      for (let call = 0; call < 5; call++) await expect(generator.generate(ask())).rejects.toBeInstanceOf(GeminiUnavailableError);
      harness.now += 29_999;
      expect((await failureOf(generator.generate(ask()))).reason).toBe('unavailable');
      expect(harness.fake.requests).toHaveLength(3);

      harness.now += 1;
      harness.fake.defaultReply = { kind: 'answer', text: modelJson('Back again.') };
      expect((await generator.generate(ask())).text).toBe('Back again.');
      expect((await generator.generate(ask())).text).toBe('Back again.');
      expect(harness.fake.requests).toHaveLength(5);
    });

    it('lets a single trial call through when half-open, and re-opens when it fails', async () => {
      const generator = harness.generator(env);
      harness.fake.defaultReply = { kind: 'error', status: 503 };
      for (let call = 0; call < 3; call++) await failureOf(generator.generate(ask()));
      harness.now += 30_000;

      harness.fake.enqueue({ kind: 'answer', text: modelJson('Slow trial.'), pieces: 3, delayMs: 100 });
      const trial = generator.generate(ask());
      // While the trial runs, everyone else still gets the fallback at once.
      await expect(generator.generate(ask())).rejects.toBeInstanceOf(GeminiUnavailableError);
      expect((await trial).text).toBe('Slow trial.');

      for (let call = 0; call < 2; call++) await failureOf(generator.generate(ask()));
      harness.now += 30_000;
      const requestsBefore = harness.fake.requests.length;
      expect((await failureOf(generator.generate(ask()))).reason).toBe('server_error'); // the failed trial
      expect((await failureOf(generator.generate(ask()))).reason).toBe('unavailable'); // open again at once
      expect(harness.fake.requests).toHaveLength(requestsBefore + 1);
    });

    it('counts timeouts and garbage, not a blocked answer, and a success starts the count again', async () => {
      const generator = harness.generator({ ...env, AI_TIMEOUT_MS: '200' });
      harness.fake.enqueue({ kind: 'hang' }, { kind: 'answer', text: 'not json' }, { kind: 'blocked' });
      for (const reason of ['timeout', 'bad_response', 'blocked']) expect((await failureOf(generator.generate(ask()))).reason).toBe(reason);
      // Had the blocked answer counted, this would be the 4th call after 3 failures: refused.
      harness.fake.enqueue({ kind: 'invalid_sse' }, { kind: 'answer', text: modelJson('Fine.') });
      expect((await failureOf(generator.generate(ask()))).reason).toBe('bad_response');
      expect((await generator.generate(ask())).text).toBe('Fine.');
      // One failure before the success and three after: only the last three are in a row.
      harness.fake.defaultReply = { kind: 'error', status: 500 };
      for (let call = 0; call < 3; call++) expect((await failureOf(generator.generate(ask()))).reason).toBe('server_error');
      expect((await failureOf(generator.generate(ask()))).reason).toBe('unavailable');
      expect(harness.fake.requests).toHaveLength(8);
    });
  });
});
