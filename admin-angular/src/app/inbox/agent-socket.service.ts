import { Injectable, inject } from '@angular/core';
import {
  AGENT_NAMESPACE,
  AgentClientToServer,
  AgentHandshakeAuth,
  AgentServerToClient,
  HandshakeErrorData,
  ServerEvents,
} from '@parley/contracts';
import { Socket, io } from 'socket.io-client';
import { API_BASE_URL } from '../core/api/parley-api.generated';
import { AuthStore } from '../core/auth/auth.store';
import { AgentAck, AgentEventName, AgentPayload, AgentSocket, AgentSocketListener, localFailure } from './agent-socket';

const ACK_TIMEOUT_MS = 10_000;
/** The server drops a connection it failed to prepare "so it retries": wait a moment first. */
const SERVER_DROP_RETRY_MS = 1_000;

type TypedSocket = Socket<AgentServerToClient, AgentClientToServer>;
type RefusalError = Error & { data?: Partial<HandshakeErrorData> };

/** Why the server refused the handshake, in words (docs/socket-protocol.md, "Handshake and refusal"). */
export function describeRefusal(error: RefusalError): string | null {
  switch (error.data?.code) {
    case 'UNAUTHORIZED':
      return 'Your sign-in has expired. Please sign in again.';
    case 'FORBIDDEN':
      return 'Your account may not watch conversations.';
    case 'VALIDATION_FAILED':
      return `The server refused the connection: ${error.message}`;
    case 'INTERNAL':
      return 'The server failed to accept the connection. Try again later.';
    default:
      return null;
  }
}

/** The real `/agent` Socket.IO connection, authenticated with the staff access token. */
@Injectable()
export class SocketIoAgentSocket extends AgentSocket {
  private readonly auth = inject(AuthStore);
  private readonly base = inject(API_BASE_URL);
  private socket: TypedSocket | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** An expired token gets one refresh per refusal streak; a second refusal is final. */
  private refreshedSinceConnect = false;

  connect(listener: AgentSocketListener): void {
    this.disconnect();
    listener.connection({ kind: 'connecting' });
    // `auth` as a function is read on every attempt, so reconnects carry the newest token.
    const socket: TypedSocket = io(`${this.base}${AGENT_NAMESPACE}`, {
      auth: (send) => send({ token: this.auth.accessToken() ?? '' } satisfies AgentHandshakeAuth),
      forceNew: true,
    });
    this.socket = socket;

    socket.on('connect', () => {
      this.refreshedSinceConnect = false;
      listener.connection({ kind: 'connected' });
      listener.connected();
    });
    socket.on('disconnect', (reason) => {
      if (reason === 'io client disconnect') return;
      listener.connection({ kind: 'reconnecting' });
      if (!socket.active) this.retryTimer = setTimeout(() => socket.connect(), SERVER_DROP_RETRY_MS);
    });
    socket.on('connect_error', (error: RefusalError) => this.refused(socket, error, listener));
    socket.on(ServerEvents.queue, (event) => listener.queue(event));
    socket.on(ServerEvents.sessionCreated, (session) => listener.session(session));
    socket.on(ServerEvents.sessionUpdated, (session) => listener.session(session));
    socket.on(ServerEvents.message, (message) => listener.message(message));
    socket.on(ServerEvents.messageDelta, (event) => listener.delta(event));
    socket.on(ServerEvents.typing, (event) => listener.typing(event));
  }

  disconnect(): void {
    clearTimeout(this.retryTimer);
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
  }

  async send<E extends AgentEventName>(event: E, payload: AgentPayload<E>): Promise<AgentAck<E>> {
    const socket = this.socket;
    // Socket.IO would buffer the event until the connection is back; say so now instead.
    if (!socket?.connected) return localFailure('Not connected to the server. Wait for the connection to come back and try again.') as AgentAck<E>;
    try {
      // The typed event map cannot follow a generic event name; the signature above keeps callers typed.
      const answer: unknown = await (socket as unknown as Socket).timeout(ACK_TIMEOUT_MS).emitWithAck(event, payload);
      return answer as AgentAck<E>;
    } catch {
      return localFailure('The server did not answer in time. Try again.') as AgentAck<E>;
    }
  }

  /**
   * A refusal by the server's middleware is final for Socket.IO (no automatic retry); a transport
   * failure is retried by the manager. An expired access token is refreshed once, then retried.
   */
  private refused(socket: TypedSocket, error: RefusalError, listener: AgentSocketListener): void {
    const described = describeRefusal(error);
    if (described === null) {
      listener.connection({ kind: 'reconnecting' });
      return;
    }
    if (error.data?.code === 'UNAUTHORIZED' && !this.refreshedSinceConnect) {
      this.refreshedSinceConnect = true;
      listener.connection({ kind: 'connecting' });
      try {
        this.auth.refresh().subscribe({
          next: () => socket.connect(),
          error: () => listener.connection({ kind: 'error', message: described }),
        });
      } catch {
        listener.connection({ kind: 'error', message: described });
      }
      return;
    }
    listener.connection({ kind: 'error', message: described });
  }
}
