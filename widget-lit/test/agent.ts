import {
  AGENT_NAMESPACE,
  AgentEvents,
  type AgentClientToServer,
  type AgentServerToClient,
  type SeenEvent,
  type StaffMessageDto,
  type TypingEvent,
} from '@parley/contracts';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { createStaff } from './backend';

export { eventually } from '@parley/testing';

/** An agent at the console, played by a socket.io-client on `/agent` (what the Angular console speaks). */
export class TestAgent {
  readonly messages: StaffMessageDto[] = [];
  readonly typing: TypingEvent[] = [];
  readonly seen: SeenEvent[] = [];

  private constructor(
    readonly name: string,
    private readonly socket: Socket<AgentServerToClient, AgentClientToServer>,
  ) {
    socket.on('message', (message) => this.messages.push(message));
    socket.on('typing', (event) => this.typing.push(event));
    socket.on('seen', (event) => this.seen.push(event));
  }

  /** Creates an agent account through the API (as the super admin), signs in and connects. */
  static async connect(url: string, name: string): Promise<TestAgent> {
    const { token } = await createStaff(url, name, ['agent']);
    const socket: Socket<AgentServerToClient, AgentClientToServer> = io(url + AGENT_NAMESPACE, { auth: { token }, transports: ['websocket'], forceNew: true });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    return new TestAgent(name, socket);
  }

  async claim(sessionId: string): Promise<void> {
    const ack = await this.socket.emitWithAck(AgentEvents.claim, { sessionId });
    if (!ack.ok) throw new Error(`claim failed: ${ack.error.code} ${ack.error.message}`);
  }

  async say(sessionId: string, text: string): Promise<StaffMessageDto> {
    const ack = await this.socket.emitWithAck(AgentEvents.message, { sessionId, clientMessageId: randomUUID(), text });
    if (!ack.ok) throw new Error(`message failed: ${ack.error.code} ${ack.error.message}`);
    return ack.message;
  }

  async setTyping(sessionId: string, typing: boolean): Promise<void> {
    await this.socket.emitWithAck(AgentEvents.typing, { sessionId, typing });
  }

  close(): void {
    this.socket.disconnect();
  }
}
