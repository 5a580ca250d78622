import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import type { Subscription } from 'rxjs';
import { AppException } from '../../common/errors/app.exception';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { ChatEvent, ChatEvents } from '../sessions/chat-events';
import { HandoffService } from '../sessions/handoff.service';
import { SessionsService } from '../sessions/sessions.service';
import { AgentPresence } from './agent-presence';
import { pickAgent } from './auto-assign';

/**
 * With AUTO_ASSIGN, hands waiting sessions to online agents whenever that can change: a session
 * joins the queue, an agent's session ends or is released, an agent comes online.
 */
@Injectable()
export class AutoAssignService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('AutoAssignService');
  private subscription?: Subscription;
  // One pass at a time in this process; across processes the guarded transition keeps it to one winner.
  private running: Promise<void> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly handoff: HandoffService,
    private readonly presence: AgentPresence,
    private readonly events: ChatEvents,
  ) {}

  onModuleInit(): void {
    if (!this.config.chat.autoAssign) return;
    this.subscription = this.events.events.subscribe((event) => {
      if (mayFreeOrQueue(event)) void this.drain();
    });
  }

  onModuleDestroy(): void {
    this.subscription?.unsubscribe();
  }

  /** Assigns waiting sessions in queue order while some online agent has room. */
  drain(): Promise<void> {
    if (!this.config.chat.autoAssign) return Promise.resolve();
    this.running = this.running
      .then(() => this.assignWaiting())
      .catch((error: unknown) => this.logger.error({ err: error }, 'Auto-assignment failed'));
    return this.running;
  }

  private async assignWaiting(): Promise<void> {
    for (const entry of await this.sessions.queue()) {
      const online = await this.presence.onlineAgents();
      const loads = await this.sessions.agentLoads(online.map((agent) => agent.id));
      const candidates = online.map((agent, index) => {
        const lastAssignedAt = loads[index]?.lastAssignedAt;
        const waitingSince = lastAssignedAt && lastAssignedAt > agent.onlineSince ? lastAssignedAt : agent.onlineSince;
        return { agentId: agent.id, openSessions: loads[index]?.openSessions ?? 0, waitingSince };
      });
      const agentId = pickAgent(candidates, this.config.chat.maxChatsPerAgent);
      if (!agentId) return;
      try {
        await this.handoff.autoAssign(entry.sessionId, agentId);
      } catch (error) {
        // Claimed or closed meanwhile, perhaps by another process: go on with the next one.
        if (!(error instanceof AppException && (error.code === 'INVALID_STATE' || error.code === 'NOT_FOUND'))) throw error;
      }
    }
  }
}

function mayFreeOrQueue(event: ChatEvent): boolean {
  return event.type === 'session' && (event.session.status === 'needs_human' || event.previousStatus === 'agent_assigned');
}
