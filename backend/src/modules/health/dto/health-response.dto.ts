import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { HealthResponse, HealthStatus } from '@parley/contracts';

export class HealthCheckDto {
  @ApiProperty({ enum: ['up', 'down'] })
  status!: 'up' | 'down';

  @ApiPropertyOptional()
  message?: string;
}

export class HealthResponseDto implements HealthResponse {
  @ApiProperty({ enum: ['ok', 'error'] })
  status!: HealthStatus;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { $ref: '#/components/schemas/HealthCheckDto' } })
  checks?: Record<string, HealthCheckDto>;
}
