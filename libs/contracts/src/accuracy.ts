/** Which link of the answer chain produced a bot answer: Gemini, the local answerer, or a handoff. */
export const RESPONSE_TYPES = ['ai', 'fallback', 'handoff'] as const;
export type ResponseType = (typeof RESPONSE_TYPES)[number];

/** A person's (staff or the visitor's) verdict on an answer. */
export const HUMAN_MARKS = ['helpful', 'unhelpful'] as const;
export type HumanMark = (typeof HUMAN_MARKS)[number];

/** An admin's judgement of an answer's correctness. */
export const EVALUATIONS = ['correct', 'partially_correct', 'incorrect'] as const;
export type Evaluation = (typeof EVALUATIONS)[number];

/** `humanMark` / `evaluation` filter value for answers nobody marked or evaluated yet. */
export const ACCURACY_UNSET = 'none';

/** The longest note a staff member may attach to a mark or an evaluation. */
export const ACCURACY_NOTE_MAX_LENGTH = 2000;

/** The width of a calibration bucket: ten buckets cover [0, 1]. */
export const CALIBRATION_BUCKET_WIDTH = 0.1;

/** A knowledge-base passage an answer was based on. */
export interface AccuracySource {
  articleId: string;
  title: string;
  heading?: string;
}

/** One bot answer with what is known about its quality (`GET /admin/accuracy/:accuracyId`). */
export interface AccuracyRecordDto {
  id: string;
  sessionId: string;
  /** The bot message; null when the answer was a handoff without one, or the message is gone. */
  messageId: string | null;
  /** The visitor's question, as written. */
  question: string;
  answer: string;
  confidence: number | null;
  /** Total tokens of the model call; null for the local answerer. */
  tokens: number | null;
  latencyMs: number | null;
  responseType: ResponseType;
  model: string | null;
  sources: AccuracySource[];
  humanMark: HumanMark | null;
  humanMarkNote: string | null;
  /** Who marked it; null with a `humanMark` means the visitor did (thumbs up / down). */
  markedBy: string | null;
  markedAt: string | null;
  evaluation: Evaluation | null;
  evaluationNote: string | null;
  evaluatedBy: string | null;
  evaluatedAt: string | null;
  createdAt: string;
}

/** Filters of `GET /admin/accuracy`, besides `limit` and `cursor`; newest answers first. */
export interface AccuracyListQuery {
  responseType?: ResponseType;
  /** Inclusive bounds in [0, 1]; answers without a confidence are left out when either is set. */
  minConfidence?: number;
  maxConfidence?: number;
  humanMark?: HumanMark | typeof ACCURACY_UNSET;
  evaluation?: Evaluation | typeof ACCURACY_UNSET;
  /** ISO date-times: answers given at or after `from` and before `to`. */
  from?: string;
  to?: string;
}

/** `GET /admin/accuracy/stats` and `GET /admin/knowledge/gaps` take a time range. */
export interface AccuracyRangeQuery {
  from?: string;
  to?: string;
}

export interface AccuracyFeedbackRequest {
  mark: HumanMark;
  note?: string;
}

export interface AccuracyEvaluationRequest {
  evaluation: Evaluation;
  note?: string;
}

/** Answers with a confidence in `[from, to)` (the last bucket includes 1). */
export interface CalibrationBucket {
  from: number;
  to: number;
  count: number;
  evaluated: number;
  correct: number;
  /** correct / evaluated; null when none was evaluated. */
  correctShare: number | null;
}

export interface AccuracyStatsDto {
  total: number;
  byResponseType: Record<ResponseType, number>;
  /** Over the answers that carry a confidence; null when none does. */
  averageConfidence: number | null;
  marks: Record<HumanMark, number>;
  /** helpful / (helpful + unhelpful); null when nobody marked an answer. */
  helpfulRate: number | null;
  evaluations: Record<Evaluation, number> & { unevaluated: number };
  /** Ten buckets of width 0.1, from [0, 0.1) to [0.9, 1]. */
  calibration: CalibrationBucket[];
}

export interface KnowledgeGapsQuery extends AccuracyRangeQuery {
  /** How many groups to return, 1–100 (default 20). */
  limit?: number;
}

export interface KnowledgeGapExample {
  accuracyId: string;
  question: string;
  createdAt: string;
}

/** Similar questions the bot could not answer well: what the knowledge base is missing. */
export interface KnowledgeGapDto {
  /** The most recent question of the group, as the visitor wrote it. */
  question: string;
  count: number;
  /** Up to five of the group's questions, newest first. */
  examples: KnowledgeGapExample[];
  lastSeenAt: string;
}
