import { Logger, UseFilters } from '@nestjs/common';
import { ConnectedSocket, MessageBody, OnGatewayConnection, OnGatewayInit, SubscribeMessage, WebSocketGateway } from '@nestjs/websockets';
import { EmptyAck, MessageAck, SessionStateAck, VisitorEvents, WIDGET_NAMESPACE } from '@parley/contracts';
import { SocketAckFilter } from '../../common/realtime/socket-ack.filter';
import { parseEmptyPayload, parsePayload } from '../../common/realtime/socket-payload';
import { VisitorFeedbackService } from '../accuracy/visitor-feedback.service';
import { toMessageDto } from '../messages/dto/message.mapper';
import type { SessionRecord } from '../sessions/sessions.service';
import { SeenDto, TypingDto, VisitorFeedbackDto, VisitorMessageDto, WidgetHandshakeDto } from './dto/socket-payloads.dto';
import { ChatBroadcaster } from './realtime/chat-broadcaster';
import { handshakeMiddleware } from './realtime/handshake';
import { WidgetNamespace, WidgetSocket, sessionRoom } from './realtime/socket-types';
import { visitorState } from './visitor-state';
import { VisitorChatService } from './visitor-chat.service';

/** The visitor's widget: one session per socket, authenticated by its visitor token. */
@WebSocketGateway({ namespace: WIDGET_NAMESPACE })
@UseFilters(SocketAckFilter)
export class WidgetGateway implements OnGatewayInit<WidgetNamespace>, OnGatewayConnection<WidgetSocket> {
  private readonly logger = new Logger('WidgetGateway');

  constructor(
    private readonly visitors: VisitorChatService,
    private readonly broadcaster: ChatBroadcaster,
    private readonly answerFeedback: VisitorFeedbackService,
  ) {}

  afterInit(namespace: WidgetNamespace): void {
    this.broadcaster.attachWidget(namespace);
    namespace.use(handshakeMiddleware((socket: WidgetSocket) => this.authenticate(socket)));
  }

  /** Replays what the widget missed, then tells the state, so a reloaded widget renders it right. */
  async handleConnection(socket: WidgetSocket): Promise<void> {
    try {
      // Join first: a message stored during the replay then arrives twice at worst, never not at all.
      await socket.join(sessionRoom(socket.data.sessionId));
      const { history, state } = await this.visitors.reconnect(socket.data.sessionId, socket.data.lastMessageId);
      for (const message of history) socket.emit('message', toMessageDto(message));
      socket.emit('session', state);
    } catch (error) {
      this.logger.error({ err: error, sessionId: socket.data.sessionId }, 'Replay failed; dropping the connection so it retries');
      socket.disconnect(true);
    }
  }

  @SubscribeMessage(VisitorEvents.message)
  async message(@ConnectedSocket() socket: WidgetSocket, @MessageBody() body: unknown): Promise<MessageAck> {
    const payload = parsePayload(VisitorMessageDto, body);
    const { message, session } = await this.visitors.send(socket.data.sessionId, payload);
    if (session.id !== socket.data.sessionId) await this.follow(socket, session);
    return { ok: true, message: toMessageDto(message) };
  }

  @SubscribeMessage(VisitorEvents.typing)
  typing(@ConnectedSocket() socket: WidgetSocket, @MessageBody() body: unknown): EmptyAck {
    const { typing } = parsePayload(TypingDto, body);
    const { sessionId } = socket.data;
    this.broadcaster.sessionAgents(sessionId)?.emit('typing', { sessionId, sender: 'visitor', typing });
    return { ok: true };
  }

  @SubscribeMessage(VisitorEvents.requestHuman)
  async requestHuman(@ConnectedSocket() socket: WidgetSocket, @MessageBody() body: unknown): Promise<SessionStateAck> {
    parseEmptyPayload(body);
    return { ok: true, session: await this.visitors.requestHuman(socket.data.sessionId) };
  }

  @SubscribeMessage(VisitorEvents.seen)
  async seen(@ConnectedSocket() socket: WidgetSocket, @MessageBody() body: unknown): Promise<EmptyAck> {
    const { messageId } = parsePayload(SeenDto, body);
    const event = await this.visitors.seen(socket.data.sessionId, messageId.toLowerCase());
    this.broadcaster.sessionAgents(event.sessionId)?.emit('seen', event);
    return { ok: true };
  }

  /** Thumbs up / down on a bot answer; two unhelpful answers hand an active session to a person. */
  @SubscribeMessage(VisitorEvents.feedback)
  async feedback(@ConnectedSocket() socket: WidgetSocket, @MessageBody() body: unknown): Promise<EmptyAck> {
    const { messageId, helpful } = parsePayload(VisitorFeedbackDto, body);
    await this.answerFeedback.mark(socket.data.sessionId, messageId.toLowerCase(), helpful);
    return { ok: true };
  }

  private async authenticate(socket: WidgetSocket): Promise<void> {
    const auth = parsePayload(WidgetHandshakeDto, socket.handshake.auth);
    const session = await this.visitors.authenticate(auth.sessionId.toLowerCase(), auth.visitorToken);
    socket.data.sessionId = session.id;
    socket.data.lastMessageId = auth.lastMessageId?.toLowerCase();
  }

  /** The visitor wrote into a long-closed session and goes on in a new one: move the socket there. */
  private async follow(socket: WidgetSocket, session: SessionRecord): Promise<void> {
    await socket.leave(sessionRoom(socket.data.sessionId));
    socket.data.sessionId = session.id;
    await socket.join(sessionRoom(session.id));
    socket.emit('session', visitorState(session));
  }
}
