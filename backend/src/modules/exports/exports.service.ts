import { Injectable, Logger } from '@nestjs/common';
import type { AnalyticsRange, ExportFormat, ReportExportQuery, SessionListQuery } from '@parley/contracts';
import { AnalyticsService } from '../analytics/analytics.service';
import { AuditService } from '../audit/audit.service';
import type { StaffActor } from '../sessions/handoff.service';
import type { SessionFilter } from '../sessions/session-filter';
import { UTF8_BOM, csvRow } from './csv';
import { DownloadAborted, DownloadSink } from './download-sink';
import { ChunkedOutput } from './chunked-output';
import { ExportsRepository } from './exports.repository';
import { MessageCursor } from './message-cursor';
import {
  ReportTable,
  agentPerformanceTable,
  confidenceHistogramTable,
  messagesOverTimeTable,
  overviewTable,
  responseTimesTable,
} from './report-tables';
import { toExportedMessage, toExportedSession } from './session-records';
import { sessionFileWriter } from './session-writers';

/** Sessions per database round trip: large enough to amortize it, small enough to hold. */
export const EXPORT_BATCH_SIZE = 500;

export interface SessionExportInput {
  format: ExportFormat;
  filters?: Omit<SessionListQuery, 'from' | 'to'> & { from?: Date; to?: Date };
  includeMessages?: boolean;
}

type Outcome = 'completed' | 'aborted' | 'failed';

/**
 * Streams exports batch by batch into a DownloadSink and audits each one when it ends: who, which
 * filters, how many rows, and whether it completed, was aborted by the client or failed.
 */
@Injectable()
export class ExportsService {
  private readonly logger = new Logger('ExportsService');

  constructor(
    private readonly repository: ExportsRepository,
    private readonly analytics: AnalyticsService,
    private readonly audit: AuditService,
  ) {}

  async exportSessions(actor: StaffActor, input: SessionExportInput, sink: DownloadSink): Promise<void> {
    const includeMessages = input.includeMessages ?? false;
    const filters = input.filters ?? {};
    const filter: SessionFilter = { ...filters, agentId: filters.agentId?.toLowerCase(), search: filters.q };
    const writer = sessionFileWriter(input.format, includeMessages);
    const counts = { sessions: 0, messages: 0 };
    const details = { format: input.format, includeMessages, filters: describeFilters(filters), counts };
    await this.stream(actor, 'export.sessions', details, sink, async () => {
      const out = new ChunkedOutput(sink);
      let afterId: string | undefined;
      for (let first = true; ; first = false) {
        const batch = await this.repository.sessionBatch(filter, afterId, EXPORT_BATCH_SIZE);
        const messages = includeMessages ? new MessageCursor(this.repository, batch.map((row) => row.id)) : undefined;
        await messages?.load();
        if (first) out.push(writer.start());
        for (const row of batch) {
          out.push(writer.session(toExportedSession(row)));
          counts.sessions += 1;
          for (let message = await messages?.next(row.id); message; message = await messages?.next(row.id)) {
            out.push(writer.message(toExportedMessage(message)));
            counts.messages += 1;
            // Within the session too: a session with thousands of messages would otherwise gather
            // them all before the first write, and wait for the client only after them.
            await out.flushIfFull();
          }
          out.push(writer.endSession());
          await out.flushIfFull();
        }
        const last = batch[batch.length - 1];
        if (!last || batch.length < EXPORT_BATCH_SIZE) break;
        afterId = last.id;
      }
      out.push(writer.end());
      await out.flush();
    });
  }

  /** Chart data of one report as CSV (one table) or JSON (the report as the API answers it). */
  async exportReport(actor: StaffActor, query: ReportExportQuery, sink: DownloadSink): Promise<void> {
    // Computed before anything is sent: a bad range is an ordinary 400, and not an export.
    const { range, table, json } = await this.loadReport(query);
    const details = { report: query.report, format: query.format, range, interval: query.interval, buckets: query.buckets, rows: table.rows.length };
    await this.stream(actor, 'export.analytics', details, sink, async () => {
      if (query.format === 'json') return sink.write(`${json}\n`);
      const out = new ChunkedOutput(sink);
      out.push(UTF8_BOM + csvRow(table.columns));
      for (const row of table.rows) {
        out.push(csvRow(row));
        await out.flushIfFull();
      }
      await out.flush();
    });
  }

  private async loadReport(query: ReportExportQuery): Promise<{ range: AnalyticsRange; table: ReportTable; json: string }> {
    const load = async <T extends { range: AnalyticsRange }>(report: Promise<T>, toTable: (data: T) => ReportTable) => {
      const data = await report;
      return { range: data.range, table: toTable(data), json: JSON.stringify(data) };
    };
    switch (query.report) {
      case 'overview':
        return load(this.analytics.overview(query), overviewTable);
      case 'messages-over-time':
        return load(this.analytics.messagesOverTime(query), messagesOverTimeTable);
      case 'confidence-histogram':
        return load(this.analytics.confidenceHistogram(query), confidenceHistogramTable);
      case 'response-times':
        return load(this.analytics.responseTimes(query), responseTimesTable);
      case 'agent-performance':
        return load(this.analytics.agentPerformance(query), agentPerformanceTable);
    }
  }

  /**
   * Runs one export into the sink and audits it once it ended. A failure before the first byte is
   * thrown (the client gets a JSON error); after it, the download is cut and the failure logged.
   */
  private async stream(actor: StaffActor, action: string, details: Record<string, unknown>, sink: DownloadSink, produce: () => Promise<void>): Promise<void> {
    let outcome: Outcome = 'completed';
    let failure: unknown;
    try {
      await produce();
      await sink.end();
    } catch (error) {
      outcome = error instanceof DownloadAborted ? 'aborted' : 'failed';
      if (outcome === 'failed') failure = error;
    }
    if (failure !== undefined && sink.started) {
      this.logger.error({ err: failure, action }, 'Export failed after the download started; cut it');
      sink.fail(failure);
    }
    await this.audit
      .record({ action, actorId: actor.user.id, target: null, ip: actor.ip, details: { ...details, outcome } })
      .catch((error: unknown) => this.logger.error({ err: error, action }, 'Could not audit an export'));
    if (failure !== undefined && !sink.started) throw failure;
  }
}

/** The filters as the caller gave them, for the audit log (dates as ISO text). */
function describeFilters(filters: NonNullable<SessionExportInput['filters']>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filters)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, value instanceof Date ? value.toISOString() : value]),
  );
}
