import { GenerativeModel, GoogleGenerativeAI } from '@google/generative-ai';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { AiConfig, AppConfig } from '../../../config/app-config';
import { APP_CONFIG } from '../../../config/config.module';
import { AnswerGenerator, GeneratedAnswer, GenerationRequest } from '../ai.types';
import { redactPii } from '../redaction/pii-redactor';
import { BackoffPolicy, DEFAULT_BACKOFF, retryDelayMs } from './backoff';
import { CircuitBreaker } from './circuit-breaker';
import { Deadline } from './deadline';
import { GeminiError, GeminiUnavailableError, timeoutError, toGeminiError } from './gemini-errors';
import { GENERATION_CONFIG, SYSTEM_INSTRUCTION, buildPrompt } from './gemini-prompt';
import { parseModelAnswer, readAnswerStream } from './gemini-response';

/** What tests may change: the waits, the clock and the dice. Production uses the defaults. */
export interface GeminiTuning {
  backoff: BackoffPolicy;
  /** The breaker's clock. */
  now: () => number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Optional provider token for GeminiTuning (tests only). */
export const GEMINI_TUNING = Symbol('GEMINI_TUNING');

const DEFAULT_TUNING: GeminiTuning = {
  backoff: DEFAULT_BACKOFF,
  now: () => Date.now(),
  random: () => Math.random(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * Answers with Gemini, streaming the answer text as it is written. Every failure is a GeminiError
 * with a reason, so the caller can log it and fall back to the local answerer. One call, retries
 * and streaming included, never takes longer than AI_TIMEOUT_MS; 429 and 5xx are retried with
 * backoff unless the visitor has already seen part of the answer; after AI_BREAKER_FAILURES failed
 * calls in a row Gemini is left alone for AI_BREAKER_COOLDOWN_MS.
 */
@Injectable()
export class GeminiAnswerGenerator extends AnswerGenerator {
  private readonly logger = new Logger('GeminiAnswerGenerator');
  private readonly ai: AiConfig;
  private readonly tuning: GeminiTuning;
  private readonly model: GenerativeModel | null;
  private readonly breaker: CircuitBreaker;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Optional() @Inject(GEMINI_TUNING) tuning?: Partial<GeminiTuning>) {
    super();
    this.ai = config.ai;
    this.tuning = { ...DEFAULT_TUNING, ...tuning };
    this.breaker = new CircuitBreaker({
      failureThreshold: this.ai.breakerFailureThreshold,
      cooldownMs: this.ai.breakerCooldownMs,
      now: this.tuning.now,
    });
    // No `timeout` request option: the SDK's timer is never cleared, so every call would keep the
    // process alive for AI_TIMEOUT_MS. Each call gets the signal of its own Deadline instead.
    this.model = this.ai.geminiApiKey
      ? new GoogleGenerativeAI(this.ai.geminiApiKey).getGenerativeModel(
          { model: this.ai.geminiModel, systemInstruction: SYSTEM_INSTRUCTION, generationConfig: GENERATION_CONFIG },
          this.ai.geminiBaseUrl ? { baseUrl: this.ai.geminiBaseUrl.replace(/\/+$/, '') } : {},
        )
      : null;
  }

  async generate(request: GenerationRequest): Promise<GeneratedAnswer> {
    if (!this.model) throw new GeminiUnavailableError('GEMINI_API_KEY is not set');
    if (!this.breaker.tryAcquire()) throw new GeminiUnavailableError();
    try {
      const answer = await this.generateWithRetries(this.model, request);
      this.breaker.recordSuccess();
      return answer;
    } catch (error) {
      // A blocked answer proves Gemini is up; it says nothing against calling it again.
      if (error instanceof GeminiError && error.reason === 'blocked') this.breaker.recordSuccess();
      else this.breaker.recordFailure();
      if (error instanceof GeminiError) {
        this.logger.warn(`Gemini gave no answer (${error.reason}${error.status ? `, HTTP ${error.status}` : ''}); breaker ${this.breaker.state}`);
      }
      throw error;
    }
  }

  private async generateWithRetries(model: GenerativeModel, request: GenerationRequest): Promise<GeneratedAnswer> {
    const prompt = buildPrompt(this.ai.redactPii ? redacted(request) : request);
    const deadline = new Deadline(this.ai.timeoutMs);
    let deltasSent = false;
    let settled = false;
    const onDelta = (delta: string) => {
      // An attempt the deadline abandoned may still be draining; the visitor must not see it.
      if (settled) return;
      deltasSent = true;
      request.onDelta?.(delta);
    };
    try {
      for (let retry = 0; ; retry++) {
        if (deadline.expired) throw timeoutError();
        try {
          return await deadline.race(this.attempt(model, prompt, deadline.nextAttemptSignal(), onDelta));
        } catch (error) {
          const failure = toGeminiError(error, deadline.expired);
          if (!failure) throw error;
          // Retrying after the visitor saw part of an answer would show them a second one.
          if (!failure.retryable || deltasSent || retry >= this.ai.maxRetries) throw failure;
          const delay = retryDelayMs(retry, this.tuning.backoff, failure.retryAfterMs, this.tuning.random);
          // Waiting past the deadline would only trade this failure for a timeout.
          if (delay >= deadline.remainingMs()) throw failure;
          this.logger.debug(`Gemini ${failure.reason}${failure.status ? ` (HTTP ${failure.status})` : ''}; retry ${retry + 1} in ${delay} ms`);
          await this.tuning.sleep(delay);
        }
      }
    } finally {
      settled = true;
      deadline.dispose();
    }
  }

  private async attempt(model: GenerativeModel, prompt: string, signal: AbortSignal, onDelta: (delta: string) => void): Promise<GeneratedAnswer> {
    const result = await model.generateContentStream({ contents: [{ role: 'user', parts: [{ text: prompt }] }] }, { signal });
    // The SDK also aggregates the stream into `response`, which rejects when the stream fails. The
    // answer is read from `stream`; without this handler that rejection would be unhandled and crash Node.
    result.response.catch(() => undefined);
    const streamed = await readAnswerStream(result.stream, onDelta);
    const parsed = parseModelAnswer(streamed);
    return {
      text: parsed.answer,
      selfConfidence: parsed.confidence,
      needsHuman: parsed.needsHuman,
      usage: streamed.usage,
      model: this.ai.geminiModel,
    };
  }
}

/** The request as Gemini may see it. Passages are the desk's own help text and are kept as written. */
function redacted(request: GenerationRequest): GenerationRequest {
  return {
    ...request,
    question: redactPii(request.question),
    history: request.history.map((turn) => ({ ...turn, text: redactPii(turn.text) })),
  };
}
