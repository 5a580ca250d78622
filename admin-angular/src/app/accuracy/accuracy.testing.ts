import type { AccuracyRecordDto } from '../core/api/parley-api.generated';

/** A logged bot answer for tests; `changes` override single fields. */
export function record(id: string, changes: Partial<AccuracyRecordDto> = {}): AccuracyRecordDto {
  return {
    id,
    sessionId: 'session-1',
    messageId: `message-${id}`,
    question: `Question ${id}?`,
    answer: `Answer ${id}.`,
    confidence: 0.72,
    tokens: 120,
    latencyMs: 840,
    responseType: 'ai',
    model: 'gemini-2.5-flash',
    sources: [{ articleId: 'article-1', title: 'Refunds', heading: 'Timing' }],
    humanMark: null,
    humanMarkNote: null,
    markedBy: null,
    markedAt: null,
    evaluation: null,
    evaluationNote: null,
    evaluatedBy: null,
    evaluatedAt: null,
    createdAt: '2025-03-10T09:00:00.000Z',
    ...changes,
  };
}
