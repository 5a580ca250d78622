import type { HealthCheckResult } from '@nestjs/terminus';
import type { HealthResponseDto } from './health-response.dto';

export function toHealthResponse(result: HealthCheckResult): HealthResponseDto {
  const checks: HealthResponseDto['checks'] = {};
  for (const [name, detail] of Object.entries(result.details)) {
    const message = typeof detail['message'] === 'string' ? detail['message'] : undefined;
    checks[name] = { status: detail.status === 'up' ? 'up' : 'down', ...(message ? { message } : {}) };
  }
  return { status: result.status === 'ok' ? 'ok' : 'error', checks };
}
