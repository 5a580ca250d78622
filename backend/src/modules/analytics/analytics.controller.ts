import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission } from '../auth/auth.decorators';
import { AnalyticsService } from './analytics.service';
import { AnalyticsQueryDto } from './dto/analytics-query.dto';
import {
  AgentPerformanceDto,
  AnalyticsOverviewDto,
  ConfidenceHistogramDto,
  MessagesOverTimeDto,
  ResponseTimesDto,
} from './dto/analytics-responses.dto';

// The reports already have their public shape (libs/contracts); the DTO classes describe it to OpenAPI.
@ApiTags('analytics')
@Controller('admin/analytics')
export class AnalyticsController {
  constructor(private readonly analytics: AnalyticsService) {}

  @Get('overview')
  @RequirePermission('analytics:read')
  @ApiOperation({ summary: 'Sessions, messages, bot-resolved share, handoff rate, first response, confidence, helpful rate, agents' })
  @ApiOkResponse({ type: AnalyticsOverviewDto })
  overview(@Query() query: AnalyticsQueryDto): Promise<AnalyticsOverviewDto> {
    return this.analytics.overview(query);
  }

  @Get('messages-over-time')
  @RequirePermission('analytics:read')
  @ApiOperation({ summary: 'Messages per sender per hour, day or week in tz, every bucket present' })
  @ApiOkResponse({ type: MessagesOverTimeDto })
  messagesOverTime(@Query() query: AnalyticsQueryDto): Promise<MessagesOverTimeDto> {
    return this.analytics.messagesOverTime(query);
  }

  @Get('confidence-histogram')
  @RequirePermission('analytics:read')
  @ApiOperation({ summary: 'Bot answers per confidence bucket, with the share judged correct' })
  @ApiOkResponse({ type: ConfidenceHistogramDto })
  confidenceHistogram(@Query() query: AnalyticsQueryDto): Promise<ConfidenceHistogramDto> {
    return this.analytics.confidenceHistogram(query);
  }

  @Get('response-times')
  @RequirePermission('analytics:read')
  @ApiOperation({ summary: 'First-response and agent-response times: average, p50, p90, p99, and per bucket' })
  @ApiOkResponse({ type: ResponseTimesDto })
  responseTimes(@Query() query: AnalyticsQueryDto): Promise<ResponseTimesDto> {
    return this.analytics.responseTimes(query);
  }

  @Get('agent-performance')
  @RequirePermission('analytics:read')
  @ApiOperation({ summary: 'Per agent: sessions handled and closed, replies, median first response, handling time, helpful rate' })
  @ApiOkResponse({ type: AgentPerformanceDto })
  agentPerformance(@Query() query: AnalyticsQueryDto): Promise<AgentPerformanceDto> {
    return this.analytics.agentPerformance(query);
  }
}
