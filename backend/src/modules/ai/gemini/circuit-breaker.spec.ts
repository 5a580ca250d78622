import { CircuitBreaker } from './circuit-breaker';

describe('CircuitBreaker', () => {
  let now: number;
  let breaker: CircuitBreaker;
  const failTimes = (n: number) => {
    for (let i = 0; i < n; i++) {
      expect(breaker.tryAcquire()).toBe(true);
      breaker.recordFailure();
    }
  };

  beforeEach(() => {
    now = 0;
    breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 1000, now: () => now });
  });

  it('lets calls through while closed, failures below the threshold included', () => {
    failTimes(2);
    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('opens after the threshold of failures in a row and refuses calls for the cooldown', () => {
    failTimes(3);
    expect(breaker.state).toBe('open');
    expect(breaker.tryAcquire()).toBe(false);
    now = 999;
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('forgets failures after a success', () => {
    failTimes(2);
    breaker.recordSuccess();
    failTimes(2);
    expect(breaker.state).toBe('closed');
  });

  it('lets exactly one trial through when half-open; its success closes the breaker', () => {
    failTimes(3);
    now = 1000;
    expect(breaker.state).toBe('half_open');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(false);
    expect(breaker.tryAcquire()).toBe(false);
    breaker.recordSuccess();
    expect(breaker.state).toBe('closed');
    expect(breaker.tryAcquire()).toBe(true);
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('opens again for a full cooldown when the trial fails', () => {
    failTimes(3);
    now = 1500;
    expect(breaker.tryAcquire()).toBe(true);
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
    now = 2499;
    expect(breaker.tryAcquire()).toBe(false);
    now = 2500;
    expect(breaker.tryAcquire()).toBe(true);
  });

  it('opens at once with a threshold of 1', () => {
    breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 10, now: () => now });
    failTimes(1);
    expect(breaker.tryAcquire()).toBe(false);
  });

  it('uses the wall clock by default', () => {
    breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 60_000 });
    breaker.recordFailure();
    expect(breaker.state).toBe('open');
  });
});
