import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { AppException } from '../../common/errors/app.exception';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import { HandoffService } from '../sessions/handoff.service';
import { SessionsService } from '../sessions/sessions.service';

const EVERY_MS = 60_000;
const BATCH = 100;

/** Closes sessions nobody wrote in for SESSION_IDLE_MINUTES, so the queue and agents' loads stay true. */
@Injectable()
export class IdleSessionsJob {
  private readonly logger = new Logger('IdleSessionsJob');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly sessions: SessionsService,
    private readonly handoff: HandoffService,
  ) {}

  @Interval('idle-sessions', EVERY_MS)
  async tick(): Promise<void> {
    await this.closeIdle().catch((error: unknown) => this.logger.error({ err: error }, 'Closing idle sessions failed'));
  }

  /** Closes every idle session; returns how many this process closed. */
  async closeIdle(now: Date = new Date()): Promise<number> {
    const before = new Date(now.getTime() - this.config.chat.sessionIdleMinutes * 60_000);
    let closed = 0;
    for (;;) {
      const idle = await this.sessions.idleSince(before, BATCH);
      const closedBefore = closed;
      for (const session of idle) {
        try {
          await this.handoff.closeIdle(session.id);
          closed += 1;
        } catch (error) {
          // Every process runs this job: another one closed it first, or a message just came in.
          if (!(error instanceof AppException && error.code === 'INVALID_STATE')) throw error;
        }
      }
      // A full batch none of which could be closed would come back unchanged: stop rather than spin.
      if (idle.length < BATCH || closed === closedBefore) return closed;
    }
  }
}
