import {
  WIDGET_NAMESPACE,
  type CreateChatSessionRequest,
  type CreateChatSessionResponse,
  type MessageDto,
  type Role,
  type SessionStatus,
  type WidgetClientToServer,
  type WidgetServerToClient,
} from '@parley/contracts';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { eventually, requestJson, signIn } from '@parley/testing';
import { ROOT } from './backend';

export interface StaffAccount {
  email: string;
  password: string;
  name: string;
}

/** A staff account created through the API by the super admin. */
export async function createStaff(url: string, name: string, roles: Role[]): Promise<StaffAccount> {
  const root = await signIn(url, ROOT.email, ROOT.password);
  const account = { email: `${name.toLowerCase().replace(/\W+/g, '.')}.${randomUUID().slice(0, 8)}@console.test`, password: `password-${randomUUID()}`, name };
  await requestJson(url, '/admin/users', { token: root, body: { ...account, roles } });
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

  static async connect(url: string, request: CreateChatSessionRequest = {}): Promise<TestVisitor> {
    const session = await requestJson<CreateChatSessionResponse>(url, '/chat/sessions', { body: request });
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
