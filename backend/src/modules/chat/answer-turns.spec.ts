import { AnswerTurns } from './answer-turns';

function gate(): { opened: Promise<void>; open(): void } {
  let open = () => undefined as void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('AnswerTurns', () => {
  it('runs one session’s turns one after another, other sessions alongside', async () => {
    const turns = new AnswerTurns();
    const log: string[] = [];
    const first = gate();
    const a1 = turns.enqueue('a', async () => {
      log.push('a1 start');
      await first.opened;
      log.push('a1 end');
    });
    const a2 = turns.enqueue('a', async () => {
      log.push('a2');
    });
    const b1 = turns.enqueue('b', async () => {
      log.push('b1');
    });
    await b1;
    expect(log).toEqual(['a1 start', 'b1']);
    first.open();
    await Promise.all([a1, a2]);
    expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
  });

  it('goes on after a failed turn, which fails on its own promise', async () => {
    const turns = new AnswerTurns();
    const failed = turns.enqueue('a', async () => {
      throw new Error('model down');
    });
    const next = turns.enqueue('a', async () => undefined);
    await expect(failed).rejects.toThrow('model down');
    await expect(next).resolves.toBeUndefined();
  });

  it('forgets a session once its last turn has run', async () => {
    const turns = new AnswerTurns();
    await Promise.all([turns.enqueue('a', async () => undefined), turns.enqueue('b', async () => undefined)]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(turns.busy).toBe(0);
  });
});
