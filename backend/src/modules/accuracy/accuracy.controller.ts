import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ClientIp } from '../../common/http/client-ip.decorator';
import { UuidParam } from '../../common/validation/uuid-param.pipe';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/auth.types';
import { AccuracyService } from './accuracy.service';
import { AccuracyEvaluationDto, AccuracyFeedbackDto, AccuracyListQueryDto, AccuracyRangeQueryDto } from './dto/accuracy-requests.dto';
import { AccuracyPageDto, AccuracyRecordDto, AccuracyStatsDto } from './dto/accuracy-responses.dto';
import { toAccuracyRecordDto } from './dto/accuracy.mapper';

@ApiTags('accuracy')
@Controller('admin/accuracy')
export class AccuracyController {
  constructor(private readonly accuracy: AccuracyService) {}

  @Get()
  @RequirePermission('accuracy:read')
  @ApiOperation({ summary: 'Bot answers, newest first, filtered by type, confidence, mark, evaluation and time' })
  @ApiOkResponse({ type: AccuracyPageDto })
  async list(@Query() query: AccuracyListQueryDto): Promise<AccuracyPageDto> {
    const page = await this.accuracy.list(query);
    return { items: page.items.map(toAccuracyRecordDto), nextCursor: page.nextCursor };
  }

  // Before `:accuracyId`, which would otherwise take "stats" for a malformed id.
  @Get('stats')
  @RequirePermission('accuracy:read')
  @ApiOperation({ summary: 'Totals by type, average confidence, helpful rate, evaluations and the calibration table' })
  @ApiOkResponse({ type: AccuracyStatsDto })
  stats(@Query() query: AccuracyRangeQueryDto): Promise<AccuracyStatsDto> {
    return this.accuracy.stats(query);
  }

  @Get(':accuracyId')
  @RequirePermission('accuracy:read')
  @ApiOperation({ summary: 'One answer with its question, sources, confidence, mark and evaluation' })
  @ApiOkResponse({ type: AccuracyRecordDto })
  @ApiNotFoundResponse()
  async get(@Param('accuracyId', UuidParam) accuracyId: string): Promise<AccuracyRecordDto> {
    return toAccuracyRecordDto(await this.accuracy.get(accuracyId));
  }

  @Post(':accuracyId/feedback')
  @HttpCode(200)
  @RequirePermission('accuracy:feedback')
  @ApiOperation({ summary: 'Mark the answer helpful or unhelpful (replaces any earlier mark); audited' })
  @ApiOkResponse({ type: AccuracyRecordDto })
  @ApiNotFoundResponse()
  async feedback(
    @Param('accuracyId', UuidParam) accuracyId: string,
    @Body() body: AccuracyFeedbackDto,
    @CurrentUser() user: AuthenticatedUser,
    @ClientIp() ip: string | null,
  ): Promise<AccuracyRecordDto> {
    return toAccuracyRecordDto(await this.accuracy.feedback({ user, ip }, accuracyId, body));
  }

  @Post(':accuracyId/evaluate')
  @HttpCode(200)
  @RequirePermission('accuracy:evaluate')
  @ApiOperation({ summary: 'Judge the answer correct, partially correct or incorrect (replaces any earlier one); audited' })
  @ApiOkResponse({ type: AccuracyRecordDto })
  @ApiNotFoundResponse()
  async evaluate(
    @Param('accuracyId', UuidParam) accuracyId: string,
    @Body() body: AccuracyEvaluationDto,
    @CurrentUser() user: AuthenticatedUser,
    @ClientIp() ip: string | null,
  ): Promise<AccuracyRecordDto> {
    return toAccuracyRecordDto(await this.accuracy.evaluate({ user, ip }, accuracyId, body));
  }
}
