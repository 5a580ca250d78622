import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ErrorCode, ErrorResponse } from '@parley/contracts';
import type { Request, Response } from 'express';
import { AppException, codeForStatus } from './app.exception';

interface BodyParserError {
  type: string;
  status: number;
}

function isBodyParserError(error: unknown): error is BodyParserError {
  return typeof error === 'object' && error !== null && 'type' in error && 'status' in error;
}

interface Answer {
  status: number;
  code: ErrorCode;
  message: string;
  details?: string[];
  retryAfterMs?: number;
}

/**
 * The one place that turns any failure of an HTTP request into `{ statusCode, error, code,
 * message, requestId }`. Unknown errors become a 500 with no internals; they are logged here.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request & { id?: string }>();
    const response = http.getResponse<Response>();
    const answer = this.toAnswer(exception);
    if (answer.status >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'Request failed');
    }
    if (response.headersSent) return;
    if (answer.retryAfterMs !== undefined) response.setHeader('Retry-After', Math.ceil(answer.retryAfterMs / 1000));
    const body: ErrorResponse = {
      statusCode: answer.status,
      error: HttpStatusText[answer.status] ?? 'Error',
      code: answer.code,
      message: answer.message,
      ...(answer.details ? { details: answer.details } : {}),
      requestId: String(request.id ?? ''),
    };
    response.status(answer.status).json(body);
  }

  private toAnswer(exception: unknown): Answer {
    if (exception instanceof AppException) {
      const { status, code, message, details, retryAfterMs } = exception;
      return { status, code, message, details, retryAfterMs };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const { message, details } = describeHttpException(exception);
      return { status, code: codeForStatus(status), message, details };
    }
    if (isBodyParserError(exception)) {
      if (exception.type === 'entity.too.large') {
        return { status: 413, code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large' };
      }
      if (exception.status >= 400 && exception.status < 500) {
        return { status: exception.status, code: codeForStatus(exception.status), message: 'The request body could not be read' };
      }
    }
    return { status: HttpStatus.INTERNAL_SERVER_ERROR, code: 'INTERNAL', message: 'Internal server error' };
  }
}

function describeHttpException(exception: HttpException): { message: string; details?: string[] } {
  const response = exception.getResponse();
  if (typeof response === 'string') return { message: response };
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) {
    const details = message.map(String);
    return { message: details.join('; '), details };
  }
  return { message: typeof message === 'string' ? message : exception.message };
}

const HttpStatusText: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};
