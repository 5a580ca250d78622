import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ClientIp } from '../../common/http/client-ip.decorator';
import { ReportExportQueryDto } from '../analytics/dto/analytics-query.dto';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/auth.types';
import { SessionExportDto } from './dto/export.dto';
import { downloadHeaders } from './export-files';
import { ExportsService } from './exports.service';
import { HttpDownload } from './http-download';

// Downloads are written straight to the response (@Res): they are streamed, never built first.
@ApiTags('exports')
@Controller('admin')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Post('sessions/export')
  @HttpCode(200)
  @RequirePermission('export:run')
  @ApiOperation({ summary: 'Download the sessions matching the list filters (optionally with messages) as CSV, JSON or NDJSON; audited' })
  @ApiProduces('text/csv', 'application/json', 'application/x-ndjson')
  @ApiOkResponse({ description: 'The file, streamed as an attachment' })
  async exportSessions(
    @Body() body: SessionExportDto,
    @CurrentUser() user: AuthenticatedUser,
    @ClientIp() ip: string | null,
    @Res() response: Response,
  ): Promise<void> {
    const download = new HttpDownload(response, downloadHeaders('sessions', body.format));
    await this.exports.exportSessions({ user, ip }, body, download);
  }

  @Get('analytics/export')
  @RequirePermission('export:run')
  @ApiOperation({ summary: "Download one analytics report's chart data as CSV or JSON; audited" })
  @ApiProduces('text/csv', 'application/json')
  @ApiOkResponse({ description: 'The file, as an attachment' })
  async exportReport(
    @Query() query: ReportExportQueryDto,
    @CurrentUser() user: AuthenticatedUser,
    @ClientIp() ip: string | null,
    @Res() response: Response,
  ): Promise<void> {
    const download = new HttpDownload(response, downloadHeaders(query.report, query.format));
    await this.exports.exportReport({ user, ip }, query, download);
  }
}
