import { Injectable, OnModuleDestroy } from '@nestjs/common';
import type { SessionStatus } from '@parley/contracts';
import { Observable, Subject } from 'rxjs';
import type { MessageRow } from '../messages/messages.schema';
import type { SessionRecord } from './sessions.service';

/** Something that happened in a conversation and that connected clients must hear about. */
export type ChatEvent =
  | { type: 'message'; message: MessageRow }
  /** A piece of a bot answer still being written; the whole message follows as `message`. */
  | { type: 'delta'; sessionId: string; messageId: string; delta: string }
  /** `previousStatus` null: the session was just created. */
  | { type: 'session'; session: SessionRecord; previousStatus: SessionStatus | null };

/**
 * In-process bus between the services that change conversations (HTTP, sockets, jobs) and the
 * socket layer that tells clients. Services stay free of sockets; the socket layer reaches every
 * process through the Socket.IO adapter, so each event is published once, where it happened.
 */
@Injectable()
export class ChatEvents implements OnModuleDestroy {
  private readonly subject = new Subject<ChatEvent>();

  get events(): Observable<ChatEvent> {
    return this.subject.asObservable();
  }

  publish(event: ChatEvent): void {
    this.subject.next(event);
  }

  onModuleDestroy(): void {
    this.subject.complete();
  }
}
