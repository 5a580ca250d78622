import { check, index, integer, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from '../../common/ids';
import { inList, unitInterval } from '../../database/sql-helpers';
import { messages } from '../messages/messages.schema';
import { sessions } from '../sessions/sessions.schema';

export const RESPONSE_TYPES = ['ai', 'fallback', 'handoff'] as const;
export const HUMAN_MARKS = ['helpful', 'unhelpful'] as const;
export const EVALUATIONS = ['correct', 'partially_correct', 'incorrect'] as const;

/** One row per bot answer, so answer quality can be measured and improved. */
export const aiAccuracy = pgTable(
  'ai_accuracy',
  {
    id: uuid('id').primaryKey().$defaultFn(uuidv7),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'set null' }),
    /** The answer as given; encrypted at rest. */
    aiText: text('ai_text').notNull(),
    confidence: real('confidence'),
    tokens: integer('tokens'),
    latencyMs: integer('latency_ms'),
    responseType: text('response_type', { enum: RESPONSE_TYPES }).notNull(),
    humanMark: text('human_mark', { enum: HUMAN_MARKS }),
    evaluation: text('evaluation', { enum: EVALUATIONS }),
    /** JSON (question, sources, model); encrypted at rest. */
    metadata: text('metadata'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [
    check('ai_accuracy_response_type_check', inList(table.responseType, RESPONSE_TYPES)),
    check('ai_accuracy_human_mark_check', inList(table.humanMark, HUMAN_MARKS)),
    check('ai_accuracy_evaluation_check', inList(table.evaluation, EVALUATIONS)),
    check('ai_accuracy_confidence_check', unitInterval(table.confidence)),
    index('ai_accuracy_created_idx').on(table.createdAt, table.id),
    index('ai_accuracy_type_created_idx').on(table.responseType, table.createdAt),
    index('ai_accuracy_message_idx').on(table.messageId),
    index('ai_accuracy_session_idx').on(table.sessionId),
  ],
);

export type AiAccuracyRow = typeof aiAccuracy.$inferSelect;
