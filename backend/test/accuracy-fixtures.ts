import { eq } from 'drizzle-orm';
import { AccuracyEntry, AccuracyService } from '../src/modules/accuracy/accuracy.service';
import { aiAccuracy } from '../src/modules/accuracy/accuracy.schema';
import { MessagesService } from '../src/modules/messages/messages.service';
import type { Staff } from './staff';
import type { TestApp } from './test-app';

export interface LoggedAnswer {
  accuracyId: string;
  /** The bot message the answer was posted as. */
  messageId: string;
  sessionId: string;
}

export type AnswerSpec = Partial<Omit<AccuracyEntry, 'sessionId' | 'messageId'>>;

let sequence = 0;

/**
 * What the AI answerer does for one question: the visitor's message and the bot's answer are
 * stored in the session, and the answer is logged through AccuracyService.record. The messages are
 * stored directly rather than sent over the socket, so no answerer runs and the log holds exactly
 * the rows a test wrote.
 */
export async function logAnswer(t: TestApp, sessionId: string, spec: AnswerSpec = {}): Promise<LoggedAnswer> {
  const messages = t.app.get(MessagesService);
  sequence += 1;
  const question = spec.question ?? `Question number ${sequence}?`;
  const answer = spec.answer ?? `Answer number ${sequence}.`;
  await messages.store({ sessionId, author: { sender: 'visitor' }, text: question, clientMessageId: `q-${sequence}` });
  const { message } = await messages.store({ sessionId, author: { sender: 'bot' }, text: answer });
  const accuracyId = await t.app.get(AccuracyService).record({
    sessionId,
    messageId: message.id,
    question,
    answer,
    confidence: spec.confidence === undefined ? 0.8 : spec.confidence,
    tokens: spec.tokens === undefined ? 120 : spec.tokens,
    latencyMs: spec.latencyMs ?? 250,
    responseType: spec.responseType ?? 'ai',
    model: spec.model === undefined ? 'gemini-2.5-flash' : spec.model,
    sources: spec.sources ?? [],
  });
  return { accuracyId, messageId: message.id, sessionId };
}

/** Moves an answer to another moment, for date-range tests. */
export async function backdate(t: TestApp, accuracyId: string, at: Date): Promise<void> {
  await t.db.update(aiAccuracy).set({ createdAt: at }).where(eq(aiAccuracy.id, accuracyId));
}

/** A staff member's HTTP calls, signed in. */
export function as(t: TestApp, staff: Staff | null) {
  const sign = <R extends { auth(token: string, options: { type: 'bearer' }): R }>(request: R): R =>
    staff ? request.auth(staff.accessToken, { type: 'bearer' }) : request;
  return {
    get: (url: string, query: object = {}) => sign(t.http.get(url).query(query)),
    post: (url: string, body: object) => sign(t.http.post(url)).send(body),
  };
}
