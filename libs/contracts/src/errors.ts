/**
 * The closed set of error codes a client can switch on, shared by HTTP error bodies and socket
 * error acks.
 */
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  'RATE_LIMITED',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_STATE',
  'PAYLOAD_TOO_LARGE',
  'SERVICE_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Body of every HTTP error answer. */
export interface ErrorResponse {
  statusCode: number;
  error: string;
  code: ErrorCode;
  message: string;
  /** Each failed constraint, when the request did not validate. */
  details?: string[];
  requestId: string;
}

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** Present with RATE_LIMITED: when the client may try again. */
  retryAfterMs?: number;
}
