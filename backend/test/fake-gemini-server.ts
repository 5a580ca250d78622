import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Gemini REST API, so tests never call Google. It speaks what
 * @google/generative-ai 0.24.1 sends (see its dist/index.js): `POST {baseUrl}/v1beta/models/{model}:generateContent`
 * and `POST …:streamGenerateContent?alt=sse`, a JSON body with `contents`, `systemInstruction` and
 * `generationConfig`, the key in the `x-goog-api-key` header. Streams answer with SSE events
 * `data: {GenerateContentResponse}\n\n`; errors with Google's `{ error: { code, message, status, details } }`.
 *
 * Each call takes the next scripted reply (`enqueue`), or `defaultReply` once the script is used up.
 * Every request is recorded, body included, so a test can assert what did (not) leave the backend.
 */

export interface FakeUsage {
  promptTokenCount: number;
  candidatesTokenCount: number;
  totalTokenCount: number;
}

export type FakeGeminiReply =
  /** The model writes `text`, streamed in the given pieces (or in `pieces` equal parts), `delayMs` apart. */
  | { kind: 'answer'; text: string; pieces?: string[] | number; delayMs?: number; finishReason?: string; usage?: FakeUsage | null }
  /** An HTTP error; with `retryAfterSeconds` it carries a Retry-After header and Google's RetryInfo detail. */
  | { kind: 'error'; status: number; retryAfterSeconds?: number }
  /** Never answers; with `pieces`, streams those first and then stalls. */
  | { kind: 'hang'; pieces?: string[] }
  /** Streams `pieces`, then reports an error inside the stream, as Gemini does when it fails mid-answer. */
  | { kind: 'stream_error'; pieces: string[]; code: number }
  /** A stream event that is not JSON. */
  | { kind: 'invalid_sse' }
  /** A candidate that finishes without any text. */
  | { kind: 'no_text' }
  /** The candidate is withheld with this finish reason (SAFETY by default). */
  | { kind: 'blocked'; finishReason?: string }
  /** The prompt itself is blocked: no candidate, only promptFeedback. */
  | { kind: 'prompt_blocked' };

export interface RecordedRequest {
  model: string;
  method: 'generateContent' | 'streamGenerateContent';
  /** `alt=sse` was asked for. */
  sse: boolean;
  apiKey: string | undefined;
  /** The body exactly as received. */
  raw: string;
  body: GeminiRequestBody;
}

export interface GeminiRequestBody {
  contents?: { role: string; parts: { text?: string }[] }[];
  systemInstruction?: { role: string; parts: { text?: string }[] };
  generationConfig?: { responseMimeType?: string; responseSchema?: unknown; temperature?: number };
}

const DEFAULT_USAGE: FakeUsage = { promptTokenCount: 412, candidatesTokenCount: 38, totalTokenCount: 450 };
const ROUTE = /^\/(v1beta|v1)\/models\/([^/:]+):(generateContent|streamGenerateContent)$/;

/** The JSON text a model following our schema writes. */
export function modelJson(answer: string, confidence = 0.9, needsHuman = false): string {
  return JSON.stringify({ answer, confidence, needsHuman });
}

export class FakeGeminiServer {
  readonly requests: RecordedRequest[] = [];
  defaultReply: FakeGeminiReply = { kind: 'answer', text: modelJson('The default answer.') };
  private readonly script: FakeGeminiReply[] = [];

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<FakeGeminiServer> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeGeminiServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      fake.handle(req, res).catch(() => sendError(res, 400));
    });
    return fake;
  }

  /** Scripts the replies to the next calls, in order. */
  enqueue(...replies: FakeGeminiReply[]): void {
    this.script.push(...replies);
  }

  reset(): void {
    this.requests.length = 0;
    this.script.length = 0;
    this.defaultReply = { kind: 'answer', text: modelJson('The default answer.') };
  }

  async close(): Promise<void> {
    // Hanging replies keep their sockets open; without this, close() would wait for them forever.
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.baseUrl);
    const route = ROUTE.exec(url.pathname);
    if (req.method !== 'POST' || !route) return sendError(res, 404);
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const method = route[3] as RecordedRequest['method'];
    const sse = url.searchParams.get('alt') === 'sse';
    const apiKey = req.headers['x-goog-api-key'];
    this.requests.push({ model: route[2], method, sse, apiKey: typeof apiKey === 'string' ? apiKey : undefined, raw, body: JSON.parse(raw) });
    const reply = this.script.shift() ?? this.defaultReply;
    if (reply.kind === 'error') return sendError(res, reply.status, reply.retryAfterSeconds);
    if (method === 'generateContent') return this.answerWhole(res, reply);
    await this.stream(res, reply);
  }

  /** The non-streaming endpoint: the whole reply as one GenerateContentResponse. */
  private answerWhole(res: ServerResponse, reply: Exclude<FakeGeminiReply, { kind: 'error' }>): void {
    if (reply.kind === 'hang') return;
    if (reply.kind === 'invalid_sse') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"candidates": [');
    const events = eventsOf(reply);
    const text = events.map((event) => event.candidates?.[0]?.content?.parts.map((part) => part.text).join('') ?? '').join('');
    const last = events[events.length - 1] ?? {};
    const candidate = last.candidates?.[0];
    const whole: GenerateContentEvent = candidate
      ? { ...last, candidates: [{ ...candidate, content: { role: 'model', parts: [{ text }] } }] }
      : last;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(whole));
  }

  private async stream(res: ServerResponse, reply: Exclude<FakeGeminiReply, { kind: 'error' }>): Promise<void> {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    if (reply.kind === 'invalid_sse') return void res.end('data: {"candidates": [{"content": not json\n\n');
    const delayMs = reply.kind === 'answer' ? (reply.delayMs ?? 0) : 0;
    for (const [index, event] of eventsOf(reply).entries()) {
      if (index > 0 && delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (res.destroyed) return;
      res.write(`data: ${JSON.stringify(event)}\n\n`);
    }
    if (reply.kind !== 'hang') res.end();
  }
}

interface GenerateContentEvent {
  candidates?: { content?: { role: string; parts: { text?: string }[] }; finishReason?: string; index: number }[];
  promptFeedback?: { blockReason: string };
  usageMetadata?: FakeUsage;
  modelVersion?: string;
  error?: { code: number; message: string; status: string };
}

function eventsOf(reply: Exclude<FakeGeminiReply, { kind: 'error' | 'invalid_sse' }>): GenerateContentEvent[] {
  switch (reply.kind) {
    case 'answer': {
      const pieces = splitText(reply.text, reply.pieces ?? 1);
      return pieces.map((piece, index) => {
        const last = index === pieces.length - 1;
        return {
          candidates: [{ content: textContent(piece), index: 0, ...(last ? { finishReason: reply.finishReason ?? 'STOP' } : {}) }],
          ...(last && reply.usage !== null ? { usageMetadata: reply.usage ?? DEFAULT_USAGE } : {}),
          modelVersion: 'fake-gemini',
        };
      });
    }
    case 'hang':
      return (reply.pieces ?? []).map((piece) => ({ candidates: [{ content: textContent(piece), index: 0 }] }));
    case 'stream_error':
      return [
        ...reply.pieces.map((piece) => ({ candidates: [{ content: textContent(piece), index: 0 }] })),
        { error: { code: reply.code, message: 'The model is overloaded.', status: statusName(reply.code) } },
      ];
    case 'no_text':
      return [{ candidates: [{ content: { role: 'model', parts: [{}] }, finishReason: 'STOP', index: 0 }], usageMetadata: DEFAULT_USAGE }];
    case 'blocked':
      return [{ candidates: [{ finishReason: reply.finishReason ?? 'SAFETY', index: 0 }], usageMetadata: DEFAULT_USAGE }];
    case 'prompt_blocked':
      return [{ promptFeedback: { blockReason: 'SAFETY' }, usageMetadata: DEFAULT_USAGE }];
  }
}

function textContent(text: string): { role: string; parts: { text: string }[] } {
  return { role: 'model', parts: [{ text }] };
}

function splitText(text: string, pieces: string[] | number): string[] {
  if (Array.isArray(pieces)) return pieces;
  const size = Math.ceil(text.length / pieces);
  const out: string[] = [];
  for (let start = 0; start < text.length; start += size) out.push(text.slice(start, start + size));
  return out.length > 0 ? out : [''];
}

function sendError(res: ServerResponse, status: number, retryAfterSeconds?: number): void {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const error: Record<string, unknown> = { code: status, message: `Fake Gemini answers ${status}.`, status: statusName(status) };
  if (retryAfterSeconds !== undefined) {
    headers['retry-after'] = String(retryAfterSeconds);
    error.details = [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: `${retryAfterSeconds}s` }];
  }
  if (res.headersSent) return void res.end();
  res.writeHead(status, headers).end(JSON.stringify({ error }));
}

function statusName(status: number): string {
  const names: Record<number, string> = {
    400: 'INVALID_ARGUMENT',
    401: 'UNAUTHENTICATED',
    403: 'PERMISSION_DENIED',
    404: 'NOT_FOUND',
    429: 'RESOURCE_EXHAUSTED',
    500: 'INTERNAL',
    503: 'UNAVAILABLE',
  };
  return names[status] ?? 'UNKNOWN';
}
