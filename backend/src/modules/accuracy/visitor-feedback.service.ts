import { Injectable } from '@nestjs/common';
import { AppException } from '../../common/errors/app.exception';
import { MessagesService } from '../messages/messages.service';
import { HandoffService } from '../sessions/handoff.service';
import { SessionsService } from '../sessions/sessions.service';
import { AccuracyRepository } from './accuracy.repository';

/** A visitor who found this many of the bot's answers unhelpful gets a person. */
export const UNHELPFUL_MARKS_BEFORE_HANDOFF = 2;

/** The visitor's thumbs up / down on a bot answer, and the handoff it may cause. */
@Injectable()
export class VisitorFeedbackService {
  constructor(
    private readonly repository: AccuracyRepository,
    private readonly messages: MessagesService,
    private readonly sessions: SessionsService,
    private readonly handoff: HandoffService,
  ) {}

  /**
   * Marks the answer logged for a bot message of the visitor's own session (a later mark replaces
   * an earlier one). Any other message, or a bot message without a logged answer, is NOT_FOUND.
   */
  async mark(sessionId: string, messageId: string, helpful: boolean): Promise<void> {
    const message = await this.messages.findVisible(sessionId, messageId);
    if (message.sender !== 'bot') throw AppException.notFound('The bot answer');
    const row = await this.repository.setMarkByMessage(sessionId, messageId, {
      humanMark: helpful ? 'helpful' : 'unhelpful',
      humanMarkNote: null,
      markedBy: null,
      markedAt: new Date(),
    });
    if (!row) throw AppException.notFound('The bot answer');
    if (!helpful) await this.handOffIfFedUp(sessionId);
  }

  private async handOffIfFedUp(sessionId: string): Promise<void> {
    if ((await this.repository.countVisitorUnhelpful(sessionId)) < UNHELPFUL_MARKS_BEFORE_HANDOFF) return;
    if ((await this.sessions.get(sessionId)).status !== 'active') return;
    try {
      await this.handoff.requestHuman(sessionId);
    } catch (error) {
      // The answerer or the visitor handed over meanwhile: the session has left the bot already.
      if (!(error instanceof AppException && error.code === 'INVALID_STATE')) throw error;
    }
  }
}
