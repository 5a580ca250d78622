import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { DatabaseHealthIndicator } from './database.health';
import { HealthCheckDto, HealthResponseDto } from './dto/health-response.dto';
import { toHealthResponse } from './dto/health.mapper';

@ApiTags('health')
@ApiExtraModels(HealthCheckDto)
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: DatabaseHealthIndicator,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Liveness: the process is up and serving requests' })
  @ApiOkResponse({ type: HealthResponseDto })
  live(): HealthResponseDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Readiness: the database answers' })
  @ApiOkResponse({ type: HealthResponseDto })
  @ApiServiceUnavailableResponse({ type: HealthResponseDto })
  async ready(@Res({ passthrough: true }) response: Response): Promise<HealthResponseDto> {
    const result = await this.health.check([() => this.database.check()]).catch((error: unknown) => {
      const body = (error as { response?: unknown }).response;
      if (body && typeof body === 'object' && 'status' in body) return body as Parameters<typeof toHealthResponse>[0];
      throw error;
    });
    const answer = toHealthResponse(result);
    if (answer.status !== 'ok') response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return answer;
  }
}
