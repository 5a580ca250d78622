import type { IncomingMessage } from 'node:http';

/**
 * The client's address as Express's `req.ip` reports it, for connections Express does not see (socket
 * handshakes): behind a trusted proxy (TRUST_PROXY) the first X-Forwarded-For entry, else the peer.
 */
export function clientAddress(request: IncomingMessage, trustProxy: boolean): string | null {
  if (trustProxy) {
    const header = request.headers['x-forwarded-for'];
    const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return request.socket.remoteAddress ?? null;
}
