import type { ExportMessageRow, ExportsRepository, MessagePosition } from './exports.repository';

/** Messages per round trip: a session batch has about 20 times as many messages. */
export const EXPORT_MESSAGE_BATCH_SIZE = 2000;

/**
 * The messages of one batch of sessions, fetched batch by batch in the sessions' order (then
 * time), handed out session by session: the export holds one message batch at a time.
 */
export class MessageCursor {
  private batch: ExportMessageRow[] = [];
  private index = 0;
  private exhausted = false;

  constructor(
    private readonly repository: Pick<ExportsRepository, 'messageBatch'>,
    private readonly sessionIds: string[],
  ) {}

  /** Fetches the first batch. */
  load(): Promise<void> {
    return this.fetch(undefined);
  }

  /** The next message of this session, or undefined when it has no more. */
  async next(sessionId: string): Promise<ExportMessageRow | undefined> {
    if (this.index === this.batch.length && !this.exhausted) {
      const last = this.batch[this.batch.length - 1];
      await this.fetch(last ? { sessionId: last.sessionId, position: last.position, id: last.id } : undefined);
    }
    const message = this.batch[this.index];
    if (!message || message.sessionId !== sessionId) return undefined;
    this.index += 1;
    return message;
  }

  private async fetch(after: MessagePosition | undefined): Promise<void> {
    this.batch = await this.repository.messageBatch(this.sessionIds, after, EXPORT_MESSAGE_BATCH_SIZE);
    this.index = 0;
    this.exhausted = this.batch.length < EXPORT_MESSAGE_BATCH_SIZE;
  }
}
