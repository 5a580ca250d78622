import { Injectable } from '@nestjs/common';
import type { AccuracySource, AccuracyStatsDto, Page, ResponseType } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import { decodeCursor, toPage } from '../../common/pagination';
import { AuditService } from '../audit/audit.service';
import type { StaffActor } from '../sessions/handoff.service';
import { accuracyStats } from './accuracy-stats';
import { AccuracyListFilter, AccuracyRange, AccuracyRepository } from './accuracy.repository';
import type { AiAccuracyRow } from './accuracy.schema';
import type { AccuracyEvaluationDto, AccuracyFeedbackDto } from './dto/accuracy-requests.dto';

/** What the answerer knows of one bot answer when it has given it. */
export interface AccuracyEntry {
  sessionId: string;
  /** The bot message; null when the answer was a handoff that posted none. */
  messageId: string | null;
  /** The visitor's words the answer replies to. */
  question: string;
  answer: string;
  /** In [0, 1]; null when nothing was scored (e.g. the whole chain failed). */
  confidence: number | null;
  /** Total tokens of the model call, or null (the local answerer uses none). */
  tokens: number | null;
  latencyMs: number;
  responseType: ResponseType;
  /** The model that answered, e.g. `gemini-2.5-flash`; null for the local answerer. */
  model: string | null;
  sources: AccuracySource[];
}

export type AccuracyListRequest = Omit<AccuracyListFilter, 'beforeId'> & { cursor?: string };

/** The record of every bot answer, and what staff say about it. */
@Injectable()
export class AccuracyService {
  constructor(
    private readonly repository: AccuracyRepository,
    private readonly audit: AuditService,
  ) {}

  /** Logs one bot answer; the AI answerer calls it after each answer. Answers the row id. */
  record(entry: AccuracyEntry): Promise<string> {
    return this.repository.insert({
      sessionId: entry.sessionId,
      messageId: entry.messageId,
      question: entry.question,
      aiText: entry.answer,
      confidence: entry.confidence,
      // Integer columns: a timer's fractional milliseconds must not fail the insert.
      tokens: entry.tokens === null ? null : Math.round(entry.tokens),
      latencyMs: Math.round(entry.latencyMs),
      responseType: entry.responseType,
      model: entry.model,
      // Only the documented fields: a caller's richer source objects must not leak into the log.
      sources: entry.sources.map(({ articleId, title, heading }) => (heading === undefined ? { articleId, title } : { articleId, title, heading })),
    });
  }

  async list(request: AccuracyListRequest): Promise<Page<AiAccuracyRow>> {
    const { cursor, ...filter } = request;
    const beforeId = cursor ? decodeCursor(cursor, ['uuid'] as const)[0] : undefined;
    const rows = await this.repository.list({ ...filter, beforeId });
    return toPage(rows, request.limit, (row) => [row.id]);
  }

  async get(id: string): Promise<AiAccuracyRow> {
    const row = await this.repository.findById(id);
    if (!row) throw AppException.notFound('The answer');
    return row;
  }

  async stats(range: AccuracyRange): Promise<AccuracyStatsDto> {
    const [totals, calibration] = await Promise.all([this.repository.totals(range), this.repository.calibration(range)]);
    return accuracyStats(totals, calibration);
  }

  /** A staff member's helpful / unhelpful; it replaces any earlier mark, the visitor's included. */
  async feedback(actor: StaffActor, id: string, request: AccuracyFeedbackDto): Promise<AiAccuracyRow> {
    const row = await this.repository.setMark(id, {
      humanMark: request.mark,
      humanMarkNote: request.note || null,
      markedBy: actor.user.id,
      markedAt: new Date(),
    });
    if (!row) throw AppException.notFound('The answer');
    await this.audit.record({ action: 'accuracy.feedback', actorId: actor.user.id, target: id, ip: actor.ip, details: { mark: request.mark } });
    return row;
  }

  /** An admin's judgement of correctness; it replaces any earlier one. */
  async evaluate(actor: StaffActor, id: string, request: AccuracyEvaluationDto): Promise<AiAccuracyRow> {
    const row = await this.repository.setEvaluation(id, {
      evaluation: request.evaluation,
      evaluationNote: request.note || null,
      evaluatedBy: actor.user.id,
      evaluatedAt: new Date(),
    });
    if (!row) throw AppException.notFound('The answer');
    await this.audit.record({
      action: 'accuracy.evaluate',
      actorId: actor.user.id,
      target: id,
      ip: actor.ip,
      details: { evaluation: request.evaluation },
    });
    return row;
  }
}
