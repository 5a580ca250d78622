// Generated from the backend OpenAPI document by admin-angular/scripts/generate-api-client.mjs.
// Do not edit: change the API, then run `npx nx run admin-angular:api-client`.
import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, InjectionToken, inject } from '@angular/core';
import type { Observable } from 'rxjs';

/** Where the API lives; the console is served by the backend, so the default is its own origin. */
export const API_BASE_URL = new InjectionToken<string>('API_BASE_URL', { factory: () => '' });

type QueryValue = string | number | boolean | readonly (string | number | boolean)[] | null | undefined;

function toParams(query: Record<string, QueryValue> | undefined): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) params = params.append(key, String(item));
  }
  return params;
}

export interface AccuracyEvaluationDto {
  evaluation: "correct" | "partially_correct" | "incorrect";
  /** why; a blank note is stored as none */
  note?: string;
}

export interface AccuracyFeedbackDto {
  mark: "helpful" | "unhelpful";
  /** why; a blank note is stored as none */
  note?: string;
}

export interface AccuracyPageDto {
  items: AccuracyRecordDto[];
  nextCursor: string | null;
}

export interface AccuracyRecordDto {
  id: string;
  sessionId: string;
  /** the bot message; null for a handoff without one */
  messageId: string | null;
  /** the visitor's question */
  question: string;
  answer: string;
  confidence: number | null;
  /** total tokens of the model call */
  tokens: number | null;
  latencyMs: number | null;
  responseType: "ai" | "fallback" | "handoff";
  model: string | null;
  sources: AccuracySourceDto[];
  humanMark: "helpful" | "unhelpful" | null;
  humanMarkNote: string | null;
  /** null with a humanMark: the visitor marked it */
  markedBy: string | null;
  markedAt: string | null;
  evaluation: "correct" | "partially_correct" | "incorrect" | null;
  evaluationNote: string | null;
  evaluatedBy: string | null;
  evaluatedAt: string | null;
  createdAt: string;
}

export interface AccuracySourceDto {
  articleId: string;
  title: string;
  /** the section of the article */
  heading?: string;
}

export interface AccuracyStatsDto {
  total: number;
  byResponseType: ResponseTypeCountsDto;
  averageConfidence: number | null;
  marks: MarkCountsDto;
  /** helpful / marked */
  helpfulRate: number | null;
  evaluations: EvaluationCountsDto;
  calibration: CalibrationBucketDto[];
}

export interface AgentPerformanceDto {
  range: AnalyticsRangeDto;
  agents: AgentPerformanceRowDto[];
}

export interface AgentPerformanceRowDto {
  agentId: string;
  name: string;
  sessionsHandled: number;
  sessionsClosed: number;
  messagesSent: number;
  /** seconds */
  medianFirstResponseSeconds: number | null;
  /** seconds */
  averageHandlingSeconds: number | null;
  helpful: RateDto;
}

export interface AgentRefDto {
  id: string;
  name: string;
}

export interface AnalyticsOverviewDto {
  range: AnalyticsRangeDto;
  sessions: SessionCountsDto;
  messages: MessageCountsDto;
  /** closed sessions never assigned to an agent, of closed sessions */
  botResolved: RateDto;
  /** sessions that reached needs_human, of all sessions */
  handoff: RateDto;
  firstResponse: DurationStatsDto;
  agentFirstResponse: DurationStatsDto;
  averageConfidence: number | null;
  helpful: RateDto;
  /** seconds */
  averageSessionLengthSeconds: number | null;
  activeAgents: number;
}

export interface AnalyticsRangeDto {
  /** inclusive */
  from: string;
  /** exclusive */
  to: string;
  tz: string;
}

export interface ArticleDto {
  id: string;
  slug: string;
  title: string;
  /** Markdown */
  body: string;
  tags: string[];
  locale: string;
  published: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ArticlePageDto {
  items: ArticleDto[];
  nextCursor: string | null;
}

export interface AssignSessionDto {
  agentId: string;
}

export interface AuditEntryDto {
  id: string;
  actorId: string | null;
  /** the actor's display name; null for system entries */
  actorName: string | null;
  action: string;
  target: string | null;
  ip: string | null;
  details: Record<string, unknown> | null;
  createdAt: string;
}

export interface AuditPageDto {
  items: AuditEntryDto[];
  nextCursor: string | null;
}

export interface CalibrationBucketDto {
  /** lowest confidence of the bucket (inclusive) */
  from: number;
  /** highest confidence (exclusive; 1 is in the last bucket) */
  to: number;
  count: number;
  evaluated: number;
  correct: number;
  /** correct / evaluated */
  correctShare: number | null;
}

export interface CleanupReportDto {
  dryRun: boolean;
  tables: CleanupTableDto[];
}

export interface CleanupRequestDto {
  /** only count the plaintext rows */
  dryRun?: boolean;
}

export interface CleanupTableDto {
  table: string;
  plaintextRows: number;
  encrypted: number;
  /** rows left alone because a field could not be decrypted */
  unreadable: number;
}

export interface ConfidenceBucketDto {
  from: number;
  to: number;
  count: number;
  evaluated: number;
  correct: number;
  /** correct / evaluated */
  correctShare: number | null;
}

export interface ConfidenceHistogramDto {
  range: AnalyticsRangeDto;
  buckets: ConfidenceBucketDto[];
}

export interface CreateArticleDto {
  /** stable name used by imports; made from the title when absent */
  slug?: string;
  title: string;
  /** Markdown; `##` headings split it into answerable passages */
  body: string;
  tags?: string[];
  locale?: string;
  published?: boolean;
}

export interface CreateChatSessionDto {
  /** What the site knows of the visitor (page, plan, …); at most 4096 bytes of JSON */
  userMeta?: Record<string, unknown>;
  /** The visitor's BCP 47 language tag; the bot's and system lines come in it when it is one of en, es, de, fr, ar (by primary subtag), else in English */
  language?: string;
  /** HS256 JWT signed with IDENTITY_SECRET, claims sub, email, name */
  userToken?: string;
}

export interface CreateChatSessionResponseDto {
  sessionId: string;
  /** the secret the widget connects with; shown once, stored only hashed */
  visitorToken: string;
}

export interface CreateUserDto {
  roles: ("viewer" | "agent" | "admin" | "super_admin")[];
  email: string;
  name: string;
  password: string;
}

export interface CustomerRefDto {
  /** the identity token subject */
  id: string;
  email?: string;
  name?: string;
}

export interface DataKeyCountDto {
  masterKeyId: string;
  purpose: "data" | "search";
  keys: number;
}

export interface DataKeyValuesDto {
  dekId: string;
  /** encrypted values (fields) under this data key */
  values: number;
}

export interface DurationStatsDto {
  count: number;
  /** seconds */
  average: number | null;
  /** seconds */
  p50: number | null;
  /** seconds */
  p90: number | null;
  /** seconds */
  p99: number | null;
}

export interface EncryptionAuditEntryDto {
  id: string;
  action: string;
  actorId: string | null;
  /** the actor's display name; null for the server or the CLI */
  actorName: string | null;
  fromKeyId: string | null;
  toKeyId: string | null;
  rowCount: number;
  outcome: string;
  details: Record<string, unknown> | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface EncryptionAuditPageDto {
  items: EncryptionAuditEntryDto[];
  nextCursor: string | null;
}

export interface EncryptionJobDto {
  id: string;
  kind: string;
  status: "running" | "succeeded" | "failed";
  rewriteData: boolean;
  toMasterKeyId: string;
  toDataKeyId: string | null;
  rowsDone: number;
  rowsTotal: number;
  keysRewrapped: number;
  error: string | null;
  startedAt: string;
  finishedAt: string | null;
}

export interface EncryptionStatusDto {
  enabled: boolean;
  activeMasterKeyId: string;
  configuredMasterKeyIds: string[];
  dataKeys: DataKeyCountDto[];
  tables: TableStatusDto[];
  runningJob: EncryptionJobDto | null;
  /** the last job that finished successfully */
  lastRotation: EncryptionJobDto | null;
}

export interface EvaluationCountsDto {
  correct: number;
  partially_correct: number;
  incorrect: number;
  unevaluated: number;
}

export interface HealthCheckDto {
  status: "up" | "down";
  message?: string;
}

export interface HealthResponseDto {
  status: "ok" | "error";
  checks?: Record<string, HealthCheckDto>;
}

export interface ImportArticlesDto {
  articles: CreateArticleDto[];
}

export interface ImportResultDto {
  created: number;
  updated: number;
}

export interface KnowledgeGapDto {
  /** the newest question of the group */
  question: string;
  count: number;
  examples: KnowledgeGapExampleDto[];
  lastSeenAt: string;
}

export interface KnowledgeGapExampleDto {
  accuracyId: string;
  question: string;
  createdAt: string;
}

export interface KnowledgeGapPageDto {
  items: KnowledgeGapDto[];
  /** always null: the groups come in one page */
  nextCursor: string | null;
}

export interface LoginDto {
  email: string;
  password: string;
}

export interface LoginResponseDto {
  /** JWT for the Authorization: Bearer header; expires after JWT_TTL */
  accessToken: string;
  /** opaque; exchange it once at /auth/refresh */
  refreshToken: string;
  user: UserDto;
}

export interface MarkCountsDto {
  helpful: number;
  unhelpful: number;
}

export interface MeResponseDto {
  id: string;
  email: string;
  name: string;
  roles: ("viewer" | "agent" | "admin" | "super_admin")[];
  permissions: ("sessions:read" | "sessions:reply" | "sessions:claim" | "sessions:close" | "sessions:assign" | "analytics:read" | "accuracy:read" | "accuracy:feedback" | "accuracy:evaluate" | "knowledge:read" | "knowledge:manage" | "users:read" | "users:manage" | "users:create" | "roles:manage" | "roles:manage-admins" | "encryption:read" | "encryption:manage" | "export:run" | "audit:read")[];
}

export interface MessageCountsDto {
  total: number;
  bySender: Record<string, number>;
  /** internal notes among them */
  internal: number;
}

export interface MessageSourceDto {
  articleId: string;
  title: string;
  url?: string;
}

export interface MessagesOverTimeDto {
  range: AnalyticsRangeDto;
  interval: "hour" | "day" | "week";
  points: MessagesOverTimePointDto[];
}

export interface MessagesOverTimePointDto {
  start: string;
  visitor: number;
  bot: number;
  agent: number;
  system: number;
  total: number;
}

export interface PassageDto {
  articleId: string;
  title: string;
  heading: string;
  text: string;
  score: number;
}

export interface PassagesDto {
  items: PassageDto[];
}

export interface RateDto {
  count: number;
  of: number;
  /** count / of */
  rate: number | null;
}

export interface ReencryptRequestDto {
  /** re-encrypt every field under a fresh data key, not only re-wrap the keys */
  rewriteData?: boolean;
}

export interface RefreshDto {
  refreshToken: string;
}

export interface ResponseTimesDto {
  range: AnalyticsRangeDto;
  interval: "hour" | "day" | "week";
  firstResponse: DurationStatsDto;
  agentFirstResponse: DurationStatsDto;
  agentResponse: DurationStatsDto;
  points: ResponseTimesPointDto[];
}

export interface ResponseTimesPointDto {
  start: string;
  firstResponse: DurationStatsDto;
  agentResponse: DurationStatsDto;
}

export interface ResponseTypeCountsDto {
  ai: number;
  fallback: number;
  handoff: number;
}

export interface RoleChangeDto {
  id: string;
  actorId: string | null;
  /** the actor's display name; null when there is no actor */
  actorName: string | null;
  targetId: string;
  /** the changed user's display name */
  targetName: string;
  fromRoles: ("viewer" | "agent" | "admin" | "super_admin")[];
  toRoles: ("viewer" | "agent" | "admin" | "super_admin")[];
  reason: string | null;
  createdAt: string;
}

export interface RoleChangePageDto {
  items: RoleChangeDto[];
  nextCursor: string | null;
}

export interface SessionCountsDto {
  total: number;
  byStatus: Record<string, number>;
}

export interface SessionDto {
  id: string;
  status: "active" | "needs_human" | "agent_assigned" | "closed";
  assignedAgent: AgentRefDto | null;
  userMeta: Record<string, unknown> | null;
  customer: CustomerRefDto | null;
  /** the visitor's BCP 47 language tag, as given when the session started */
  language: string | null;
  queuedAt: string | null;
  createdAt: string;
  /** moves with every message */
  updatedAt: string;
  closedAt: string | null;
  /** the stored visitor meta or customer could not be decrypted (they are null) */
  unreadable?: boolean;
}

export interface SessionExportDto {
  /** csv (RFC 4180, UTF-8 with BOM), json (one array) or ndjson (one session a line) */
  format: "csv" | "json" | "ndjson";
  filters?: SessionExportFiltersDto;
  /** each session with its messages, internal notes flagged */
  includeMessages?: boolean;
}

export interface SessionExportFiltersDto {
  status?: "active" | "needs_human" | "agent_assigned" | "closed";
  /** sessions this agent has or had */
  agentId?: string;
  /** created at or after this moment */
  from?: string;
  /** created before this moment */
  to?: string;
  /** text in the visitor's userMeta or customer identity */
  q?: string;
}

export interface SessionPageDto {
  items: SessionDto[];
  nextCursor: string | null;
}

export interface SetRolesDto {
  roles: ("viewer" | "agent" | "admin" | "super_admin")[];
  reason?: string;
}

export interface StaffMessageDto {
  id: string;
  sessionId: string;
  sender: "visitor" | "bot" | "agent" | "system";
  /** exactly as written */
  text: string;
  createdAt: string;
  clientMessageId?: string;
  confidence?: number;
  sources?: MessageSourceDto[];
  agent?: AgentRefDto;
  /** an internal note: staff only, never shown to the visitor */
  internal: boolean;
  /** the stored text or metadata could not be decrypted (text is "[unreadable]") */
  unreadable?: boolean;
}

export interface StaffMessagePageDto {
  items: StaffMessageDto[];
  nextCursor: string | null;
}

export interface TableStatusDto {
  table: string;
  rows: number;
  /** rows with at least one field still in plaintext */
  plaintextRows: number;
  valuesPerDataKey: DataKeyValuesDto[];
}

export interface UpdateArticleDto {
  /** stable name used by imports; made from the title when absent */
  slug?: string;
  title?: string;
  /** Markdown; `##` headings split it into answerable passages */
  body?: string;
  tags?: string[];
  locale?: string;
  published?: boolean;
}

export interface UpdateUserDto {
  name?: string;
  email?: string;
  /** true deactivates the account, false reactivates it */
  disabled?: boolean;
  /** a new password; signs the user out everywhere */
  password?: string;
}

export interface UserDto {
  id: string;
  email: string;
  name: string;
  roles: ("viewer" | "agent" | "admin" | "super_admin")[];
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface UserPageDto {
  items: UserDto[];
  nextCursor: string | null;
}

@Injectable({ providedIn: "root" })
export class ParleyApi {
  private readonly http = inject(HttpClient);
  private readonly base = inject(API_BASE_URL);

  /** Judge the answer correct, partially correct or incorrect (replaces any earlier one); audited (POST /admin/accuracy/{accuracyId}/evaluate) */
  accuracyEvaluate(accuracyId: string, body: AccuracyEvaluationDto): Observable<AccuracyRecordDto> {
    return this.http.post<AccuracyRecordDto>(`${this.base}/admin/accuracy/${encodeURIComponent(accuracyId)}/evaluate`, body);
  }

  /** Mark the answer helpful or unhelpful (replaces any earlier mark); audited (POST /admin/accuracy/{accuracyId}/feedback) */
  accuracyFeedback(accuracyId: string, body: AccuracyFeedbackDto): Observable<AccuracyRecordDto> {
    return this.http.post<AccuracyRecordDto>(`${this.base}/admin/accuracy/${encodeURIComponent(accuracyId)}/feedback`, body);
  }

  /** One answer with its question, sources, confidence, mark and evaluation (GET /admin/accuracy/{accuracyId}) */
  accuracyGet(accuracyId: string): Observable<AccuracyRecordDto> {
    return this.http.get<AccuracyRecordDto>(`${this.base}/admin/accuracy/${encodeURIComponent(accuracyId)}`);
  }

  /** Bot answers, newest first, filtered by type, confidence, mark, evaluation and time (GET /admin/accuracy) */
  accuracyList(query?: { limit?: number; /** nextCursor of the previous page */ cursor?: string; /** answers given at or after this moment */ from?: string; /** answers given before this moment; not before `from` */ to?: string; responseType?: "ai" | "fallback" | "handoff"; /** confidence at least this (inclusive) */ minConfidence?: number; /** confidence at most this (inclusive); not below minConfidence */ maxConfidence?: number; /** `none`: nobody marked it yet */ humanMark?: "helpful" | "unhelpful" | "none"; /** `none`: not evaluated yet */ evaluation?: "correct" | "partially_correct" | "incorrect" | "none" }): Observable<AccuracyPageDto> {
    return this.http.get<AccuracyPageDto>(`${this.base}/admin/accuracy`, { params: toParams(query) });
  }

  /** Totals by type, average confidence, helpful rate, evaluations and the calibration table (GET /admin/accuracy/stats) */
  accuracyStats(query?: { /** answers given at or after this moment */ from?: string; /** answers given before this moment; not before `from` */ to?: string }): Observable<AccuracyStatsDto> {
    return this.http.get<AccuracyStatsDto>(`${this.base}/admin/accuracy/stats`, { params: toParams(query) });
  }

  /** Per agent: sessions handled and closed, replies, median first response, handling time, helpful rate (GET /admin/analytics/agent-performance) */
  analyticsAgentPerformance(query?: { /** start, inclusive (default: 30 days before to). ISO 8601; with an offset an instant, without one (2025-03-01) a wall time in tz */ from?: string; /** end, exclusive (default: now). ISO 8601; with an offset an instant, without one (2025-03-01) a wall time in tz */ to?: string; /** IANA time zone of day boundaries and buckets */ tz?: string; /** bucket width of time series */ interval?: "hour" | "day" | "week"; /** confidence histogram buckets */ buckets?: number }): Observable<AgentPerformanceDto> {
    return this.http.get<AgentPerformanceDto>(`${this.base}/admin/analytics/agent-performance`, { params: toParams(query) });
  }

  /** Bot answers per confidence bucket, with the share judged correct (GET /admin/analytics/confidence-histogram) */
  analyticsConfidenceHistogram(query?: { /** start, inclusive (default: 30 days before to). ISO 8601; with an offset an instant, without one (2025-03-01) a wall time in tz */ from?: string; /** end, exclusive (default: now). ISO 8601; with an offset an instant, without one (2025-03-01) a wall time in tz */ to?: string; /** IANA time zone of day boundaries and buckets */ tz?: string; /** bucket width of time series */ interval?: "hour" | "day" | "week"; /** confidence histogram buckets */ buckets?: number }): Observable<ConfidenceHistogramDto> {
    return this.http.get<ConfidenceHistogramDto>(`${this.base}/admin/analytics/confidence-histogram`, { params: toParams(query) });
  }

  /** Messages per sender per hour, day or week in tz, every bucket present (GET /admin/analytics/messages-over-time) */
  analyticsMessagesOverTime(query?: { /** start, inclusive (default: 30 days before to). ISO 8601; with an offset an instant, without one (2025-03-01) a wall time in tz */ from?: string; /** end, exclusive (default: now). ISO 8601; with an offset an instant, without one (2025-03-01) a wall time in tz */ to?: string; /** IANA time zone of day boundaries and buckets */ tz?: string; /** bucket width of time series */ interval?: "hour" | "day" | "week"; /** confidence histogram buckets */ buckets?: number }): Observable<MessagesOverTimeDto> {
    return this.http.get<MessagesOverTimeDto>(`${this.base}/admin/analytics/messages-over-time`, { params: toParams(query) });
  }

  /** Sessions, messages, bot-resolved share, handoff rate, first response, confidence, helpful rate, agents (GET /admin/analytics/overview) */
  analyticsOverview(query?: { /** start, inclusive (default: 30 days before to). ISO 8601; with an offset an instant, without one (2025-03-01) a wall time in tz */ from?: string; /** end, exclusive (default: now). ISO 8601; with an offset an instant, without one (2025-03-01) a wall time in tz */ to?: string; /** IANA time zone of day boundaries and buckets */ tz?: string; /** bucket width of time series */ interval?: "hour" | "day" | "week"; /** confidence histogram buckets */ buckets?: number }): Observable<AnalyticsOverviewDto> {
    return this.http.get<AnalyticsOverviewDto>(`${this.base}/admin/analytics/overview`, { params: toParams(query) });
  }

  /** First-response and agent-response times: average, p50, p90, p99, and per bucket (GET /admin/analytics/response-times) */
  analyticsResponseTimes(query?: { /** start, inclusive (default: 30 days before to). ISO 8601; with an offset an instant, without one (2025-03-01) a wall time in tz */ from?: string; /** end, exclusive (default: now). ISO 8601; with an offset an instant, without one (2025-03-01) a wall time in tz */ to?: string; /** IANA time zone of day boundaries and buckets */ tz?: string; /** bucket width of time series */ interval?: "hour" | "day" | "week"; /** confidence histogram buckets */ buckets?: number }): Observable<ResponseTimesDto> {
    return this.http.get<ResponseTimesDto>(`${this.base}/admin/analytics/response-times`, { params: toParams(query) });
  }

  /** Staff actions and sign-ins, newest first (GET /admin/audit) */
  auditList(query?: { limit?: number; /** nextCursor of the previous page */ cursor?: string; /** only what this user did */ actorId?: string; action?: string; /** from this moment (inclusive) */ from?: string; /** until this moment (exclusive) */ to?: string }): Observable<AuditPageDto> {
    return this.http.get<AuditPageDto>(`${this.base}/admin/audit`, { params: toParams(query) });
  }

  /** Sign in with e-mail and password (POST /auth/login) */
  authLogin(body: LoginDto): Observable<LoginResponseDto> {
    return this.http.post<LoginResponseDto>(`${this.base}/auth/login`, body);
  }

  /** Sign out: the refresh token and every token rotated from it stop working (POST /auth/logout) */
  authLogout(body: RefreshDto): Observable<void> {
    return this.http.post<void>(`${this.base}/auth/logout`, body);
  }

  /** The signed-in user, its roles and effective permissions (GET /me) */
  authMe(): Observable<MeResponseDto> {
    return this.http.get<MeResponseDto>(`${this.base}/me`);
  }

  /** Exchange a refresh token for new tokens (each refresh token works once) (POST /auth/refresh) */
  authRefresh(body: RefreshDto): Observable<LoginResponseDto> {
    return this.http.post<LoginResponseDto>(`${this.base}/auth/refresh`, body);
  }

  /** Start a visitor session; connect to the /widget socket with the answer (POST /chat/sessions) */
  chatCreateSession(body: CreateChatSessionDto): Observable<CreateChatSessionResponseDto> {
    return this.http.post<CreateChatSessionResponseDto>(`${this.base}/chat/sessions`, body);
  }

  /** Key operations and their outcome, newest first (GET /admin/encryption/audit) */
  encryptionAudit(query?: { limit?: number; /** nextCursor of the previous page */ cursor?: string }): Observable<EncryptionAuditPageDto> {
    return this.http.get<EncryptionAuditPageDto>(`${this.base}/admin/encryption/audit`, { params: toParams(query) });
  }

  /** Encrypt every field still stored in plaintext (or, dry run, count them) (POST /admin/encryption/cleanup-plaintext) */
  encryptionCleanup(body: CleanupRequestDto): Observable<CleanupReportDto> {
    return this.http.post<CleanupReportDto>(`${this.base}/admin/encryption/cleanup-plaintext`, body);
  }

  /** Progress of a re-encryption job (GET /admin/encryption/jobs/{jobId}) */
  encryptionJob(jobId: string): Observable<EncryptionJobDto> {
    return this.http.get<EncryptionJobDto>(`${this.base}/admin/encryption/jobs/${encodeURIComponent(jobId)}`);
  }

  /** Re-wrap every data key under the active master key; with rewriteData, re-encrypt every field (POST /admin/encryption/reencrypt) */
  encryptionReencrypt(body: ReencryptRequestDto): Observable<EncryptionJobDto> {
    return this.http.post<EncryptionJobDto>(`${this.base}/admin/encryption/reencrypt`, body);
  }

  /** Keys in use, rows per data key, plaintext rows, the running job (GET /admin/encryption/status) */
  encryptionStatus(): Observable<EncryptionStatusDto> {
    return this.http.get<EncryptionStatusDto>(`${this.base}/admin/encryption/status`);
  }

  /** Download one analytics report's chart data as CSV or JSON; audited (GET /admin/analytics/export) */
  exportsExportReport(query: { /** start, inclusive (default: 30 days before to). ISO 8601; with an offset an instant, without one (2025-03-01) a wall time in tz */ from?: string; /** end, exclusive (default: now). ISO 8601; with an offset an instant, without one (2025-03-01) a wall time in tz */ to?: string; /** IANA time zone of day boundaries and buckets */ tz?: string; /** bucket width of time series */ interval?: "hour" | "day" | "week"; /** confidence histogram buckets */ buckets?: number; report: "overview" | "messages-over-time" | "confidence-histogram" | "response-times" | "agent-performance"; format: "csv" | "json" }): Observable<HttpEvent<Blob>> {
    return this.http.get(`${this.base}/admin/analytics/export`, { params: toParams(query), responseType: 'blob', observe: 'events', reportProgress: true });
  }

  /** Download the sessions matching the list filters (optionally with messages) as CSV, JSON or NDJSON; audited (POST /admin/sessions/export) */
  exportsExportSessions(body: SessionExportDto): Observable<HttpEvent<Blob>> {
    return this.http.post(`${this.base}/admin/sessions/export`, body, { responseType: 'blob', observe: 'events', reportProgress: true });
  }

  /** Liveness: the process is up and serving requests (GET /health) */
  healthLive(): Observable<HealthResponseDto> {
    return this.http.get<HealthResponseDto>(`${this.base}/health`);
  }

  /** Readiness: the database answers (GET /health/ready) */
  healthReady(): Observable<HealthResponseDto> {
    return this.http.get<HealthResponseDto>(`${this.base}/health/ready`);
  }

  knowledgeCreate(body: CreateArticleDto): Observable<ArticleDto> {
    return this.http.post<ArticleDto>(`${this.base}/admin/knowledge/articles`, body);
  }

  knowledgeDelete(articleId: string): Observable<void> {
    return this.http.delete<void>(`${this.base}/admin/knowledge/articles/${encodeURIComponent(articleId)}`);
  }

  /** Questions handed off or answered below HANDOFF_THRESHOLD, grouped by similarity, most frequent first (GET /admin/knowledge/gaps) */
  knowledgeGapsList(query?: { /** answers given at or after this moment */ from?: string; /** answers given before this moment; not before `from` */ to?: string; limit?: number }): Observable<KnowledgeGapPageDto> {
    return this.http.get<KnowledgeGapPageDto>(`${this.base}/admin/knowledge/gaps`, { params: toParams(query) });
  }

  knowledgeGet(articleId: string): Observable<ArticleDto> {
    return this.http.get<ArticleDto>(`${this.base}/admin/knowledge/articles/${encodeURIComponent(articleId)}`);
  }

  /** Add articles in bulk; an article whose slug exists replaces it (POST /admin/knowledge/articles/import) */
  knowledgeImport(body: ImportArticlesDto): Observable<ImportResultDto> {
    return this.http.post<ImportResultDto>(`${this.base}/admin/knowledge/articles/import`, body);
  }

  /** Help articles, newest first (GET /admin/knowledge/articles) */
  knowledgeList(query?: { limit?: number; /** nextCursor of the previous page */ cursor?: string; published?: boolean; locale?: string; /** part of the title or body */ q?: string }): Observable<ArticlePageDto> {
    return this.http.get<ArticlePageDto>(`${this.base}/admin/knowledge/articles`, { params: toParams(query) });
  }

  /** The passages the bot would answer a question from, best first (GET /admin/knowledge/search) */
  knowledgeSearch(query: { /** a question as a visitor would ask it */ q: string }): Observable<PassagesDto> {
    return this.http.get<PassagesDto>(`${this.base}/admin/knowledge/search`, { params: toParams(query) });
  }

  knowledgeUpdate(articleId: string, body: UpdateArticleDto): Observable<ArticleDto> {
    return this.http.put<ArticleDto>(`${this.base}/admin/knowledge/articles/${encodeURIComponent(articleId)}`, body);
  }

  /** Give the session to an agent (also away from another agent); audited (PUT /admin/sessions/{sessionId}/assign) */
  sessionsAssign(sessionId: string, body: AssignSessionDto): Observable<SessionDto> {
    return this.http.put<SessionDto>(`${this.base}/admin/sessions/${encodeURIComponent(sessionId)}/assign`, body);
  }

  /** Close the session; audited (PUT /admin/sessions/{sessionId}/close) */
  sessionsClose(sessionId: string): Observable<SessionDto> {
    return this.http.put<SessionDto>(`${this.base}/admin/sessions/${encodeURIComponent(sessionId)}/close`, null);
  }

  /** One session (GET /admin/sessions/{sessionId}) */
  sessionsGet(sessionId: string): Observable<SessionDto> {
    return this.http.get<SessionDto>(`${this.base}/admin/sessions/${encodeURIComponent(sessionId)}`);
  }

  /** Sessions, newest first, filtered by status, agent, creation time or visitor text (GET /admin/sessions) */
  sessionsList(query?: { limit?: number; /** nextCursor of the previous page */ cursor?: string; status?: "active" | "needs_human" | "agent_assigned" | "closed"; /** sessions this agent has or had */ agentId?: string; /** created at or after this moment */ from?: string; /** created before this moment */ to?: string; /** text in the visitor's userMeta or customer identity */ q?: string }): Observable<SessionPageDto> {
    return this.http.get<SessionPageDto>(`${this.base}/admin/sessions`, { params: toParams(query) });
  }

  /** The conversation, oldest first, internal notes included (flagged `internal`) (GET /admin/sessions/{sessionId}/messages) */
  sessionsMessages(sessionId: string, query?: { limit?: number; /** nextCursor of the previous page */ cursor?: string }): Observable<StaffMessagePageDto> {
    return this.http.get<StaffMessagePageDto>(`${this.base}/admin/sessions/${encodeURIComponent(sessionId)}/messages`, { params: toParams(query) });
  }

  /** Create a staff account (POST /admin/users) */
  usersCreate(body: CreateUserDto): Observable<UserDto> {
    return this.http.post<UserDto>(`${this.base}/admin/users`, body);
  }

  /** Deactivate (the account stays for history) (DELETE /admin/users/{userId}) */
  usersDeactivate(userId: string): Observable<UserDto> {
    return this.http.delete<UserDto>(`${this.base}/admin/users/${encodeURIComponent(userId)}`);
  }

  usersGet(userId: string): Observable<UserDto> {
    return this.http.get<UserDto>(`${this.base}/admin/users/${encodeURIComponent(userId)}`);
  }

  /** Staff accounts, newest first; filter by role, search e-mail and name (GET /admin/users) */
  usersList(query?: { limit?: number; /** nextCursor of the previous page */ cursor?: string; role?: "viewer" | "agent" | "admin" | "super_admin"; /** part of the e-mail address or name */ q?: string }): Observable<UserPageDto> {
    return this.http.get<UserPageDto>(`${this.base}/admin/users`, { params: toParams(query) });
  }

  /** Role-change history, newest first (GET /admin/users/{userId}/role-changes) */
  usersRoleChanges(userId: string, query?: { limit?: number; /** nextCursor of the previous page */ cursor?: string }): Observable<RoleChangePageDto> {
    return this.http.get<RoleChangePageDto>(`${this.base}/admin/users/${encodeURIComponent(userId)}/role-changes`, { params: toParams(query) });
  }

  /** Replace the roles, with a reason for the history (PUT /admin/users/{userId}/roles) */
  usersSetRoles(userId: string, body: SetRolesDto): Observable<UserDto> {
    return this.http.put<UserDto>(`${this.base}/admin/users/${encodeURIComponent(userId)}/roles`, body);
  }

  /** Change name, e-mail, active state or password (PUT /admin/users/{userId}) */
  usersUpdate(userId: string, body: UpdateUserDto): Observable<UserDto> {
    return this.http.put<UserDto>(`${this.base}/admin/users/${encodeURIComponent(userId)}`, body);
  }

}
