import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PageQueryDto } from '../../common/pagination';
import { UuidParam } from '../../common/validation/uuid-param.pipe';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { CurrentUser, RequirePermission } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/auth.types';
import { CleanupRequestDto, ReencryptRequestDto } from './dto/encryption-requests.dto';
import {
  CleanupReportDto,
  EncryptionAuditPageDto,
  EncryptionJobDto,
  EncryptionStatusDto,
  toEncryptionAuditDto,
  toJobDto,
  toStatusDto,
} from './dto/encryption-responses.dto';
import { EncryptionService } from './encryption.service';

@ApiTags('encryption')
@Controller('admin/encryption')
export class EncryptionController {
  constructor(
    private readonly encryption: EncryptionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('status')
  @RequirePermission('encryption:read')
  @ApiOperation({ summary: 'Keys in use, rows per data key, plaintext rows, the running job' })
  @ApiOkResponse({ type: EncryptionStatusDto })
  async status(): Promise<EncryptionStatusDto> {
    return toStatusDto(await this.encryption.status());
  }

  @Post('reencrypt')
  @HttpCode(202)
  @RequirePermission('encryption:manage')
  @ApiOperation({ summary: 'Re-wrap every data key under the active master key; with rewriteData, re-encrypt every field' })
  @ApiAcceptedResponse({ type: EncryptionJobDto })
  async reencrypt(@CurrentUser() actor: AuthenticatedUser, @Body() body: ReencryptRequestDto): Promise<EncryptionJobDto> {
    return toJobDto(await this.encryption.startReencryption(actor.id, body.rewriteData ?? false));
  }

  @Get('jobs/:jobId')
  @RequirePermission('encryption:read')
  @ApiOperation({ summary: 'Progress of a re-encryption job' })
  @ApiOkResponse({ type: EncryptionJobDto })
  async job(@Param('jobId', UuidParam) jobId: string): Promise<EncryptionJobDto> {
    return toJobDto(await this.encryption.job(jobId));
  }

  @Post('cleanup-plaintext')
  @HttpCode(200)
  @RequirePermission('encryption:manage')
  @ApiOperation({ summary: 'Encrypt every field still stored in plaintext (or, dry run, count them)' })
  @ApiOkResponse({ type: CleanupReportDto })
  async cleanup(@CurrentUser() actor: AuthenticatedUser, @Body() body: CleanupRequestDto): Promise<CleanupReportDto> {
    return this.encryption.cleanupPlaintext(actor.id, body.dryRun ?? false, this.config.encryption.batchSize);
  }

  @Get('audit')
  @RequirePermission('encryption:read')
  @ApiOperation({ summary: 'Key operations and their outcome, newest first' })
  @ApiOkResponse({ type: EncryptionAuditPageDto })
  async audit(@Query() query: PageQueryDto): Promise<EncryptionAuditPageDto> {
    const page = await this.encryption.auditPage(query.limit, query.cursor);
    return { items: page.items.map(toEncryptionAuditDto), nextCursor: page.nextCursor };
  }
}
