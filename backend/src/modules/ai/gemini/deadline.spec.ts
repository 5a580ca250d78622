import { Deadline } from './deadline';

describe('Deadline', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('aborts the running attempt and rejects a race when the budget is spent', async () => {
    const deadline = new Deadline(1000);
    const signal = deadline.nextAttemptSignal();
    const race = deadline.race(new Promise(() => undefined));
    jest.advanceTimersByTime(999);
    expect(deadline.expired).toBe(false);
    expect(signal.aborted).toBe(false);
    jest.advanceTimersByTime(1);
    expect(deadline.expired).toBe(true);
    expect(signal.aborted).toBe(true);
    await expect(race).rejects.toThrow('deadline passed');
  });

  it('gives each attempt a fresh signal and aborts the previous one', () => {
    const deadline = new Deadline(1000);
    const first = deadline.nextAttemptSignal();
    const second = deadline.nextAttemptSignal();
    expect(first.aborted).toBe(true);
    expect(second.aborted).toBe(false);
    deadline.dispose();
  });

  it('hands out an aborted signal once expired', () => {
    const deadline = new Deadline(10);
    jest.advanceTimersByTime(10);
    expect(deadline.nextAttemptSignal().aborted).toBe(true);
  });

  it('lets work that finishes in time win the race', async () => {
    const deadline = new Deadline(1000);
    await expect(deadline.race(Promise.resolve('done'))).resolves.toBe('done');
    deadline.dispose();
  });

  it('stops its timer and the attempt when disposed', () => {
    const deadline = new Deadline(1000);
    const signal = deadline.nextAttemptSignal();
    deadline.dispose();
    expect(signal.aborted).toBe(true);
    jest.advanceTimersByTime(5000);
    expect(deadline.expired).toBe(false);
  });
});
