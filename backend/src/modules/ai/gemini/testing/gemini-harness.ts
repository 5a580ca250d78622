import { FakeGeminiServer } from '../../../../../test/fake-gemini-server';
import { AppConfig, loadConfig } from '../../../../config/app-config';
import { Env } from '../../../../config/env-readers';
import { GeminiAnswerGenerator, GeminiTuning } from '../gemini-answer-generator';

/** Recognisable in any body, header or log line it must not appear in. */
export const TEST_GEMINI_KEY = 'test-gemini-key-0123456789';

/**
 * A fake Gemini plus what a test needs to drive the generator without waiting: a clock to move past
 * the breaker's cooldown and a record of every backoff wait (which then takes no time).
 */
export class GeminiHarness {
  /** The breaker's clock, in milliseconds; move it forward by hand. */
  now = 1_000_000;
  /** Every backoff wait the generator asked for, in order. */
  readonly sleeps: number[] = [];

  private constructor(readonly fake: FakeGeminiServer) {}

  static async start(): Promise<GeminiHarness> {
    return new GeminiHarness(await FakeGeminiServer.start());
  }

  /** Configuration from the environment variables an operator would set, pointed at the fake. */
  config(env: Env = {}): AppConfig {
    return loadConfig({ NODE_ENV: 'test', GEMINI_API_KEY: TEST_GEMINI_KEY, GEMINI_BASE_URL: this.fake.baseUrl, ...env });
  }

  tuning(overrides: Partial<GeminiTuning> = {}): Partial<GeminiTuning> {
    return {
      now: () => this.now,
      random: () => 0.5,
      sleep: async (ms) => {
        this.sleeps.push(ms);
      },
      ...overrides,
    };
  }

  generator(env: Env = {}, overrides: Partial<GeminiTuning> = {}): GeminiAnswerGenerator {
    return new GeminiAnswerGenerator(this.config(env), this.tuning(overrides));
  }

  reset(): void {
    this.fake.reset();
    this.sleeps.length = 0;
  }

  close(): Promise<void> {
    return this.fake.close();
  }
}
