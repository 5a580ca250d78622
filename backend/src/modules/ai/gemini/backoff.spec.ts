import { BackoffPolicy, retryDelayMs, retryInfoDelayMs } from './backoff';

const policy: BackoffPolicy = { baseDelayMs: 200, maxDelayMs: 1000, retryAfterCapMs: 3000 };

describe('retryDelayMs', () => {
  it('doubles with each retry, half of each step fixed and half jitter', () => {
    expect([0, 1, 2].map((retry) => retryDelayMs(retry, policy, undefined, () => 0))).toEqual([100, 200, 400]);
    expect([0, 1, 2].map((retry) => retryDelayMs(retry, policy, undefined, () => 1))).toEqual([200, 400, 800]);
    expect(retryDelayMs(1, policy, undefined, () => 0.5)).toBe(300);
  });

  it('never exceeds the maximum step', () => {
    expect(retryDelayMs(10, policy, undefined, () => 1)).toBe(1000);
    expect(retryDelayMs(50, policy, undefined, () => 0)).toBe(500);
  });

  it('spreads retries with the real dice', () => {
    const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(2, policy)));
    expect(delays.size).toBeGreaterThan(1);
    for (const delay of delays) expect(delay).toBeGreaterThanOrEqual(400);
  });

  it('honours the wait the server asked for, up to the cap', () => {
    expect(retryDelayMs(0, policy, 1500)).toBe(1500);
    expect(retryDelayMs(0, policy, 60_000)).toBe(3000);
    expect(retryDelayMs(3, policy, 0)).toBe(0);
    expect(retryDelayMs(0, policy, -5)).toBe(0);
  });
});

describe('retryInfoDelayMs', () => {
  const retryInfo = (retryDelay: unknown) => ({ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay });

  it.each([
    ['37s', 37_000],
    ['0.5s', 500],
    ['1.250s', 1250],
    ['0s', 0],
  ])('reads "%s"', (delay, ms) => {
    expect(retryInfoDelayMs([{ '@type': 'type.googleapis.com/google.rpc.QuotaFailure' }, retryInfo(delay)])).toBe(ms);
  });

  it.each([
    ['no details', undefined],
    ['not an array', { retryDelay: '3s' }],
    ['another detail type', [{ '@type': 'type.googleapis.com/google.rpc.Help', retryDelay: '3s' }]],
    ['a delay that is no duration', [retryInfo('soon')]],
    ['a delay that is a number', [retryInfo(3)]],
    ['null entries', [null, 'x']],
  ])('is undefined for %s', (_, details) => {
    expect(retryInfoDelayMs(details)).toBeUndefined();
  });
});
