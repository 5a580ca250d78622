import {
  AGENT_NAMESPACE,
  AgentClientToServer,
  AgentServerToClient,
  CreateChatSessionResponse,
  HandshakeErrorData,
  WIDGET_NAMESPACE,
  WidgetClientToServer,
  WidgetServerToClient,
  WidgetHandshakeAuth,
} from '@parley/contracts';
import type { AddressInfo } from 'node:net';
import { Socket, io } from 'socket.io-client';
import type { TestApp } from './test-app';

// Generous: CI runs two suites at once on a small machine.
const WAIT_MS = 10_000;

/** A well-formed session or message id that no row has. */
export const UNKNOWN_ID = '0190a000-0000-7000-8000-000000000000';

/** Makes the test app listen on a free port and answers its base URL. */
export async function listen(t: TestApp): Promise<string> {
  await t.app.listen(0, '127.0.0.1');
  const address = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}

export async function startVisitorSession(t: TestApp, body: object = {}): Promise<CreateChatSessionResponse> {
  const response = await t.http.post('/chat/sessions').send(body);
  if (response.status !== 201) throw new Error(`creating a session failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as CreateChatSessionResponse;
}

export interface Received {
  event: string;
  payload: unknown;
}

/** A real socket.io-client connection that records every server event in arrival order. */
export class TestClient<Listen extends object, Emit extends object> {
  readonly received: Received[] = [];

  constructor(readonly socket: Socket) {
    socket.onAny((event: string, payload: unknown) => this.received.push({ event, payload }));
  }

  /** Sends an event and waits for its ack. */
  send<E extends keyof Emit & string>(event: E, payload?: unknown): Promise<AckOf<Emit[E]>> {
    return this.socket.timeout(WAIT_MS).emitWithAck(event, payload) as Promise<AckOf<Emit[E]>>;
  }

  /** Sends with extra or no arguments, as a misbehaving client would. */
  sendRaw(event: string, ...args: unknown[]): Promise<unknown> {
    return this.socket.timeout(WAIT_MS).emitWithAck(event, ...args);
  }

  /** The payloads of one event received so far. */
  all<E extends keyof Listen & string>(event: E): PayloadOf<Listen[E]>[] {
    return this.received.filter((item) => item.event === event).map((item) => item.payload as PayloadOf<Listen[E]>);
  }

  /** The first payload of an event that matches, waiting for it to arrive if need be. */
  async waitFor<E extends keyof Listen & string>(
    event: E,
    matches: (payload: PayloadOf<Listen[E]>) => boolean = () => true,
  ): Promise<PayloadOf<Listen[E]>> {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const found = this.all(event).find(matches);
      if (found !== undefined) return found;
      if (Date.now() > deadline) {
        throw new Error(`no matching "${event}" within ${WAIT_MS} ms; got ${JSON.stringify(this.received.map((item) => item.event))}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Lets in-flight events arrive, for assertions that something did not happen. */
  settle(ms = 150): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  close(): void {
    this.socket.disconnect();
  }
}

type AckOf<F> = F extends (payload: never, ack: (answer: infer A) => void) => void ? A : never;
type PayloadOf<F> = F extends (payload: infer P) => void ? P : never;

export type WidgetClient = TestClient<WidgetServerToClient, WidgetClientToServer>;
export type AgentClient = TestClient<AgentServerToClient, AgentClientToServer>;

function open(url: string, namespace: string, auth: object, extraHeaders?: Record<string, string>): Socket {
  return io(`${url}${namespace}`, { auth, extraHeaders, transports: ['websocket'], reconnection: false, forceNew: true });
}

function connected<C extends TestClient<object, object>>(client: C): Promise<C> {
  return new Promise((resolve, reject) => {
    client.socket.once('connect', () => resolve(client));
    client.socket.once('connect_error', reject);
  });
}

export function connectWidget(url: string, auth: Partial<WidgetHandshakeAuth> | object): Promise<WidgetClient> {
  return connected(new TestClient<WidgetServerToClient, WidgetClientToServer>(open(url, WIDGET_NAMESPACE, auth)));
}

/** `headers` go with the handshake, as a proxy in front of the desk would add them. */
export function connectAgent(url: string, token: string, headers?: Record<string, string>): Promise<AgentClient> {
  return connected(new TestClient<AgentServerToClient, AgentClientToServer>(open(url, AGENT_NAMESPACE, { token }, headers)));
}

/** How a handshake was refused: the `connect_error` message and `data.code`. */
export async function refusal(url: string, namespace: string, auth: object): Promise<{ message: string; code?: string }> {
  const socket = open(url, namespace, auth);
  try {
    return await new Promise((resolve, reject) => {
      socket.once('connect', () => reject(new Error('the handshake was accepted')));
      socket.once('connect_error', (error: Error & { data?: HandshakeErrorData }) => resolve({ message: error.message, code: error.data?.code }));
    });
  } finally {
    socket.disconnect();
  }
}

/** Narrows an ack to its success shape, failing the test with the error otherwise. */
export function ok<A extends { ok: boolean }>(ack: A): Extract<A, { ok: true }> {
  if (!ack.ok) throw new Error(`expected an ok ack, got ${JSON.stringify(ack)}`);
  return ack as Extract<A, { ok: true }>;
}
