import { AccuracySource, EVALUATIONS, HUMAN_MARKS, RESPONSE_TYPES } from '@parley/contracts';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, real, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { uuidv7 } from '../../common/ids';
import { inList, unitInterval } from '../../database/sql-helpers';
import { messages } from '../messages/messages.schema';
import { sessions } from '../sessions/sessions.schema';
import { users } from '../users/users.schema';

export { EVALUATIONS, HUMAN_MARKS, RESPONSE_TYPES };

/** One row per bot answer, so answer quality can be measured and improved. */
export const aiAccuracy = pgTable(
  'ai_accuracy',
  {
    id: uuid('id').primaryKey().$defaultFn(uuidv7),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'set null' }),
    /** The visitor's words the answer replies to; to be encrypted at rest. */
    question: text('question').notNull(),
    /** The answer as given; encrypted at rest. */
    aiText: text('ai_text').notNull(),
    confidence: real('confidence'),
    /** Total tokens of the model call; null for the local answerer. */
    tokens: integer('tokens'),
    latencyMs: integer('latency_ms'),
    responseType: text('response_type', { enum: RESPONSE_TYPES }).notNull(),
    model: text('model'),
    sources: jsonb('sources').$type<AccuracySource[]>().notNull().default(sql`'[]'::jsonb`),
    humanMark: text('human_mark', { enum: HUMAN_MARKS }),
    humanMarkNote: text('human_mark_note'),
    /** The staff member who marked it; null with a mark: the visitor did. */
    markedBy: uuid('marked_by').references(() => users.id, { onDelete: 'set null' }),
    markedAt: timestamp('marked_at', { withTimezone: true, mode: 'date' }),
    evaluation: text('evaluation', { enum: EVALUATIONS }),
    evaluationNote: text('evaluation_note'),
    evaluatedBy: uuid('evaluated_by').references(() => users.id, { onDelete: 'set null' }),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true, mode: 'date' }),
    /** JSON of further answerer details; encrypted at rest. */
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
export type NewAiAccuracyRow = typeof aiAccuracy.$inferInsert;
