import { MemoryAnalyticsCache } from './analytics-cache';

describe('MemoryAnalyticsCache', () => {
  it('computes once per key within the TTL and hands out copies', async () => {
    const cache = new MemoryAnalyticsCache(60_000, 10);
    const compute = jest.fn(async () => ({ total: 1 }));
    const first = await cache.remember('overview:a', compute);
    first.total = 99;
    expect(await cache.remember('overview:a', compute)).toEqual({ total: 1 });
    await cache.remember('overview:b', compute);
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it('computes again after the TTL, and always with a TTL of 0', async () => {
    const cache = new MemoryAnalyticsCache(100, 10);
    let value = 1;
    const compute = async () => value;
    expect(await cache.remember('k', compute)).toBe(1);
    value = 2;
    expect(await cache.remember('k', compute)).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await cache.remember('k', compute)).toBe(2);
    const off = new MemoryAnalyticsCache(0, 10);
    expect(await off.remember('k', compute)).toBe(2);
    value = 3;
    expect(await off.remember('k', compute)).toBe(3);
  });

  it('drops the least recently used report beyond its size', async () => {
    const cache = new MemoryAnalyticsCache(60_000, 2);
    const compute = jest.fn(async () => 1);
    await cache.remember('a', compute);
    await cache.remember('b', compute);
    await cache.remember('a', compute);
    await cache.remember('c', compute);
    await cache.remember('a', compute);
    await cache.remember('b', compute);
    expect(compute).toHaveBeenCalledTimes(4);
  });
});
