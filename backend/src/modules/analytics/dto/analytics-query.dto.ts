import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ANALYTICS_INTERVALS,
  ANALYTICS_REPORTS,
  AnalyticsInterval,
  AnalyticsQuery,
  AnalyticsReport,
  CONFIDENCE_BUCKETS_DEFAULT,
  CONFIDENCE_BUCKETS_MAX,
  REPORT_EXPORT_FORMATS,
  ReportExportFormat,
  ReportExportQuery,
} from '@parley/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { ISO_MOMENT } from '../analytics-range';
import { canonicalTimeZone } from '../time-zone';

const IsTimeZone = (): PropertyDecorator =>
  ValidateBy({
    name: 'isTimeZone',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && canonicalTimeZone(value) !== undefined,
      defaultMessage: () => 'tz must be an IANA time zone such as Europe/Paris',
    },
  });

const MOMENT_HELP = 'ISO 8601; with an offset an instant, without one (2025-03-01) a wall time in tz';

/** `from`, `to`, `tz`, `interval`, `buckets` of every report; the range rules are checked by the service. */
export class AnalyticsQueryDto implements AnalyticsQuery {
  @ApiPropertyOptional({ description: `start, inclusive (default: 30 days before to). ${MOMENT_HELP}`, example: '2025-03-01' })
  @IsOptional()
  @IsString()
  @Matches(ISO_MOMENT, { message: 'from must be an ISO 8601 date or date-time' })
  from?: string;

  @ApiPropertyOptional({ description: `end, exclusive (default: now). ${MOMENT_HELP}`, example: '2025-04-01' })
  @IsOptional()
  @IsString()
  @Matches(ISO_MOMENT, { message: 'to must be an ISO 8601 date or date-time' })
  to?: string;

  @ApiPropertyOptional({ description: 'IANA time zone of day boundaries and buckets', default: 'UTC', example: 'Europe/Paris' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @IsTimeZone()
  tz?: string;

  @ApiPropertyOptional({ enum: ANALYTICS_INTERVALS, default: 'day', description: 'bucket width of time series' })
  @IsOptional()
  @IsIn(ANALYTICS_INTERVALS)
  interval?: AnalyticsInterval;

  @ApiPropertyOptional({ minimum: 1, maximum: CONFIDENCE_BUCKETS_MAX, default: CONFIDENCE_BUCKETS_DEFAULT, description: 'confidence histogram buckets' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(CONFIDENCE_BUCKETS_MAX)
  buckets?: number;
}

export class ReportExportQueryDto extends AnalyticsQueryDto implements ReportExportQuery {
  @ApiProperty({ enum: ANALYTICS_REPORTS })
  @IsIn(ANALYTICS_REPORTS)
  report!: AnalyticsReport;

  @ApiProperty({ enum: REPORT_EXPORT_FORMATS })
  @IsIn(REPORT_EXPORT_FORMATS)
  format!: ReportExportFormat;
}
