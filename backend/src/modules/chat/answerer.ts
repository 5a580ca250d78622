import type { MessageSource } from '@parley/contracts';
import type { MessageRow } from '../messages/messages.schema';
import type { SessionRecord } from '../sessions/sessions.service';

/** What an answerer may do with a visitor's message. */
export interface AnswerTurn {
  session: SessionRecord;
  message: MessageRow;
  /** Posts a bot answer into the conversation (it reaches the visitor and the session's agents). */
  reply(text: string, details?: { confidence?: number; sources?: MessageSource[] }): Promise<MessageRow>;
  /** Queues the session for a human agent; a no-op when it already left the bot. */
  handOff(): Promise<void>;
}

/**
 * Gets each visitor message while a session is `active` (the bot's turn). The AI implements it; the
 * default hands every conversation to a human. While a human is needed or assigned, it is not called.
 */
export interface Answerer {
  answer(turn: AnswerTurn): Promise<void>;
}

export const ANSWERER = Symbol('ANSWERER');
