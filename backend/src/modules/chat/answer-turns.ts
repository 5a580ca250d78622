/**
 * Runs a session's answer turns one after another, in the order the visitor wrote. Quick messages then
 * get their answers in order, each turn sees the answers before it, and a turn that waited behind a
 * hand-over can find the session gone to a person and stay silent. Per process: a visitor's messages
 * arrive over its one socket, so they reach one process.
 */
export class AnswerTurns {
  private readonly tails = new Map<string, Promise<void>>();

  /** Settles when this turn has run; a failed turn does not hold up the ones behind it. */
  enqueue(sessionId: string, turn: () => Promise<void>): Promise<void> {
    const run = (this.tails.get(sessionId) ?? Promise.resolve()).then(turn);
    const tail = run.catch(() => undefined);
    this.tails.set(sessionId, tail);
    void tail.then(() => {
      if (this.tails.get(sessionId) === tail) this.tails.delete(sessionId);
    });
    return run;
  }

  /** Sessions with a turn running or waiting. */
  get busy(): number {
    return this.tails.size;
  }
}
