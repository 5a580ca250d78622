import { HttpException } from '@nestjs/common';
import type { ErrorInfo } from '@parley/contracts';
import { AppException, codeForStatus } from '../errors/app.exception';

/**
 * The `{ code, message }` a socket client gets for any failure. Unknown errors say nothing of their
 * internals; the caller logs them (`internal: true`).
 */
export function toErrorInfo(error: unknown): ErrorInfo & { internal: boolean } {
  if (error instanceof AppException) {
    return {
      code: error.code,
      message: error.message,
      ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
      internal: error.code === 'INTERNAL',
    };
  }
  if (error instanceof HttpException && error.getStatus() < 500) {
    return { code: codeForStatus(error.getStatus()), message: error.message, internal: false };
  }
  return { code: 'INTERNAL', message: 'Internal server error', internal: true };
}
