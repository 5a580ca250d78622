import type { AccuracyRecordDto, KnowledgeGapDto } from '@parley/contracts';
import type { AiAccuracyRow } from '../accuracy.schema';
import type { GapGroup } from '../knowledge-gaps';

export function toAccuracyRecordDto(row: AiAccuracyRow): AccuracyRecordDto {
  return {
    id: row.id,
    sessionId: row.sessionId,
    messageId: row.messageId,
    question: row.question,
    answer: row.aiText,
    confidence: row.confidence,
    tokens: row.tokens,
    latencyMs: row.latencyMs,
    responseType: row.responseType,
    model: row.model,
    sources: row.sources,
    humanMark: row.humanMark,
    humanMarkNote: row.humanMarkNote,
    markedBy: row.markedBy,
    markedAt: row.markedAt?.toISOString() ?? null,
    evaluation: row.evaluation,
    evaluationNote: row.evaluationNote,
    evaluatedBy: row.evaluatedBy,
    evaluatedAt: row.evaluatedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toKnowledgeGapDto(group: GapGroup): KnowledgeGapDto {
  return {
    question: group.question,
    count: group.count,
    examples: group.examples.map((example) => ({ accuracyId: example.id, question: example.question, createdAt: example.createdAt.toISOString() })),
    lastSeenAt: group.lastSeenAt.toISOString(),
  };
}
