import { FinishReason, GenerateContentResponse } from '@google/generative-ai';
import { TokenUsage } from '../ai.types';
import { AnswerStreamExtractor } from './answer-stream-extractor';
import { GeminiError } from './gemini-errors';

/** Finish reasons meaning Gemini withheld the answer on purpose, rather than failed to write it. */
const BLOCKING_FINISH_REASONS: ReadonlySet<string> = new Set([
  FinishReason.SAFETY,
  FinishReason.RECITATION,
  FinishReason.LANGUAGE,
  FinishReason.BLOCKLIST,
  FinishReason.PROHIBITED_CONTENT,
  FinishReason.SPII,
]);

/** Gemini can report a failure inside an SSE stream that began with 200; the SDK passes it through as a chunk. */
type StreamChunk = GenerateContentResponse & { error?: { code?: number; status?: string } };

export interface StreamedText {
  /** The model's raw output: the JSON text, pieced together. */
  text: string;
  finishReason?: string;
  usage: TokenUsage | null;
}

/**
 * Reads Gemini's stream to its end, passing each newly visible piece of the answer to `onDelta` as
 * it arrives, and returns what the model wrote. Throws a GeminiError when Gemini blocks the answer
 * or reports an error inside the stream.
 */
export async function readAnswerStream(
  stream: AsyncIterable<GenerateContentResponse>,
  onDelta: (delta: string) => void,
): Promise<StreamedText> {
  const extractor = new AnswerStreamExtractor();
  let text = '';
  let finishReason: string | undefined;
  let usage: TokenUsage | null = null;
  for await (const chunk of stream as AsyncIterable<StreamChunk>) {
    if (chunk.error) throw streamError(chunk.error);
    if (chunk.promptFeedback?.blockReason) throw new GeminiError('blocked', `Gemini blocked the prompt (${chunk.promptFeedback.blockReason})`);
    const candidate = chunk.candidates?.[0];
    if (candidate?.finishReason) finishReason = candidate.finishReason;
    if (finishReason && BLOCKING_FINISH_REASONS.has(finishReason)) {
      throw new GeminiError('blocked', `Gemini withheld the answer (${finishReason})`);
    }
    if (chunk.usageMetadata) usage = toUsage(chunk.usageMetadata);
    const piece = (candidate?.content?.parts ?? []).map((part) => part.text ?? '').join('');
    text += piece;
    const delta = extractor.push(piece);
    if (delta) onDelta(delta);
  }
  return { text, finishReason, usage };
}

export interface ModelAnswer {
  answer: string;
  confidence: number;
  needsHuman: boolean;
}

/** Checks the finished output against the schema we asked for; anything else is a bad response. */
export function parseModelAnswer({ text, finishReason }: StreamedText): ModelAnswer {
  if (finishReason === FinishReason.MAX_TOKENS) throw badResponse('the answer was cut off (MAX_TOKENS)');
  if (!text.trim()) throw badResponse('the answer is empty');
  let parsed: unknown;
  try {
    parsed = JSON.parse(stripCodeFence(text));
  } catch {
    throw badResponse('the answer is not JSON');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw badResponse('the answer is not a JSON object');
  const { answer, confidence, needsHuman } = parsed as Record<string, unknown>;
  if (typeof answer !== 'string' || !answer.trim()) throw badResponse('"answer" is missing or empty');
  if (typeof confidence !== 'number' || !Number.isFinite(confidence)) throw badResponse('"confidence" is missing or not a number');
  if (typeof needsHuman !== 'boolean') throw badResponse('"needsHuman" is missing or not a boolean');
  return { answer, confidence: Math.min(1, Math.max(0, confidence)), needsHuman };
}

function toUsage(metadata: NonNullable<GenerateContentResponse['usageMetadata']>): TokenUsage {
  const prompt = metadata.promptTokenCount ?? 0;
  const completion = metadata.candidatesTokenCount ?? 0;
  return { prompt, completion, total: metadata.totalTokenCount ?? prompt + completion };
}

/** Some models wrap JSON in a Markdown fence despite the JSON mime type; the content is still good. */
function stripCodeFence(text: string): string {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/.exec(text);
  return fenced ? fenced[1] : text;
}

function streamError({ code, status }: NonNullable<StreamChunk['error']>): GeminiError {
  const label = `${code ?? '?'} ${status ?? ''}`.trim();
  if (code === 429) return new GeminiError('rate_limited', `Gemini reported ${label} inside the stream`, code);
  if (code !== undefined && code >= 400 && code < 500) return new GeminiError('refused', `Gemini reported ${label} inside the stream`, code);
  return new GeminiError('server_error', `Gemini reported ${label} inside the stream`, code);
}

function badResponse(why: string): GeminiError {
  return new GeminiError('bad_response', `Gemini's answer is unusable: ${why}`);
}
