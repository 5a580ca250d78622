import { GenerateContentResponse } from '@google/generative-ai';
import { GeminiError } from './gemini-errors';
import { parseModelAnswer, readAnswerStream } from './gemini-response';

type Chunk = GenerateContentResponse & { error?: { code?: number; status?: string } };

async function* streamOf(...chunks: Chunk[]): AsyncGenerator<GenerateContentResponse> {
  for (const chunk of chunks) yield chunk;
}

const textChunk = (text: string, finishReason?: string): Chunk =>
  ({ candidates: [{ index: 0, content: { role: 'model', parts: [{ text }] }, finishReason }] }) as Chunk;

async function reasonOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(() => undefined, (thrown: unknown) => thrown);
  return error instanceof GeminiError ? error.reason : `not a GeminiError: ${String(error)}`;
}

describe('readAnswerStream', () => {
  it('joins the text, reports the answer deltas and takes finish reason and usage from the last chunks', async () => {
    const deltas: string[] = [];
    const usage = { promptTokenCount: 10, candidatesTokenCount: 5, totalTokenCount: 15 };
    const streamed = await readAnswerStream(
      streamOf(textChunk('{"answer": "Hi'), textChunk(' there", "confidence": 1, '), { ...textChunk('"needsHuman": false}', 'STOP'), usageMetadata: usage }),
      (delta) => deltas.push(delta),
    );
    expect(streamed).toEqual({
      text: '{"answer": "Hi there", "confidence": 1, "needsHuman": false}',
      finishReason: 'STOP',
      usage: { prompt: 10, completion: 5, total: 15 },
    });
    expect(deltas).toEqual(['Hi', ' there']);
  });

  it('has no usage when Gemini sends none, and fills a missing total', async () => {
    expect((await readAnswerStream(streamOf(textChunk('{}')), () => undefined)).usage).toBeNull();
    const partial = { ...textChunk('{}'), usageMetadata: { promptTokenCount: 7 } } as Chunk;
    expect((await readAnswerStream(streamOf(partial), () => undefined)).usage).toEqual({ prompt: 7, completion: 0, total: 7 });
  });

  it.each(['SAFETY', 'RECITATION', 'PROHIBITED_CONTENT', 'SPII', 'BLOCKLIST', 'LANGUAGE'])('stops with blocked on a %s finish', async (finishReason) => {
    expect(await reasonOf(readAnswerStream(streamOf(textChunk('{"answer": "x'), textChunk('', finishReason)), () => undefined))).toBe('blocked');
  });

  it('stops with blocked when the prompt was blocked', async () => {
    const blocked = { promptFeedback: { blockReason: 'SAFETY', safetyRatings: [] } } as unknown as Chunk;
    expect(await reasonOf(readAnswerStream(streamOf(blocked), () => undefined))).toBe('blocked');
  });

  it.each([
    [429, 'rate_limited'],
    [400, 'refused'],
    [500, 'server_error'],
    [503, 'server_error'],
    [undefined, 'server_error'],
  ])('maps an error %s inside the stream to %s', async (code, reason) => {
    expect(await reasonOf(readAnswerStream(streamOf(textChunk('{"ans'), { error: { code } }), () => undefined))).toBe(reason);
  });
});

describe('parseModelAnswer', () => {
  const parse = (text: string, finishReason = 'STOP') => parseModelAnswer({ text, finishReason, usage: null });
  const reason = (text: string, finishReason?: string) => {
    try {
      parse(text, finishReason);
      return 'parsed';
    } catch (error) {
      return error instanceof GeminiError ? error.reason : String(error);
    }
  };

  it('reads the three fields and clamps the confidence', () => {
    expect(parse('{"answer": "Yes.", "confidence": 0.4, "needsHuman": true}')).toEqual({ answer: 'Yes.', confidence: 0.4, needsHuman: true });
    expect(parse('{"answer": "Yes.", "confidence": 3, "needsHuman": false}').confidence).toBe(1);
    expect(parse('{"answer": "Yes.", "confidence": -1, "needsHuman": false}').confidence).toBe(0);
  });

  it('keeps the answer exactly as written, so it equals the streamed text', () => {
    expect(parse('{"answer": "  Yes.\\n", "confidence": 1, "needsHuman": false}').answer).toBe('  Yes.\n');
  });

  it('accepts a Markdown fence around the JSON', () => {
    expect(parse('```json\n{"answer": "Yes.", "confidence": 1, "needsHuman": false}\n```').answer).toBe('Yes.');
  });

  it.each([
    ['empty text', ''],
    ['prose', 'Sure, here it is.'],
    ['truncated JSON', '{"answer": "Ye'],
    ['an array', '[1]'],
    ['null', 'null'],
    ['a missing answer', '{"confidence": 1, "needsHuman": false}'],
    ['a blank answer', '{"answer": " ", "confidence": 1, "needsHuman": false}'],
    ['a numeric answer', '{"answer": 5, "confidence": 1, "needsHuman": false}'],
    ['a confidence as text', '{"answer": "Yes.", "confidence": "high", "needsHuman": false}'],
    ['a missing needsHuman', '{"answer": "Yes.", "confidence": 1}'],
    ['needsHuman as text', '{"answer": "Yes.", "confidence": 1, "needsHuman": "no"}'],
  ])('refuses %s as bad_response', (_, text) => {
    expect(reason(text)).toBe('bad_response');
  });

  it('refuses an answer cut off by the token limit, even when it parses', () => {
    expect(reason('{"answer": "Yes.", "confidence": 1, "needsHuman": false}', 'MAX_TOKENS')).toBe('bad_response');
  });
});
