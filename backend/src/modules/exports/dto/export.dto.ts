import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { EXPORT_FORMATS, ExportFormat, SessionExportRequest } from '@parley/contracts';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, ValidateNested } from 'class-validator';
import { SessionListQueryDto } from '../../sessions/dto/session.dto';

/** The filters of `GET /admin/sessions`, with the same rules, without paging. */
export class SessionExportFiltersDto extends OmitType(SessionListQueryDto, ['limit', 'cursor'] as const) {}

export class SessionExportDto implements Omit<SessionExportRequest, 'filters'> {
  @ApiProperty({ enum: EXPORT_FORMATS, description: 'csv (RFC 4180, UTF-8 with BOM), json (one array) or ndjson (one session a line)' })
  @IsIn(EXPORT_FORMATS)
  format!: ExportFormat;

  @ApiPropertyOptional({ type: SessionExportFiltersDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => SessionExportFiltersDto)
  filters?: SessionExportFiltersDto;

  @ApiPropertyOptional({ default: false, description: 'each session with its messages, internal notes flagged' })
  @IsOptional()
  @IsBoolean()
  includeMessages?: boolean;
}
