import { ArgumentsHost, Catch, Logger, WsExceptionFilter } from '@nestjs/common';
import type { AckError } from '@parley/contracts';
import { toErrorInfo } from './error-info';

/**
 * Turns any exception of a socket handler into the error ack, so a client is never left waiting
 * (Nest's default only emits an `exception` event) and is never disconnected for bad input.
 */
@Catch()
export class SocketAckFilter implements WsExceptionFilter {
  private readonly logger = new Logger('SocketAckFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    // Socket handlers are called with (socket, payload, ack, pattern).
    const ack: unknown = host.getArgByIndex(2);
    const pattern: unknown = host.getArgByIndex(3);
    const { internal, ...error } = toErrorInfo(exception);
    if (internal) this.logger.error({ err: exception, event: pattern }, 'Socket event failed');
    if (typeof ack === 'function') {
      const answer: AckError = { ok: false, error };
      (ack as (answer: AckError) => void)(answer);
    }
  }
}
