import { Inject, Injectable } from '@nestjs/common';
import { ACCURACY_UNSET, Evaluation, HumanMark, ResponseType } from '@parley/contracts';
import { SQL, and, count, desc, eq, gte, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { uuidv7 } from '../../common/ids';
import { DATABASE, Database } from '../../database/database.types';
import { ACCURACY_FIELDS } from '../encryption/encrypted-columns';
import { FieldCipher, Readable } from '../encryption/field-cipher';
import { AiAccuracyRow, NewAiAccuracyRow, aiAccuracy } from './accuracy.schema';

export interface AccuracyRange {
  from?: Date;
  to?: Date;
}

export interface AccuracyListFilter extends AccuracyRange {
  limit: number;
  beforeId?: string;
  responseType?: ResponseType;
  minConfidence?: number;
  maxConfidence?: number;
  humanMark?: HumanMark | typeof ACCURACY_UNSET;
  evaluation?: Evaluation | typeof ACCURACY_UNSET;
}

export type NewAccuracyRow = Omit<NewAiAccuracyRow, 'id' | 'createdAt'>;

export interface MarkChange {
  humanMark: HumanMark;
  humanMarkNote: string | null;
  markedBy: string | null;
  markedAt: Date;
}

export interface EvaluationChange {
  evaluation: Evaluation;
  evaluationNote: string | null;
  evaluatedBy: string;
  evaluatedAt: Date;
}

/** Counts over a range of answers, straight from one aggregate query. */
export interface AccuracyTotals {
  total: number;
  byResponseType: Record<ResponseType, number>;
  averageConfidence: number | null;
  marks: Record<HumanMark, number>;
  evaluations: Record<Evaluation, number>;
}

/** One calibration bucket as counted by the database: `bucket` 0–9 is floor(confidence × 10). */
export interface CalibrationCount {
  bucket: number;
  count: number;
  evaluated: number;
  correct: number;
}

/** Just what gap clustering reads of an answer. */
export type GapCandidate = Pick<AiAccuracyRow, 'id' | 'question' | 'createdAt'>;

const countWhere = (condition: SQL): SQL<number> => sql<number>`count(*) filter (where ${condition})`.mapWith(Number);

// float4 → numeric keeps the decimal the answerer wrote (0.7 stays 0.7, not 0.6999…), so buckets are exact.
const CALIBRATION_BUCKET = sql<number>`least(floor(${aiAccuracy.confidence}::numeric * 10), 9)`.mapWith(Number);

/** An answer as read: question, answer and metadata decrypted, `unreadable` when one failed to. */
export type AccuracyRecord = Readable<AiAccuracyRow>;

/**
 * All SQL on ai_accuracy. Lists are newest first (UUIDv7 ids). The visitor's question, the answer and
 * the metadata are encrypted here; the aggregates read only types, marks and confidences.
 */
@Injectable()
export class AccuracyRepository {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly cipher: FieldCipher,
  ) {}

  async insert(values: NewAccuracyRow): Promise<string> {
    // The id is part of the ciphertexts' authenticated data, so it is made before encrypting.
    const id = uuidv7();
    const encrypted = await this.cipher.encryptFields(ACCURACY_FIELDS, id, { ...values, id });
    const [row] = await this.db.insert(aiAccuracy).values(encrypted).returning({ id: aiAccuracy.id });
    if (!row) throw new Error('insert into ai_accuracy returned no row');
    return row.id;
  }

  async findById(id: string): Promise<AccuracyRecord | undefined> {
    const [row] = await this.db.select().from(aiAccuracy).where(eq(aiAccuracy.id, id));
    return this.cipher.readOptional(ACCURACY_FIELDS, row);
  }

  /** Newest first; fetches one row more than the page, for `toPage`. */
  async list(filter: AccuracyListFilter): Promise<AccuracyRecord[]> {
    const rows = await this.db
      .select()
      .from(aiAccuracy)
      .where(
        and(
          filter.beforeId ? lt(aiAccuracy.id, filter.beforeId) : undefined,
          filter.responseType ? eq(aiAccuracy.responseType, filter.responseType) : undefined,
          filter.minConfidence !== undefined ? gte(aiAccuracy.confidence, filter.minConfidence) : undefined,
          filter.maxConfidence !== undefined ? lte(aiAccuracy.confidence, filter.maxConfidence) : undefined,
          matchesOrUnset(aiAccuracy.humanMark, filter.humanMark),
          matchesOrUnset(aiAccuracy.evaluation, filter.evaluation),
          ...inRange(filter),
        ),
      )
      .orderBy(desc(aiAccuracy.id))
      .limit(filter.limit + 1);
    return this.cipher.readRows(ACCURACY_FIELDS, rows);
  }

  async totals(range: AccuracyRange): Promise<AccuracyTotals> {
    const [row] = await this.db
      .select({
        total: count(),
        ai: countWhere(eq(aiAccuracy.responseType, 'ai')),
        fallback: countWhere(eq(aiAccuracy.responseType, 'fallback')),
        handoff: countWhere(eq(aiAccuracy.responseType, 'handoff')),
        averageConfidence: sql<number | null>`round(avg(${aiAccuracy.confidence}::numeric), 4)`.mapWith(Number),
        helpful: countWhere(eq(aiAccuracy.humanMark, 'helpful')),
        unhelpful: countWhere(eq(aiAccuracy.humanMark, 'unhelpful')),
        correct: countWhere(eq(aiAccuracy.evaluation, 'correct')),
        partiallyCorrect: countWhere(eq(aiAccuracy.evaluation, 'partially_correct')),
        incorrect: countWhere(eq(aiAccuracy.evaluation, 'incorrect')),
      })
      .from(aiAccuracy)
      .where(and(...inRange(range)));
    if (!row) throw new Error('an aggregate query returned no row');
    return {
      total: row.total,
      byResponseType: { ai: row.ai, fallback: row.fallback, handoff: row.handoff },
      averageConfidence: row.averageConfidence ?? null,
      marks: { helpful: row.helpful, unhelpful: row.unhelpful },
      evaluations: { correct: row.correct, partially_correct: row.partiallyCorrect, incorrect: row.incorrect },
    };
  }

  /** Answers per confidence bucket; buckets without answers are absent. */
  async calibration(range: AccuracyRange): Promise<CalibrationCount[]> {
    return this.db
      .select({
        bucket: CALIBRATION_BUCKET,
        count: count(),
        evaluated: count(aiAccuracy.evaluation),
        correct: countWhere(eq(aiAccuracy.evaluation, 'correct')),
      })
      .from(aiAccuracy)
      .where(and(isNotNull(aiAccuracy.confidence), ...inRange(range)))
      .groupBy(CALIBRATION_BUCKET)
      .orderBy(CALIBRATION_BUCKET);
  }

  /** The latest questions that were handed off or answered below `threshold`, newest first. */
  async gapCandidates(range: AccuracyRange, threshold: number, limit: number): Promise<GapCandidate[]> {
    const rows = await this.db
      .select({ id: aiAccuracy.id, question: aiAccuracy.question, createdAt: aiAccuracy.createdAt })
      .from(aiAccuracy)
      .where(and(or(eq(aiAccuracy.responseType, 'handoff'), lt(aiAccuracy.confidence, threshold)), ...inRange(range)))
      .orderBy(desc(aiAccuracy.id))
      .limit(limit);
    return this.cipher.readRows(ACCURACY_FIELDS, rows);
  }

  async setMark(id: string, change: MarkChange): Promise<AccuracyRecord | undefined> {
    const [row] = await this.db.update(aiAccuracy).set(change).where(eq(aiAccuracy.id, id)).returning();
    return this.cipher.readOptional(ACCURACY_FIELDS, row);
  }

  /** Marks the answer recorded for a bot message of this session; undefined when there is none. */
  async setMarkByMessage(sessionId: string, messageId: string, change: MarkChange): Promise<AccuracyRecord | undefined> {
    const [row] = await this.db
      .update(aiAccuracy)
      .set(change)
      .where(and(eq(aiAccuracy.messageId, messageId), eq(aiAccuracy.sessionId, sessionId)))
      .returning();
    return this.cipher.readOptional(ACCURACY_FIELDS, row);
  }

  async setEvaluation(id: string, change: EvaluationChange): Promise<AccuracyRecord | undefined> {
    const [row] = await this.db.update(aiAccuracy).set(change).where(eq(aiAccuracy.id, id)).returning();
    return this.cipher.readOptional(ACCURACY_FIELDS, row);
  }

  /** Answers of the session the visitor (not staff) marked unhelpful. */
  async countVisitorUnhelpful(sessionId: string): Promise<number> {
    const [row] = await this.db
      .select({ total: count() })
      .from(aiAccuracy)
      .where(and(eq(aiAccuracy.sessionId, sessionId), eq(aiAccuracy.humanMark, 'unhelpful'), isNull(aiAccuracy.markedBy)));
    return row?.total ?? 0;
  }
}

/** A value filter, or `none` for rows where the column is not set yet. */
function matchesOrUnset(column: AnyPgColumn, value: string | undefined): SQL | undefined {
  if (value === undefined) return undefined;
  return value === ACCURACY_UNSET ? isNull(column) : eq(column, value);
}

function inRange(range: AccuracyRange): (SQL | undefined)[] {
  return [range.from ? gte(aiAccuracy.createdAt, range.from) : undefined, range.to ? lt(aiAccuracy.createdAt, range.to) : undefined];
}
