import type { MessageSource } from '@parley/contracts';
import type { MessageRow } from '../messages/messages.schema';
import type { SessionRecord } from '../sessions/sessions.service';

export interface ReplyDetails {
  confidence?: number;
  sources?: MessageSource[];
}

/** A bot answer written piece by piece: the visitor sees each piece, then the stored message. */
export interface ReplyStream {
  readonly messageId: string;
  push(delta: string): void;
  finish(text: string, details?: ReplyDetails): Promise<MessageRow>;
}

/** What an answerer may do with a visitor's message. */
export interface AnswerTurn {
  session: SessionRecord;
  message: MessageRow;
  /** The visitor-visible conversation before this message, oldest first (at most `limit`). */
  history(limit: number): Promise<MessageRow[]>;
  /** Posts a bot answer into the conversation (it reaches the visitor and the session's agents). */
  reply(text: string, details?: ReplyDetails): Promise<MessageRow>;
  /** Starts a streamed bot answer. */
  stream(): ReplyStream;
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
