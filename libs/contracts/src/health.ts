export type HealthStatus = 'ok' | 'error';

export interface HealthResponse {
  status: HealthStatus;
  /** Per dependency, only on the readiness check. */
  checks?: Record<string, { status: 'up' | 'down'; message?: string }>;
}
