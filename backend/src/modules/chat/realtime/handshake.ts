import { Logger } from '@nestjs/common';
import type { HandshakeErrorData } from '@parley/contracts';
import { toErrorInfo } from '../../../common/realtime/error-info';

const HANDSHAKE_CODES: readonly HandshakeErrorData['code'][] = ['UNAUTHORIZED', 'FORBIDDEN', 'VALIDATION_FAILED'];
const logger = new Logger('SocketHandshake');

type Next = (error?: Error) => void;

/**
 * Runs a namespace's handshake check as Socket.IO middleware, so a refused client gets
 * `connect_error` with `data: { code }` and is never connected at all.
 */
export function handshakeMiddleware<S>(check: (socket: S) => Promise<void>): (socket: S, next: Next) => void {
  return (socket, next) => {
    check(socket).then(
      () => next(),
      (error: unknown) => {
        const { internal, code, message } = toErrorInfo(error);
        if (internal) logger.error({ err: error }, 'Socket handshake failed');
        const refusal = new Error(message) as Error & { data: HandshakeErrorData };
        refusal.data = { code: HANDSHAKE_CODES.includes(code as HandshakeErrorData['code']) ? (code as HandshakeErrorData['code']) : 'INTERNAL' };
        next(refusal);
      },
    );
  };
}
