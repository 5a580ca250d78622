import { ApiProperty } from '@nestjs/swagger';
import {
  ANALYTICS_INTERVALS,
  AgentPerformance,
  AgentPerformanceRow,
  AnalyticsInterval,
  AnalyticsOverview,
  AnalyticsRange,
  ConfidenceBucket,
  ConfidenceHistogram,
  DurationStats,
  MessageSender,
  MessagesOverTime,
  MessagesOverTimePoint,
  Rate,
  ResponseTimes,
  ResponseTimesPoint,
  SessionStatus,
} from '@parley/contracts';

// The reports are the contract shapes themselves; these classes only describe them to OpenAPI.

const NullableNumber = (description?: string): PropertyDecorator => ApiProperty({ type: Number, nullable: true, description });

export class AnalyticsRangeDto implements AnalyticsRange {
  @ApiProperty({ format: 'date-time', description: 'inclusive' }) from!: string;
  @ApiProperty({ format: 'date-time', description: 'exclusive' }) to!: string;
  @ApiProperty({ example: 'Europe/Paris' }) tz!: string;
}

export class DurationStatsDto implements DurationStats {
  @ApiProperty() count!: number;
  @NullableNumber('seconds') average!: number | null;
  @NullableNumber('seconds') p50!: number | null;
  @NullableNumber('seconds') p90!: number | null;
  @NullableNumber('seconds') p99!: number | null;
}

export class RateDto implements Rate {
  @ApiProperty() count!: number;
  @ApiProperty() of!: number;
  @NullableNumber('count / of') rate!: number | null;
}

class SessionCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) byStatus!: Record<SessionStatus, number>;
}

class MessageCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) bySender!: Record<MessageSender, number>;
  @ApiProperty({ description: 'internal notes among them' }) internal!: number;
}

export class AnalyticsOverviewDto implements AnalyticsOverview {
  @ApiProperty({ type: AnalyticsRangeDto }) range!: AnalyticsRangeDto;
  @ApiProperty({ type: SessionCountsDto }) sessions!: SessionCountsDto;
  @ApiProperty({ type: MessageCountsDto }) messages!: MessageCountsDto;
  @ApiProperty({ type: RateDto, description: 'closed sessions never assigned to an agent, of closed sessions' }) botResolved!: RateDto;
  @ApiProperty({ type: RateDto, description: 'sessions that reached needs_human, of all sessions' }) handoff!: RateDto;
  @ApiProperty({ type: DurationStatsDto }) firstResponse!: DurationStatsDto;
  @ApiProperty({ type: DurationStatsDto }) agentFirstResponse!: DurationStatsDto;
  @NullableNumber() averageConfidence!: number | null;
  @ApiProperty({ type: RateDto }) helpful!: RateDto;
  @NullableNumber('seconds') averageSessionLengthSeconds!: number | null;
  @ApiProperty() activeAgents!: number;
}

export class MessagesOverTimePointDto implements MessagesOverTimePoint {
  @ApiProperty({ format: 'date-time' }) start!: string;
  @ApiProperty() visitor!: number;
  @ApiProperty() bot!: number;
  @ApiProperty() agent!: number;
  @ApiProperty() system!: number;
  @ApiProperty() total!: number;
}

export class MessagesOverTimeDto implements MessagesOverTime {
  @ApiProperty({ type: AnalyticsRangeDto }) range!: AnalyticsRangeDto;
  @ApiProperty({ enum: ANALYTICS_INTERVALS }) interval!: AnalyticsInterval;
  @ApiProperty({ type: [MessagesOverTimePointDto] }) points!: MessagesOverTimePointDto[];
}

export class ConfidenceBucketDto implements ConfidenceBucket {
  @ApiProperty() from!: number;
  @ApiProperty() to!: number;
  @ApiProperty() count!: number;
  @ApiProperty() evaluated!: number;
  @ApiProperty() correct!: number;
  @NullableNumber('correct / evaluated') correctShare!: number | null;
}

export class ConfidenceHistogramDto implements ConfidenceHistogram {
  @ApiProperty({ type: AnalyticsRangeDto }) range!: AnalyticsRangeDto;
  @ApiProperty({ type: [ConfidenceBucketDto] }) buckets!: ConfidenceBucketDto[];
}

export class ResponseTimesPointDto implements ResponseTimesPoint {
  @ApiProperty({ format: 'date-time' }) start!: string;
  @ApiProperty({ type: DurationStatsDto }) firstResponse!: DurationStatsDto;
  @ApiProperty({ type: DurationStatsDto }) agentResponse!: DurationStatsDto;
}

export class ResponseTimesDto implements ResponseTimes {
  @ApiProperty({ type: AnalyticsRangeDto }) range!: AnalyticsRangeDto;
  @ApiProperty({ enum: ANALYTICS_INTERVALS }) interval!: AnalyticsInterval;
  @ApiProperty({ type: DurationStatsDto }) firstResponse!: DurationStatsDto;
  @ApiProperty({ type: DurationStatsDto }) agentFirstResponse!: DurationStatsDto;
  @ApiProperty({ type: DurationStatsDto }) agentResponse!: DurationStatsDto;
  @ApiProperty({ type: [ResponseTimesPointDto] }) points!: ResponseTimesPointDto[];
}

export class AgentPerformanceRowDto implements AgentPerformanceRow {
  @ApiProperty({ format: 'uuid' }) agentId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() sessionsHandled!: number;
  @ApiProperty() sessionsClosed!: number;
  @ApiProperty() messagesSent!: number;
  @NullableNumber('seconds') medianFirstResponseSeconds!: number | null;
  @NullableNumber('seconds') averageHandlingSeconds!: number | null;
  @ApiProperty({ type: RateDto }) helpful!: RateDto;
}

export class AgentPerformanceDto implements AgentPerformance {
  @ApiProperty({ type: AnalyticsRangeDto }) range!: AnalyticsRangeDto;
  @ApiProperty({ type: [AgentPerformanceRowDto] }) agents!: AgentPerformanceRowDto[];
}
