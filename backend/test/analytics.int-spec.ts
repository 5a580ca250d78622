import type { AgentPerformance, AnalyticsOverview, ConfidenceHistogram, MessagesOverTime, ResponseTimes } from '@parley/contracts';
import { testDatabaseKinds } from '../src/database/testing/test-database';
import { RANGE, seedAnalyticsFixture } from './analytics-fixtures';
import { Staff, createStaff } from './staff';
import { TestApp, startTestApp } from './test-app';

const EMPTY = { count: 0, average: null, p50: null, p90: null, p99: null };
const query = (extra: Record<string, string> = {}): string => new URLSearchParams({ ...RANGE, ...extra }).toString();

/** Every figure of every report against the hand-computed fixture (analytics-fixtures.ts). */
describe.each(testDatabaseKinds())('analytics reports on %s', (kind) => {
  let t: TestApp;
  let viewer: Staff;
  let ana: Staff;
  let ben: Staff;
  const get = async <T>(path: string): Promise<T> => (await t.http.get(path).auth(viewer.accessToken, { type: 'bearer' }).expect(200)).body as T;

  beforeAll(async () => {
    t = await startTestApp(kind);
    viewer = await createStaff(t, ['viewer'], 'Vic');
    ana = await createStaff(t, ['agent'], 'Ana');
    ben = await createStaff(t, ['agent'], 'Ben');
    await seedAnalyticsFixture(t, { ana: ana.id, ben: ben.id });
  });
  afterAll(() => t.close());

  it('computes the overview', async () => {
    const overview = await get<AnalyticsOverview>(`/admin/analytics/overview?${query()}`);
    expect(overview).toEqual({
      range: { from: '2025-03-10T00:00:00.000Z', to: '2025-03-13T00:00:00.000Z', tz: 'UTC' },
      sessions: { total: 7, byStatus: { active: 2, needs_human: 1, agent_assigned: 1, closed: 3 } },
      messages: { total: 30, bySender: { visitor: 14, bot: 7, agent: 6, system: 3 }, internal: 1 },
      botResolved: { count: 1, of: 3, rate: 1 / 3 },
      handoff: { count: 4, of: 7, rate: 4 / 7 },
      // S1 30 s, S2 20, S3 10, S4 5, S9 40, S6 2
      firstResponse: { count: 6, average: 17.833, p50: 15, p90: 35, p99: 39.5 },
      // S2 240 s, S3 180, S9 720
      agentFirstResponse: { count: 3, average: 380, p50: 240, p90: 624, p99: 710.4 },
      averageConfidence: 0.6743,
      helpful: { count: 3, of: 5, rate: 0.6 },
      // closed: S1 310 s, S2 360, S9 720
      averageSessionLengthSeconds: 463.333,
      activeAgents: 2,
    });
  });

  it('answers zeros and nulls for an empty range', async () => {
    const empty = { from: '2024-01-01T00:00:00Z', to: '2024-01-08T00:00:00Z' };
    const overview = await get<AnalyticsOverview>(`/admin/analytics/overview?${new URLSearchParams(empty)}`);
    expect(overview).toMatchObject({
      sessions: { total: 0, byStatus: { active: 0, needs_human: 0, agent_assigned: 0, closed: 0 } },
      messages: { total: 0, internal: 0 },
      botResolved: { count: 0, of: 0, rate: null },
      handoff: { count: 0, of: 0, rate: null },
      firstResponse: EMPTY,
      agentFirstResponse: EMPTY,
      averageConfidence: null,
      helpful: { count: 0, of: 0, rate: null },
      averageSessionLengthSeconds: null,
      activeAgents: 0,
    });
    const series = await get<MessagesOverTime>(`/admin/analytics/messages-over-time?${new URLSearchParams(empty)}`);
    expect(series.points).toHaveLength(7);
    expect(series.points.every((point) => point.total === 0)).toBe(true);
    const times = await get<ResponseTimes>(`/admin/analytics/response-times?${new URLSearchParams(empty)}`);
    expect(times.agentResponse).toEqual(EMPTY);
    expect(times.points.map((point) => point.firstResponse)).toEqual(Array(7).fill(EMPTY));
    expect((await get<AgentPerformance>(`/admin/analytics/agent-performance?${new URLSearchParams(empty)}`)).agents).toEqual([]);
    const histogram = await get<ConfidenceHistogram>(`/admin/analytics/confidence-histogram?${new URLSearchParams(empty)}`);
    expect(histogram.buckets.map((bucket) => bucket.count)).toEqual(Array(10).fill(0));
  });

  it('counts messages per day in UTC, a message at midnight in the new day', async () => {
    const series = await get<MessagesOverTime>(`/admin/analytics/messages-over-time?${query({ interval: 'day' })}`);
    expect(series.interval).toBe('day');
    expect(series.points).toEqual([
      { start: '2025-03-10T00:00:00.000Z', visitor: 9, bot: 4, agent: 5, system: 2, total: 20 },
      { start: '2025-03-11T00:00:00.000Z', visitor: 4, bot: 2, agent: 1, system: 1, total: 8 },
      { start: '2025-03-12T00:00:00.000Z', visitor: 1, bot: 1, agent: 0, system: 0, total: 2 },
    ]);
  });

  it('moves late messages to the next day in Europe/Paris, reading offset-less dates there', async () => {
    const series = await get<MessagesOverTime>('/admin/analytics/messages-over-time?from=2025-03-10&to=2025-03-13&tz=Europe/Paris');
    expect(series.range).toEqual({ from: '2025-03-09T23:00:00.000Z', to: '2025-03-12T23:00:00.000Z', tz: 'Europe/Paris' });
    expect(series.points).toEqual([
      { start: '2025-03-09T23:00:00.000Z', visitor: 6, bot: 3, agent: 3, system: 2, total: 14 },
      { start: '2025-03-10T23:00:00.000Z', visitor: 7, bot: 3, agent: 3, system: 1, total: 14 },
      { start: '2025-03-11T23:00:00.000Z', visitor: 1, bot: 1, agent: 0, system: 0, total: 2 },
    ]);
  });

  it('cuts hours at the boundary, in zones with half-hour offsets too, and weeks on Monday', async () => {
    const around = { from: '2025-03-11T23:00:00Z', to: '2025-03-12T01:00:00Z', interval: 'hour' };
    const utc = await get<MessagesOverTime>(`/admin/analytics/messages-over-time?${new URLSearchParams(around)}`);
    expect(utc.points.map((point) => [point.start, point.total])).toEqual([
      ['2025-03-11T23:00:00.000Z', 0],
      ['2025-03-12T00:00:00.000Z', 2],
    ]);
    const kolkata = await get<MessagesOverTime>(`/admin/analytics/messages-over-time?${new URLSearchParams({ ...around, tz: 'Asia/Kolkata' })}`);
    expect(kolkata.points.map((point) => [point.start, point.total])).toEqual([
      ['2025-03-11T22:30:00.000Z', 0],
      ['2025-03-11T23:30:00.000Z', 2],
      ['2025-03-12T00:30:00.000Z', 0],
    ]);
    const week = await get<MessagesOverTime>(`/admin/analytics/messages-over-time?${query({ interval: 'week' })}`);
    expect(week.points).toEqual([{ start: '2025-03-10T00:00:00.000Z', visitor: 14, bot: 7, agent: 6, system: 3, total: 30 }]);
  });

  it('buckets confidences, 0.7 in [0.7, 0.8) and 1 in the last bucket, with the share judged correct', async () => {
    const histogram = await get<ConfidenceHistogram>(`/admin/analytics/confidence-histogram?${query()}`);
    const bucket = (from: number, to: number, count: number, evaluated: number, correct: number, correctShare: number | null) => ({
      from,
      to,
      count,
      evaluated,
      correct,
      correctShare,
    });
    expect(histogram.buckets).toEqual([
      bucket(0, 0.1, 0, 0, 0, null),
      bucket(0.1, 0.2, 1, 0, 0, null),
      bucket(0.2, 0.3, 0, 0, 0, null),
      bucket(0.3, 0.4, 1, 1, 0, 0),
      bucket(0.4, 0.5, 0, 0, 0, null),
      bucket(0.5, 0.6, 0, 0, 0, null),
      bucket(0.6, 0.7, 0, 0, 0, null),
      bucket(0.7, 0.8, 2, 1, 0, 0),
      bucket(0.8, 0.9, 0, 0, 0, null),
      bucket(0.9, 1, 3, 3, 3, 1),
    ]);
    const four = await get<ConfidenceHistogram>(`/admin/analytics/confidence-histogram?${query({ buckets: '4' })}`);
    expect(four.buckets.map((entry) => [entry.from, entry.count])).toEqual([
      [0, 1],
      [0.25, 1],
      [0.5, 2],
      [0.75, 3],
    ]);
    // 0.35 is stored as float4 (0.3499999…); it still lands in [0.35, 0.4).
    const twenty = await get<ConfidenceHistogram>(`/admin/analytics/confidence-histogram?${query({ buckets: '20' })}`);
    expect(twenty.buckets[7]).toMatchObject({ from: 0.35, count: 1 });
  });

  it('measures response times overall and per day', async () => {
    const times = await get<ResponseTimes>(`/admin/analytics/response-times?${query()}`);
    expect(times.firstResponse).toEqual({ count: 6, average: 17.833, p50: 15, p90: 35, p99: 39.5 });
    expect(times.agentFirstResponse).toEqual({ count: 3, average: 380, p50: 240, p90: 624, p99: 710.4 });
    // S2 120, 60, 60; S3 120, 300; S9 420 (visitor messages the bot answered do not count)
    expect(times.agentResponse).toEqual({ count: 6, average: 180, p50: 120, p90: 360, p99: 414 });
    expect(times.points).toEqual([
      {
        start: '2025-03-10T00:00:00.000Z',
        firstResponse: { count: 3, average: 20, p50: 20, p90: 28, p99: 29.8 },
        agentResponse: { count: 5, average: 132, p50: 120, p90: 228, p99: 292.8 },
      },
      {
        start: '2025-03-11T00:00:00.000Z',
        firstResponse: { count: 2, average: 22.5, p50: 22.5, p90: 36.5, p99: 39.65 },
        agentResponse: { count: 1, average: 420, p50: 420, p90: 420, p99: 420 },
      },
      { start: '2025-03-12T00:00:00.000Z', firstResponse: { count: 1, average: 2, p50: 2, p90: 2, p99: 2 }, agentResponse: EMPTY },
    ]);
  });

  it('rates each agent by the sessions they hold', async () => {
    const performance = await get<AgentPerformance>(`/admin/analytics/agent-performance?${query()}`);
    expect(performance.agents).toEqual([
      {
        agentId: ben.id,
        name: 'Ben',
        sessionsHandled: 2,
        sessionsClosed: 1,
        messagesSent: 3,
        medianFirstResponseSeconds: 450,
        averageHandlingSeconds: 1800,
        helpful: { count: 1, of: 2, rate: 0.5 },
      },
      {
        agentId: ana.id,
        name: 'Ana',
        sessionsHandled: 1,
        sessionsClosed: 1,
        // the internal note is not a reply
        messagesSent: 2,
        medianFirstResponseSeconds: 240,
        averageHandlingSeconds: 1620,
        helpful: { count: 0, of: 1, rate: 0 },
      },
    ]);
  });

  it('defaults to the 30 days before now', async () => {
    const before = Date.now();
    const overview = await get<AnalyticsOverview>('/admin/analytics/overview');
    const to = Date.parse(overview.range.to);
    expect(to).toBeGreaterThanOrEqual(before);
    expect(to - before).toBeLessThanOrEqual(60_000);
    expect(to - Date.parse(overview.range.from)).toBe(30 * 86_400_000);
    expect(overview.sessions.total).toBe(0);
  });
});
