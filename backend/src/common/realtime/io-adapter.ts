import type { INestApplicationContext } from '@nestjs/common';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import type Redis from 'ioredis';
import type { IncomingMessage } from 'node:http';
import type { Server, ServerOptions } from 'socket.io';
import { isSecureRequest } from '../http/tls-enforcement';

export interface SocketServerSettings {
  /** As for HTTP CORS; `['*']` allows any site (sockets authenticate with tokens, never cookies). */
  allowedOrigins: string[];
  /** The largest message a client may send. */
  maxBytes: number;
  /** With Redis, every process's sockets hear every broadcast, so several processes serve one desk. */
  redis: Redis | null;
  /** TLS_ENFORCE: a handshake or upgrade not over TLS (here or at the trusted proxy) is refused. */
  requireTls: boolean;
  trustProxy: boolean;
}

/** Engine.IO judges every handshake and upgrade request with this: plain ones are refused. */
function refuseUnlessTls(trustProxy: boolean): NonNullable<ServerOptions['allowRequest']> {
  return (request: IncomingMessage, allow: (error: string | null | undefined, success: boolean) => void) => {
    const secure = isSecureRequest(request, trustProxy);
    allow(secure ? null : 'HTTPS is required', secure);
  };
}

/** The Socket.IO server of the app: CORS and size limits from the config, the Redis adapter when scaled out. */
export class ParleyIoAdapter extends IoAdapter {
  private readonly redisClients: Redis[] = [];

  constructor(
    app: INestApplicationContext,
    private readonly settings: SocketServerSettings,
  ) {
    super(app);
  }

  override createIOServer(port: number, options?: ServerOptions): Server {
    const { allowedOrigins, maxBytes, redis, requireTls, trustProxy } = this.settings;
    const server: Server = super.createIOServer(port, {
      ...options,
      cors: { origin: allowedOrigins.includes('*') ? true : allowedOrigins, credentials: false },
      maxHttpBufferSize: maxBytes,
      ...(requireTls ? { allowRequest: refuseUnlessTls(trustProxy) } : {}),
    });
    if (redis) {
      // Subscribed connections cannot run other commands: the adapter needs two of its own.
      const pub = redis.duplicate();
      const sub = redis.duplicate();
      this.redisClients.push(pub, sub);
      server.adapter(createAdapter(pub, sub));
    }
    return server;
  }

  override async dispose(): Promise<void> {
    await Promise.all(this.redisClients.map((client) => client.quit().catch(() => client.disconnect())));
  }
}
