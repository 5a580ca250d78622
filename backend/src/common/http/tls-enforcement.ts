import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TLSSocket } from 'node:tls';

/** Load balancers probe over plain HTTP inside their network: health checks stay reachable. */
const OPEN_PATHS = /^\/health(?:\/|$|\?)/;

/** Over TLS here, or (only when the proxy is trusted) over TLS to the proxy in front. */
export function isSecureRequest(request: IncomingMessage, trustProxy: boolean): boolean {
  if ((request.socket as Partial<TLSSocket>).encrypted) return true;
  if (!trustProxy) return false;
  const forwarded = request.headers['x-forwarded-proto'];
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https' || first === 'wss';
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();
}

/**
 * With TLS_ENFORCE: a plain-HTTP request is redirected (308 keeps the method) when it is safe to
 * repeat, and refused otherwise, since its body has already crossed the network in clear.
 */
export function tlsEnforcement(trustProxy: boolean) {
  return (request: IncomingMessage & { originalUrl?: string }, response: ServerResponse, next: () => void): void => {
    const url = request.originalUrl ?? request.url ?? '/';
    if (isSecureRequest(request, trustProxy) || OPEN_PATHS.test(url)) return next();
    const method = request.method ?? 'GET';
    if (method === 'GET' || method === 'HEAD') {
      const host = (trustProxy ? header(request, 'x-forwarded-host') : undefined) ?? header(request, 'host') ?? 'localhost';
      response.writeHead(308, { location: `https://${host}${url}` }).end();
      return;
    }
    const requestId = header(request, 'x-request-id');
    response.writeHead(403, { 'content-type': 'application/json; charset=utf-8' }).end(
      JSON.stringify({ statusCode: 403, error: 'Forbidden', code: 'FORBIDDEN', message: 'HTTPS is required', ...(requestId ? { requestId } : {}) }),
    );
  };
}
