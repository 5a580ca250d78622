import { HttpStatus } from '@nestjs/common';
import type { ErrorCode } from '@parley/contracts';

const STATUS_BY_CODE: Record<ErrorCode, HttpStatus> = {
  VALIDATION_FAILED: HttpStatus.BAD_REQUEST,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  UNAUTHORIZED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  CONFLICT: HttpStatus.CONFLICT,
  INVALID_STATE: HttpStatus.CONFLICT,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  SERVICE_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  INTERNAL: HttpStatus.INTERNAL_SERVER_ERROR,
};

/**
 * A failure with a stable code that clients can switch on. Services throw it; the exception filter
 * turns it into an HTTP answer and the socket layer into an error ack.
 */
export class AppException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: string[],
    /** With RATE_LIMITED: when the client may try again (HTTP sends it as Retry-After). */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'AppException';
  }

  get status(): HttpStatus {
    return STATUS_BY_CODE[this.code];
  }

  static notFound(what: string): AppException {
    return new AppException('NOT_FOUND', `${what} was not found`);
  }

  static validation(message: string, details?: string[]): AppException {
    return new AppException('VALIDATION_FAILED', message, details);
  }

  static rateLimited(message: string, retryAfterMs: number): AppException {
    return new AppException('RATE_LIMITED', message, undefined, Math.max(1000, retryAfterMs));
  }
}

export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case HttpStatus.BAD_REQUEST:
    case HttpStatus.UNPROCESSABLE_ENTITY:
      return 'VALIDATION_FAILED';
    case HttpStatus.UNAUTHORIZED:
      return 'UNAUTHORIZED';
    case HttpStatus.FORBIDDEN:
      return 'FORBIDDEN';
    case HttpStatus.NOT_FOUND:
    case HttpStatus.METHOD_NOT_ALLOWED:
      return 'NOT_FOUND';
    case HttpStatus.CONFLICT:
      return 'CONFLICT';
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return 'PAYLOAD_TOO_LARGE';
    case HttpStatus.TOO_MANY_REQUESTS:
      return 'RATE_LIMITED';
    case HttpStatus.SERVICE_UNAVAILABLE:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED';
  }
}
