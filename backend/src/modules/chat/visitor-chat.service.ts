import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CreateChatSessionRequest, CreateChatSessionResponse, SeenEvent, SessionStateEvent } from '@parley/contracts';
import { uuidv7 } from '../../common/ids';
import { AppException } from '../../common/errors/app.exception';
import { CounterStore } from '../../common/rate-limit/counter-store';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';
import type { MessageRow } from '../messages/messages.schema';
import { MessageAuthor, MessagesService } from '../messages/messages.service';
import { ChatEvents } from '../sessions/chat-events';
import { HandoffService } from '../sessions/handoff.service';
import { mayReopen } from '../sessions/session-state';
import type { SessionRow, SessionStart } from '../sessions/sessions.schema';
import { SessionRecord, SessionsService } from '../sessions/sessions.service';
import { ANSWERER, Answerer, AnswerTurn, ReplyDetails, ReplyStream } from './answerer';
import { AnswerTurns } from './answer-turns';
import { IdentityVerifier } from './identity-verifier';
import { visitorState } from './visitor-state';
import { newVisitorToken, visitorTokenMatches } from './visitor-token';

const VISITOR: MessageAuthor = { sender: 'visitor' };

/** What a visitor's widget can do: start a session, connect, write, ask for a person. */
@Injectable()
export class VisitorChatService {
  private readonly logger = new Logger('VisitorChatService');
  private readonly turns = new AnswerTurns();

  constructor(
    private readonly sessions: SessionsService,
    private readonly messages: MessagesService,
    private readonly handoff: HandoffService,
    private readonly events: ChatEvents,
    private readonly identity: IdentityVerifier,
    @Inject(ANSWERER) private readonly answerer: Answerer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly counters: CounterStore,
  ) {}

  /** Requests without a known client address (`clientIp` null or absent) are not counted. */
  async createSession(request: CreateChatSessionRequest, clientIp?: string | null): Promise<CreateChatSessionResponse> {
    if (clientIp) await this.countSessionStart(clientIp);
    const customer = await this.identity.customerFor(request.userToken);
    const { token, hash } = newVisitorToken();
    const session = await this.start({
      userMeta: request.userMeta ? JSON.stringify(request.userMeta) : null,
      customer: customer ? JSON.stringify(customer) : null,
      visitorTokenHash: hash,
      language: request.language ?? null,
    });
    return { sessionId: session.id, visitorToken: token };
  }

  private async countSessionStart(clientIp: string): Promise<void> {
    const { sessionStartLimit, sessionStartWindowSeconds } = this.config.chat;
    const state = await this.counters.hit(`chat-start:${clientIp}`, sessionStartWindowSeconds * 1000);
    if (state.count > sessionStartLimit) {
      throw AppException.rateLimited('Too many chat sessions started from this address: try again later', state.resetInMs);
    }
  }

  /** The session this token opens; any mismatch is the same UNAUTHORIZED, so ids cannot be probed. */
  async authenticate(sessionId: string, visitorToken: string): Promise<SessionRow> {
    const session = await this.sessions.find(sessionId);
    if (!session || !visitorTokenMatches(visitorToken, session.visitorTokenHash)) {
      throw new AppException('UNAUTHORIZED', 'The session id and visitor token do not match');
    }
    return session;
  }

  /** What a (re)connecting widget gets: the visitor-visible history after `lastMessageId`, then the state. */
  async reconnect(sessionId: string, lastMessageId?: string): Promise<{ history: MessageRow[]; state: SessionStateEvent }> {
    const history = await this.messages.replay(sessionId, lastMessageId);
    return { history, state: await this.state(await this.sessions.getRecord(sessionId)) };
  }

  /**
   * Stores a visitor message (a retry returns the stored one), reopening a recently closed session
   * or continuing in a new one, and passes it to the answerer while the bot has the conversation.
   */
  async send(sessionId: string, input: { clientMessageId: string; text: string }): Promise<{ message: MessageRow; session: SessionRecord }> {
    let session = await this.sessions.get(sessionId);
    const retry = await this.messages.findRetry(session.id, input.clientMessageId, VISITOR);
    if (retry) return { message: retry, session: await this.sessions.withAgent(session) };
    await this.messages.assertWithinRate(session.id, 'visitor');
    if (session.status === 'closed') session = await this.continueClosed(session);

    const { message, created } = await this.messages.store({ sessionId: session.id, author: VISITOR, ...input });
    const record = await this.sessions.withAgent(session);
    if (created) {
      await this.sessions.touch(session.id);
      this.events.publish({ type: 'message', message });
      if (session.status === 'active') this.passToAnswerer(record, message);
    }
    return { message, session: record };
  }

  async requestHuman(sessionId: string): Promise<SessionStateEvent> {
    return this.state(await this.handoff.requestHuman(sessionId));
  }

  /** Read receipts reach the session's agents; only messages the visitor can see count. */
  async seen(sessionId: string, messageId: string): Promise<SeenEvent> {
    const message = await this.messages.findVisible(sessionId, messageId);
    return { sessionId, messageId: message.id };
  }

  async state(session: SessionRecord): Promise<SessionStateEvent> {
    return visitorState(session, session.status === 'needs_human' ? await this.sessions.queuePosition(session.id) : undefined);
  }

  private async continueClosed(session: SessionRow): Promise<SessionRow> {
    if (mayReopen(session.closedAt, new Date(), this.config.chat.reopenWindowMinutes)) {
      return this.handoff.reopen(session.id);
    }
    // Too long ago: a new conversation for the same visitor, who keeps its token.
    return this.start({ userMeta: session.userMeta, customer: session.customer, visitorTokenHash: session.visitorTokenHash, language: session.language });
  }

  private async start(values: SessionStart): Promise<SessionRow> {
    const session = await this.sessions.create(values);
    this.events.publish({ type: 'session', session: { ...session, agent: null }, previousStatus: null });
    return session;
  }

  /** The answerer may take long (an AI call): the visitor's ack does not wait for it. */
  private passToAnswerer(session: SessionRecord, message: MessageRow): void {
    const turn: AnswerTurn = {
      session,
      message,
      history: async (limit) => (await this.messages.recent(session.id, limit + 1)).filter((row) => row.id !== message.id).slice(-limit),
      reply: (text, details) => this.botReply(session.id, text, details),
      stream: () => this.botStream(session.id),
      handOff: () => this.handOff(session.id),
    };
    this.turns
      .enqueue(session.id, async () => {
        // Waiting behind an earlier answer, the session may have gone to a person: the bot stays silent then.
        if ((await this.sessions.get(session.id)).status === 'active') await this.answerer.answer(turn);
      })
      .catch((error: unknown) => {
        this.logger.error({ err: error, sessionId: session.id }, 'The answerer failed');
      });
  }

  private botStream(sessionId: string): ReplyStream {
    const messageId = uuidv7();
    return {
      messageId,
      push: (delta) => this.events.publish({ type: 'delta', sessionId, messageId, delta }),
      finish: (text, details) => this.botReply(sessionId, text, details, messageId),
    };
  }

  private async botReply(sessionId: string, text: string, details: ReplyDetails = {}, id?: string): Promise<MessageRow> {
    const { message } = await this.messages.store({ id, sessionId, author: { sender: 'bot' }, text, ...details });
    await this.sessions.touch(sessionId);
    this.events.publish({ type: 'message', message });
    return message;
  }

  private async handOff(sessionId: string): Promise<void> {
    try {
      await this.handoff.requestHuman(sessionId);
    } catch (error) {
      // Another message or the visitor handed over first: the session has left the bot already.
      if (!(error instanceof AppException && error.code === 'INVALID_STATE')) throw error;
    }
  }
}
