import { Injectable } from '@nestjs/common';
import {
  AgentPerformance,
  AnalyticsInterval,
  AnalyticsOverview,
  AnalyticsQuery,
  AnalyticsReport,
  CONFIDENCE_BUCKETS_DEFAULT,
  ConfidenceHistogram,
  MessagesOverTime,
  ResponseTimes,
} from '@parley/contracts';
import { AnalyticsCache } from './analytics-cache';
import { ReportRange, assertBucketCount, resolveRange } from './analytics-range';
import { AnalyticsTimingRepository } from './analytics-timing.repository';
import { AnalyticsRepository } from './analytics.repository';
import {
  buildAgentPerformance,
  buildConfidenceHistogram,
  buildMessagesOverTime,
  buildOverview,
  buildResponseTimes,
} from './report-builders';

export const DEFAULT_INTERVAL: AnalyticsInterval = 'day';

/**
 * The desk's figures, computed by the database and cached per report and normalized parameters:
 * two queries that mean the same range (`2025-03-01` and `2025-03-01T00:00:00Z` in UTC) share an entry.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    private readonly repository: AnalyticsRepository,
    private readonly timing: AnalyticsTimingRepository,
    private readonly cache: AnalyticsCache,
  ) {}

  overview(query: AnalyticsQuery): Promise<AnalyticsOverview> {
    const range = resolveRange(query, new Date());
    return this.cached('overview', range, {}, async () => buildOverview(range, await this.repository.overview(range)));
  }

  messagesOverTime(query: AnalyticsQuery): Promise<MessagesOverTime> {
    const { range, interval } = this.series(query);
    return this.cached('messages-over-time', range, { interval }, async () =>
      buildMessagesOverTime(range, interval, await this.repository.messagesOverTime(range, interval)),
    );
  }

  confidenceHistogram(query: AnalyticsQuery): Promise<ConfidenceHistogram> {
    const range = resolveRange(query, new Date());
    const buckets = query.buckets ?? CONFIDENCE_BUCKETS_DEFAULT;
    return this.cached('confidence-histogram', range, { buckets }, async () =>
      buildConfidenceHistogram(range, buckets, await this.repository.confidenceHistogram(range, buckets)),
    );
  }

  responseTimes(query: AnalyticsQuery): Promise<ResponseTimes> {
    const { range, interval } = this.series(query);
    return this.cached('response-times', range, { interval }, async () => {
      const [first, agent] = await Promise.all([this.timing.firstResponses(range, interval), this.timing.agentResponses(range, interval)]);
      return buildResponseTimes(range, interval, first, agent);
    });
  }

  agentPerformance(query: AnalyticsQuery): Promise<AgentPerformance> {
    const range = resolveRange(query, new Date());
    return this.cached('agent-performance', range, {}, async () => buildAgentPerformance(range, await this.timing.agentPerformance(range)));
  }

  private series(query: AnalyticsQuery): { range: ReportRange; interval: AnalyticsInterval } {
    const range = resolveRange(query, new Date());
    const interval = query.interval ?? DEFAULT_INTERVAL;
    assertBucketCount(range, interval);
    return { range, interval };
  }

  private cached<T>(report: AnalyticsReport, range: ReportRange, extra: Record<string, string | number>, compute: () => Promise<T>): Promise<T> {
    const parameters = [range.from.toISOString(), range.to.toISOString(), range.tz, ...Object.entries(extra).map(([key, value]) => `${key}=${value}`)];
    return this.cache.remember(`${report}:${parameters.join('|')}`, compute);
  }
}
