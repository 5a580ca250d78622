import { Inject, Logger, UseFilters } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { AGENT_NAMESPACE, AgentEvents, EmptyAck, PresenceAck, SessionAck, StaffMessageAck } from '@parley/contracts';
import { AppException } from '../../common/errors/app.exception';
import { clientAddress } from '../../common/http/client-address';
import { SocketAckFilter } from '../../common/realtime/socket-ack.filter';
import { parsePayload } from '../../common/realtime/socket-payload';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { AccessTokenService } from '../auth/access-token.service';
import type { AuthenticatedUser } from '../auth/auth.types';
import { toStaffMessageDto } from '../messages/dto/message.mapper';
import { toSessionDto } from '../sessions/dto/session.mapper';
import { SessionsService } from '../sessions/sessions.service';
import { AgentChatService } from './agent-chat.service';
import { AutoAssignService } from './auto-assign.service';
import { AgentHandshakeDto, AgentMessageDto, AgentTypingDto, PresenceDto, SessionRefDto } from './dto/socket-payloads.dto';
import { ChatBroadcaster } from './realtime/chat-broadcaster';
import { handshakeMiddleware } from './realtime/handshake';
import { AGENTS_ROOM, AgentNamespace, AgentSocket, sessionRoom, staffRoom } from './realtime/socket-types';

/** The staff console: the queue, watching and answering sessions, presence. */
@WebSocketGateway({ namespace: AGENT_NAMESPACE })
@UseFilters(SocketAckFilter)
export class AgentGateway implements OnGatewayInit<AgentNamespace>, OnGatewayConnection<AgentSocket> {
  private readonly logger = new Logger('AgentGateway');

  constructor(
    private readonly accessTokens: AccessTokenService,
    private readonly agents: AgentChatService,
    private readonly sessions: SessionsService,
    private readonly autoAssign: AutoAssignService,
    private readonly broadcaster: ChatBroadcaster,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  afterInit(namespace: AgentNamespace): void {
    this.broadcaster.attachAgents(namespace);
    namespace.use(handshakeMiddleware((socket: AgentSocket) => this.authenticate(socket)));
  }

  /**
   * Every console starts from the current queue and in the rooms of the sessions its agent has, so
   * a reconnect after a network blip misses nothing; an agent coming online may get waiting sessions.
   */
  async handleConnection(socket: AgentSocket): Promise<void> {
    try {
      const assigned = await this.sessions.assignedTo(socket.data.userId);
      await socket.join([AGENTS_ROOM, staffRoom(socket.data.userId), ...assigned.map(sessionRoom)]);
      socket.emit('queue', { sessions: await this.sessions.queue() });
      if (socket.data.mayTakeSessions) await this.autoAssign.drain();
    } catch (error) {
      // Nest does not await this hook: a failure must not become an unhandled rejection.
      this.logger.error({ err: error }, 'Preparing a staff connection failed; dropping it so it retries');
      socket.disconnect(true);
    }
  }

  @SubscribeMessage(AgentEvents.join)
  async join(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown): Promise<SessionAck> {
    const { sessionId } = parsePayload(SessionRefDto, body);
    const session = await this.agents.join(await this.user(socket), sessionId.toLowerCase());
    await socket.join(sessionRoom(session.id));
    return { ok: true, session: toSessionDto(session) };
  }

  @SubscribeMessage(AgentEvents.leave)
  async leave(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown): Promise<EmptyAck> {
    const { sessionId } = parsePayload(SessionRefDto, body);
    await socket.leave(sessionRoom(sessionId.toLowerCase()));
    return { ok: true };
  }

  @SubscribeMessage(AgentEvents.message)
  async message(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown): Promise<StaffMessageAck> {
    const payload = parsePayload(AgentMessageDto, body);
    const message = await this.agents.send(await this.user(socket), { ...payload, sessionId: payload.sessionId.toLowerCase() });
    return { ok: true, message: toStaffMessageDto(message) };
  }

  @SubscribeMessage(AgentEvents.typing)
  async typing(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown): Promise<EmptyAck> {
    const { sessionId, typing } = parsePayload(AgentTypingDto, body);
    const { event, visitorSees } = await this.agents.typing(await this.user(socket), sessionId.toLowerCase(), typing);
    if (visitorSees) this.broadcaster.visitor(event.sessionId)?.emit('typing', event);
    socket.to(sessionRoom(event.sessionId)).emit('typing', event);
    return { ok: true };
  }

  @SubscribeMessage(AgentEvents.claim)
  async claim(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown): Promise<SessionAck> {
    const { sessionId } = parsePayload(SessionRefDto, body);
    const session = await this.agents.claim(await this.user(socket), sessionId.toLowerCase());
    await socket.join(sessionRoom(session.id));
    return { ok: true, session: toSessionDto(session) };
  }

  @SubscribeMessage(AgentEvents.release)
  async release(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown): Promise<SessionAck> {
    const { sessionId } = parsePayload(SessionRefDto, body);
    return { ok: true, session: toSessionDto(await this.agents.release(await this.user(socket), sessionId.toLowerCase())) };
  }

  @SubscribeMessage(AgentEvents.close)
  async close(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown): Promise<SessionAck> {
    const { sessionId } = parsePayload(SessionRefDto, body);
    const actor = { user: await this.user(socket), ip: socket.data.ip };
    return { ok: true, session: toSessionDto(await this.agents.close(actor, sessionId.toLowerCase())) };
  }

  @SubscribeMessage(AgentEvents.presence)
  async presence(@ConnectedSocket() socket: AgentSocket, @MessageBody() body: unknown): Promise<PresenceAck> {
    const { status } = parsePayload(PresenceDto, body);
    const user = await this.user(socket);
    socket.data.mayTakeSessions = user.permissions.includes('sessions:claim');
    if (status === 'online' && socket.data.presence !== 'online') socket.data.onlineSince = Date.now();
    socket.data.presence = status;
    if (status === 'online') await this.autoAssign.drain();
    return { ok: true, status };
  }

  private async authenticate(socket: AgentSocket): Promise<void> {
    const { token } = parsePayload(AgentHandshakeDto, socket.handshake.auth);
    const user = await this.accessTokens.verify(token);
    if (!user.permissions.includes('sessions:read')) throw new AppException('FORBIDDEN', 'This needs the sessions:read permission');
    socket.data.userId = user.id;
    socket.data.mayTakeSessions = user.permissions.includes('sessions:claim');
    socket.data.presence = 'online';
    socket.data.onlineSince = Date.now();
    socket.data.ip = clientAddress(socket.request, this.config.trustProxy);
  }

  private user(socket: AgentSocket): Promise<AuthenticatedUser> {
    return this.agents.current(socket.data.userId);
  }
}
