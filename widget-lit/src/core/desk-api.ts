import {
  WIDGET_NAMESPACE,
  type CreateChatSessionRequest,
  type CreateChatSessionResponse,
  type HandshakeErrorData,
  type WidgetClientToServer,
  type WidgetHandshakeAuth,
  type WidgetServerToClient,
} from '@parley/contracts';
import { io, type Socket } from 'socket.io-client';

export type WidgetSocket = Socket<WidgetServerToClient, WidgetClientToServer>;

/** `refused`: asking again will not help (a bad identity token, a desk that requires one). */
export type SessionOpening = CreateChatSessionResponse | 'refused' | 'retry';

/** `POST /chat/sessions`. Network failures, 429 and 5xx are worth retrying; other refusals are not. */
export async function openSession(serverUrl: string, request: CreateChatSessionRequest): Promise<SessionOpening> {
  try {
    const response = await fetch(`${serverUrl}/chat/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(request),
    });
    if (response.ok) return (await response.json()) as CreateChatSessionResponse;
    return response.status < 500 && response.status !== 429 ? 'refused' : 'retry';
  } catch {
    return 'retry';
  }
}

/**
 * The `/widget` socket. `handshake` is asked on every (re)connect, so a reconnect names the current
 * session and the last message held. WebSocket first, long-polling where WebSockets are blocked;
 * reconnects back off from 1 s to 10 s with jitter.
 */
export function connectWidgetSocket(serverUrl: string, handshake: () => WidgetHandshakeAuth): WidgetSocket {
  const base = new URL(serverUrl);
  return io(base.origin + WIDGET_NAMESPACE, {
    // A desk behind a path prefix serves Socket.IO under that prefix too.
    path: `${base.pathname.replace(/\/$/, '')}/socket.io`,
    auth: (callback) => callback(handshake()),
    transports: ['websocket', 'polling'],
    tryAllTransports: true,
    reconnectionDelay: 1000,
    reconnectionDelayMax: 10_000,
    forceNew: true,
  });
}

/** Why the server refused the handshake, when it did (a network failure has no code). */
export function refusalCode(error: Error): HandshakeErrorData['code'] | undefined {
  return (error as Error & { data?: Partial<HandshakeErrorData> }).data?.code;
}
