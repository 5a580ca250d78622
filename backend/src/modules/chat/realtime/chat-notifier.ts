import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { SessionStatus } from '@parley/contracts';
import type { Subscription } from 'rxjs';
import { toMessageDto, toStaffMessageDto } from '../../messages/dto/message.mapper';
import type { MessageRow } from '../../messages/messages.schema';
import { ChatEvent, ChatEvents } from '../../sessions/chat-events';
import { toSessionDto } from '../../sessions/dto/session.mapper';
import { touchesQueue } from '../../sessions/session-state';
import { SessionRecord, SessionsService } from '../../sessions/sessions.service';
import { visitorState } from '../visitor-state';
import { ChatBroadcaster } from './chat-broadcaster';

/** Tells the connected clients what the services did: the bridge from ChatEvents to the sockets. */
@Injectable()
export class ChatNotifier implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ChatNotifier');
  private subscription?: Subscription;

  constructor(
    private readonly events: ChatEvents,
    private readonly broadcaster: ChatBroadcaster,
    private readonly sessions: SessionsService,
  ) {}

  onModuleInit(): void {
    this.subscription = this.events.events.subscribe((event) => {
      this.notify(event).catch((error: unknown) => this.logger.error({ err: error }, 'Notifying clients failed'));
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  private async notify(event: ChatEvent): Promise<void> {
    if (event.type === 'message') return this.message(event.message);
    if (event.type === 'delta') {
      const delta = { messageId: event.messageId, delta: event.delta };
      this.broadcaster.visitor(event.sessionId)?.emit('message:delta', delta);
      this.broadcaster.sessionAgents(event.sessionId)?.emit('message:delta', delta);
      return;
    }
    return this.session(event.session, event.previousStatus);
  }

  private message(message: MessageRow): void {
    // Internal notes have no visitor form at all: they go to staff only.
    if (!message.internal) this.broadcaster.visitor(message.sessionId)?.emit('message', toMessageDto(message));
    this.broadcaster.sessionAgents(message.sessionId)?.emit('message', toStaffMessageDto(message));
  }

  private async session(session: SessionRecord, previousStatus: SessionStatus | null): Promise<void> {
    const dto = toSessionDto(session);
    if (previousStatus === null) {
      this.broadcaster.allAgents()?.emit('session:created', dto);
      return;
    }
    if (session.status === 'agent_assigned' && session.agent) this.broadcaster.joinStaffToSession(session.agent.id, session.id);
    this.broadcaster.allAgents()?.emit('session:updated', dto);
    // A waiting visitor hears its position from the queue update below, once.
    if (session.status !== 'needs_human') this.broadcaster.visitor(session.id)?.emit('session', visitorState(session));
    if (touchesQueue(previousStatus, session.status)) await this.queueMoved();
  }

  /** Everyone sees the new queue; each waiting visitor its new place in it. */
  private async queueMoved(): Promise<void> {
    const queue = await this.sessions.queue();
    this.broadcaster.allAgents()?.emit('queue', { sessions: queue });
    for (const entry of queue) {
      this.broadcaster.visitor(entry.sessionId)?.emit('session', { sessionId: entry.sessionId, status: 'needs_human', queuePosition: entry.position });
    }
  }
}
