import {
  WIDGET_NAMESPACE,
  type CreateChatSessionResponse,
  type LoginResponse,
  type MessageDto,
  type Role,
  type SessionStatus,
  type WidgetClientToServer,
  type WidgetServerToClient,
} from '@parley/contracts';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { ROOT } from './backend';

/** One JSON request to the API; a non-2xx answer throws with the server's words. */
export async function call<T>(url: string, path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<T> {
  const method = init.method ?? (init.body ? 'POST' : 'GET');
  const response = await fetch(url + path, {
    method,
    headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export async function signIn(url: string, email: string, password: string): Promise<string> {
  return (await call<LoginResponse>(url, '/auth/login', { body: { email, password } })).accessToken;
}

export interface StaffAccount {
  email: string;
  password: string;
  name: string;
}

/** A staff account created through the API by the super admin. */
export async function createStaff(url: string, name: string, roles: Role[]): Promise<StaffAccount> {
  const root = await signIn(url, ROOT.email, ROOT.password);
  const account = { email: `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@console.test`, password: `password-${randomUUID()}`, name };
  await call(url, '/admin/users', { token: root, body: { ...account, roles } });
  return account;
}

/** A website visitor talking through the widget protocol (what `<support-chat>` speaks). */
export class TestVisitor {
  readonly messages: MessageDto[] = [];
  /** The session's status as the server last told the widget. */
  status: SessionStatus | undefined;

  private constructor(
    readonly sessionId: string,
    private readonly socket: Socket<WidgetServerToClient, WidgetClientToServer>,
  ) {
    socket.on('message', (message) => this.messages.push(message));
    socket.on('session', (state) => (this.status = state.status));
  }

  static async connect(url: string, userMeta: Record<string, unknown> = {}): Promise<TestVisitor> {
    const session = await call<CreateChatSessionResponse>(url, '/chat/sessions', { body: { userMeta } });
    const socket: Socket<WidgetServerToClient, WidgetClientToServer> = io(url + WIDGET_NAMESPACE, {
      auth: { sessionId: session.sessionId, visitorToken: session.visitorToken },
      transports: ['websocket'],
      forceNew: true,
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return new TestVisitor(session.sessionId, socket);
  }

  async say(text: string): Promise<void> {
    const ack = await this.socket.emitWithAck('visitor:message', { clientMessageId: randomUUID(), text });
    if (!ack.ok) throw new Error(`visitor message failed: ${ack.error.code} ${ack.error.message}`);
  }

  /** Asks for a person; the bot may already have handed over on its own (a doubtful answer). */
  async askForHuman(): Promise<void> {
    if (this.status === 'needs_human') return;
    const ack = await this.socket.emitWithAck('visitor:request-human', {});
    if (!ack.ok && !(ack.error.code === 'INVALID_STATE' && (await this.statusBecomes('needs_human')))) {
      throw new Error(`request-human failed: ${ack.error.code} ${ack.error.message}`);
    }
  }

  private async statusBecomes(status: SessionStatus): Promise<boolean> {
    return eventually(() => this.status === status, `status ${status}`, 2000).catch(() => false);
  }

  close(): void {
    this.socket.close();
  }
}

/** Polls until `probe` returns something (not undefined / false), or fails naming `what`. */
export async function eventually<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
